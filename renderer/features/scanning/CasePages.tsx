import { App, Typography } from 'antd';
import {
  FINAL_STATUSES,
  ROLE_FOR_EVENT,
  type CaseState,
  type ReceivedMaterial,
} from '../../../shared/domain';
import { arrangePages } from '../../db/case-commands';
import { db } from '../../db/schema';
import { useT } from '../../i18n/useT';
import { commandErrorText } from '../case/command-errors';
import { useActor } from '../case/useActor';
import { pagesOfMaterial, type ArrangedPage } from './page-arrangement';
import { PageStrip } from './PageStrip';

/** The received materials that have pages, in the item's (catalog) order. */
export function materialsWithPages(state: CaseState): ReceivedMaterial[] {
  return state.item.materials.flatMap((m) => {
    const received = state.materials[m.id];
    return received && received.blobs.length > 0 ? [received] : [];
  });
}

/**
 * The pages of a registered case, material by material. Whoever handles the case (window, village
 * room, back office) arranges them with the strip's keys until the case is closed; each change is
 * one pagesArranged event, so the earlier arrangement stays in the log. Others only look.
 */
export function CasePages({ state }: { state: CaseState }) {
  const t = useT();
  const actor = useActor();
  const { message } = App.useApp();
  const materials = materialsWithPages(state);
  const editable =
    actor !== undefined &&
    ROLE_FOR_EVENT.pagesArranged.includes(actor.role) &&
    !FINAL_STATUSES.includes(state.status);
  if (materials.length === 0) return null;

  async function record(materialId: string, pages: readonly ArrangedPage[]): Promise<void> {
    if (!actor) return;
    try {
      await arrangePages(db, actor, { caseId: state.caseId, materialId, pages });
    } catch (error) {
      void message.error({
        content: t('case.actionFailed', { reason: commandErrorText(error) }),
        duration: 8,
      });
      throw error;
    }
  }

  return (
    <div className="ow-case-pages" data-testid="case-pages" data-editable={editable ? 'yes' : 'no'}>
      <div className="ow-section-title" style={{ marginTop: 16 }}>
        {t('scan.pages.caseTitle')}
      </div>
      {materials.map((m, i) => (
        <div key={m.materialId} className="ow-case-pages-material" data-testid={`case-pages-${m.materialId}`}>
          <Typography.Text>
            {i + 1}．{m.name}（{t('scan.pages.count', { n: m.blobs.length })}）
          </Typography.Text>
          <PageStrip
            label={t('scan.pages.title', { name: m.name })}
            pages={pagesOfMaterial(m)}
            {...(editable ? { onArrange: (pages) => record(m.materialId, pages) } : {})}
          />
        </div>
      ))}
    </div>
  );
}
