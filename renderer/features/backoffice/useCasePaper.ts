import { App } from 'antd';
import { useCallback } from 'react';
import { db } from '../../db/schema';
import { usePrintDocument } from '../../documents';
import { useT } from '../../i18n/useT';
import type { CaseDocumentKind } from '../case/case-documents';
import { documentInput } from '../intake/document-inputs';
import { useSessionStore } from '../login/session-store';
import { hallNow } from '../shell/clock';
import { useShellStore } from '../shell/store';
import { useHall } from '../shell/useHall';

/**
 * The paper an action has just produced (a denial's decision, a termination's notice), previewed
 * from the case as the device now holds it and recorded as the case's documentPrinted when
 * printed. Render `holder` in a component that outlives the action's row or panel.
 */
export function useCasePaper() {
  const t = useT();
  const { message } = App.useApp();
  const docs = usePrintDocument();
  const session = useSessionStore((s) => s.session);
  const windowCode = useShellStore((s) => s.windowCode);
  const { hall } = useHall();
  const { preview } = docs;

  const open = useCallback(
    async (kind: CaseDocumentKind, caseId: string) => {
      const row = await db.cases.get(caseId);
      if (!hall || !session || !row) return;
      const input = documentInput(kind, row.state, {
        hall,
        officer: { id: session.officerId, name: session.officerName },
        windowCode,
        now: hallNow(),
      });
      if (!input.ok) {
        void message.error({ content: t('print.invalid', { reason: input.message }), duration: 8 });
        return;
      }
      await preview(kind, input.input, {
        caseId,
        actor: { officerId: session.officerId, role: session.role },
      });
    },
    [hall, session, windowCode, preview, message, t],
  );

  return { open, holder: docs.holder };
}
