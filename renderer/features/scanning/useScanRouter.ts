import { App } from 'antd';
import { useCallback } from 'react';
import { decodePreApplication, matchPreApplication, type Said } from '../../../shared/preapply';
import { currentCatalog } from '../../db/catalog-repository';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { useIntakeStore } from '../intake/intake-store';
import { useDescribeDraft } from '../intake/useAbandonDraft';
import { useConfirmDestructive } from '../shell/useConfirmDestructive';
import { useNavigationStore } from '../shell/navigation-store';
import { useShellStore } from '../shell/store';
import { draftFromPreApplication, isUntouched } from './preapplication';
import { classifyScan } from './scan-routing';
import { caseByNumber } from './scan-queries';

/** Whether the intake's applicant step is open: a resident ID number read now fills the applicant. */
export function onApplicantStep(): boolean {
  return (
    useNavigationStore.getState().view.name === 'intake' &&
    useIntakeStore.getState().draft?.step === 'applicant'
  );
}

/**
 * Where a scanned code goes, whichever device read it: a case number or a receipt's QR opens the
 * case; a pre-application code fills a new intake (replacing one in progress once the officer
 * agrees to abandon it) and leaves the officer on the applicant step to check it; a resident ID number fills the
 * applicant while the intake's applicant step is open; anything else is said in words. Every
 * outcome is shown, so the officer knows the scan arrived. Resolves true when the code did what
 * it is for (the camera closes then).
 */
export function useScanRouter(): (text: string, options?: { askToReplace?: boolean }) => Promise<boolean> {
  const { message } = App.useApp();
  const t = useT();
  const language = useShellStore((s) => s.language);
  const confirm = useConfirmDestructive();
  const describe = useDescribeDraft();
  return useCallback(
    async (text: string, options: { askToReplace?: boolean } = {}): Promise<boolean> => {
      const said = (s: Said) => (language === 'zh-CN' ? s.zh : s.en);
      const warn = (content: string) => {
        void message.warning(content);
        return false;
      };
      const code = classifyScan(text);
      if (!code) return warn(t('scan.wedge.invalid'));
      switch (code.kind) {
        case 'case': {
          const row = await caseByNumber(db, code.caseNumber);
          if (!row) return warn(t('scan.wedge.notFound', { number: code.caseNumber }));
          useNavigationStore.getState().go({ name: 'case', caseId: row.caseId });
          void message.success(t('scan.wedge.opened', { number: code.caseNumber }));
          return true;
        }
        case 'preapplication': {
          const decoded = decodePreApplication(code.text);
          if (!decoded.ok) return warn(t('scan.preapply.refused', { reason: said(decoded.reason) }));
          const catalog = await currentCatalog(db);
          if (!catalog) return warn(t('scan.preapply.noCatalog'));
          const pre = decoded.value;
          const matched = matchPreApplication(pre, catalog);
          if (!matched.ok) return warn(t('scan.preapply.refused', { reason: said(matched.reason) }));
          const open = useIntakeStore.getState().draft;
          // A walk-in in progress is never lost silently, nor does it block the scan: the officer
          // is asked to abandon it, the dialog naming both.
          if (open && !isUntouched(open)) {
            if (options.askToReplace === false) return warn(t('scan.preapply.busy'));
            const replace = await confirm({
              title: t('scan.preapply.replace.title'),
              subject: t('scan.preapply.replace.subject', {
                ...describe(open),
                name: pre.applicant.name,
                preItem: matched.value.item.name,
              }),
              okText: t('scan.preapply.replace.ok'),
            });
            if (!replace) return false;
          }
          useIntakeStore
            .getState()
            .fill(draftFromPreApplication(pre, matched.value, new Date().toISOString()));
          useNavigationStore.getState().go({ name: 'intake' });
          void message.success({
            content: t('scan.preapply.filled', {
              item: matched.value.item.name,
              name: pre.applicant.name,
              date: pre.madeOn,
            }),
            duration: 6,
          });
          if (matched.value.otherCatalog)
            void message.warning({
              content: t('scan.preapply.otherCatalog', {
                theirs: pre.catalogVersion,
                ours: catalog.catalogVersion,
              }),
              duration: 8,
            });
          return true;
        }
        case 'resident-id': {
          if (!onApplicantStep()) {
            void message.info(t('scan.wedge.idElsewhere'));
            return false;
          }
          useIntakeStore.getState().update((d) => ({
            ...d,
            applicant: { ...d.applicant, idType: 'resident-id', idNumber: code.idNumber },
          }));
          void message.success(t('scan.wedge.idFilled'));
          return true;
        }
        case 'unknown':
          return warn(t('scan.wedge.unknown', { text: code.text.slice(0, 60) }));
      }
    },
    [message, t, language, confirm, describe],
  );
}
