import { App } from 'antd';
import { hallDateTime } from '../../../shared/domain';
import { formatTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { useCatalog } from '../catalog/useCatalog';
import { useConfirmDestructive } from '../shell/useConfirmDestructive';
import type { IntakeDraft } from './intake-draft';
import { useIntakeStore } from './intake-store';

/** Who and what a walk-in in progress is about, and when it began, as a confirmation names it. */
export function useDescribeDraft(): (draft: IntakeDraft) => { who: string; item: string; time: string } {
  const t = useT();
  const catalog = useCatalog();
  return (draft) => ({
    who: draft.applicant.name.trim() || t('draft.nobody'),
    item: catalog?.items.find((i) => i.code === draft.itemCode)?.name ?? t('draft.noItem'),
    time: formatTime(hallDateTime(Date.parse(draft.startedAt))),
  });
}

/**
 * 放弃: the walk-in in progress is dropped, after a confirmation naming it (its Dexie draft goes
 * with it through the autosave). Resolves whether it was abandoned.
 */
export function useAbandonDraft(): () => Promise<boolean> {
  const t = useT();
  const { message } = App.useApp();
  const confirm = useConfirmDestructive();
  const describe = useDescribeDraft();
  return async () => {
    const draft = useIntakeStore.getState().draft;
    if (!draft) return false;
    const abandoned = await confirm({
      title: t('draft.abandon.title'),
      subject: t('draft.abandon.subject', describe(draft)),
      okText: t('draft.abandon.ok'),
    });
    // The same walk-in still: a scan or another tab may have replaced it while the dialog was open.
    if (!abandoned || useIntakeStore.getState().draft?.startedAt !== draft.startedAt) return false;
    useIntakeStore.getState().discard();
    void message.success(t('draft.abandon.done'));
    return true;
  };
}
