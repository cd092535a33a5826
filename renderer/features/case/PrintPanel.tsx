import { PrinterOutlined } from '@ant-design/icons';
import { App, Button, Card, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { findItem } from '../../../shared/catalog';
import type { CaseState } from '../../../shared/domain';
import { currentCatalog } from '../../db/catalog-repository';
import { currentHall } from '../../db/reference-queries';
import { db } from '../../db/schema';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useCatalog } from '../catalog/useCatalog';
import { documentInput } from '../intake/document-inputs';
import { useSessionStore } from '../login/session-store';
import { hallNow } from '../shell/clock';
import { isDialogOpen, useScreenKeys } from '../shell/key-help-store';
import { Kbd } from '../shell/Kbd';
import { isPrintKey } from '../shell/keys';
import { useShellStore } from '../shell/store';
import { useHall } from '../shell/useHall';
import { documentsFor, mainDocument, type CaseDocumentKind } from './case-documents';
import { printCaseDocument } from './print-slot';

const LABELS: Record<CaseDocumentKind, MessageKey> = {
  receipt: 'doc.receipt',
  'tolerance-notice': 'doc.tolerance-notice',
  'tolerance-commitment': 'doc.tolerance-commitment',
  'missing-notice': 'doc.missing-notice',
  refusal: 'doc.refusal',
  decision: 'doc.decision',
  certificate: 'doc.certificate',
  'delivery-receipt': 'doc.delivery-receipt',
  'termination-notice': 'doc.termination-notice',
  'correction-notice': 'doc.correction-notice',
};

/**
 * The case's documents, each (re)printable; inputs are checked before they reach the printer.
 * Ctrl+P prints the main one (mainDocument) from anywhere on the page, instead of the browser's page.
 */
export function PrintPanel({ state }: { state: CaseState }) {
  const t = useT();
  const { message } = App.useApp();
  const session = useSessionStore((s) => s.session);
  const windowCode = useShellStore((s) => s.windowCode);
  const catalog = useCatalog();
  const { hall } = useHall();
  const kinds = documentsFor(state);
  const main = mainDocument(state);
  const printMain = useRef<() => void>(() => undefined);
  useScreenKeys(
    'print',
    t('keys.group.print'),
    main ? [{ keys: 'Ctrl+P', label: t('keys.print', { doc: t(LABELS[main]) }) }] : [],
  );
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isPrintKey(event)) return;
      event.preventDefault();
      if (!isDialogOpen()) printMain.current();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  useEffect(() => {
    printMain.current = () => main && void print(main);
  });
  if (kinds.length === 0) return null;

  async function print(kind: CaseDocumentKind) {
    if (!session) return;
    // A key pressed as the panel appears can come before its live queries answered: read them
    // from Dexie then, so the paper never depends on the officer's speed (and a reprint matches).
    const held = hall ?? (await currentHall(db));
    const heldCatalog = catalog === undefined ? await currentCatalog(db) : catalog;
    if (!held) return;
    const result = heldCatalog ? findItem(heldCatalog, state.item.code)?.result : undefined;
    const input = documentInput(kind, state, {
      hall: held,
      officer: { id: session.officerId, name: session.officerName },
      windowCode,
      ...(result ? { itemResult: result } : {}),
      now: hallNow(),
    });
    if (!input.ok) {
      void message.error({ content: t('print.invalid', { reason: input.message }), duration: 8 });
      return;
    }
    // The browser's print frame takes the focus (its dialog); the keyboard comes back here after.
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const outcome = await printCaseDocument(kind, input.input, {
      caseId: state.caseId,
      actor: { officerId: session.officerId, role: session.role },
    });
    back?.focus();
    if (outcome.ok) void message.success(t('print.sent', { doc: t(LABELS[kind]) }));
    else void message.error(t('print.failed', { reason: outcome.message }));
  }

  return (
    <Card size="small" type="inner" title={t('print.title')} data-testid="print-panel">
      <Space wrap>
        {kinds.map((kind) => (
          <Button
            key={kind}
            icon={<PrinterOutlined />}
            type={kind === main ? 'primary' : 'default'}
            ghost={kind === main}
            onClick={() => void print(kind)}
            data-testid={`print-${kind}`}
          >
            {t(LABELS[kind])}
            {kind === main && <Kbd>Ctrl+P</Kbd>}
          </Button>
        ))}
      </Space>
    </Card>
  );
}
