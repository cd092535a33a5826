import { Alert, App, Button, Card, Steps, Tag, Typography } from 'antd';
import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Item } from '../../../shared/catalog';
import { maskId } from '../../../shared/ids';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { useSessionStore } from '../login/session-store';
import { useScreenKeys } from '../shell/key-help-store';
import { Kbd } from '../shell/Kbd';
import { destructiveKeyLabel } from '../shell/keys';
import { useNavigationStore } from '../shell/navigation-store';
import { useEscapeToWorkbench } from '../shell/useEscapeToWorkbench';
import { ApplicantStep } from './ApplicantStep';
import { ConfirmStep } from './ConfirmStep';
import { DraftSaved } from './DraftSaved';
import { INTAKE_STEPS, type IntakeDraft, type IntakeStep } from './intake-draft';
import { useIntakeStore } from './intake-store';
import './intake.css';
import { IntakeDone } from './IntakeDone';
import { ItemStep } from './ItemStep';
import { MaterialsStep } from './MaterialsStep';
import { RefusalModal } from './RefusalModal';
import { SituationsStep } from './SituationsStep';
import { useAbandonDraft } from './useAbandonDraft';
import { useDraftLock } from './useDraftLock';
import { useIntakeCommands } from './useIntakeCommands';
import { useIntakeContext } from './useIntakeContext';
import { useWizardKeys } from './useWizardKeys';
import { canReach, neighbourStep, stepBlock, stepsFor } from './wizard-steps';

const STEP_KEYS: Record<IntakeStep, MessageKey> = {
  applicant: 'intake.step.applicant',
  item: 'intake.step.item',
  situations: 'intake.step.situations',
  materials: 'intake.step.materials',
  confirm: 'intake.step.confirm',
};

/** The form field of each applicant problem, to put the cursor on the first one. */
const FIELD_TEST_IDS: Record<string, string> = {
  'applicant.idNumber': 'applicant-id-number',
  'applicant.name': 'applicant-name',
  'applicant.phone': 'applicant-phone',
  'agent.idNumber': 'agent-id-number',
  'agent.name': 'agent-name',
  'agent.phone': 'agent-phone',
};

/** The walk-in wizard, or the last screen of the walk-in just confirmed. */
export function IntakeWizard() {
  const draft = useIntakeStore((s) => s.draft);
  const completed = useIntakeStore((s) => s.completed);
  const go = useNavigationStore((s) => s.go);
  useEffect(() => {
    if (!draft && !completed) go({ name: 'workbench' });
  }, [draft, completed, go]);
  if (completed) return <IntakeDone completed={completed} />;
  if (!draft) return null;
  return <WizardBody draft={draft} />;
}

function WizardBody({ draft }: { draft: IntakeDraft }) {
  const t = useT();
  const { message } = App.useApp();
  const ctx = useIntakeContext(draft);
  const { setStep, update, setRefusing } = useIntakeStore();
  const refusing = useIntakeStore((s) => s.refusing);
  const restored = useIntakeStore((s) => s.restored);
  const go = useNavigationStore((s) => s.go);
  const commands = useIntakeCommands(ctx);
  const officerId = useSessionStore((s) => s.session?.officerId);
  const lock = useDraftLock(officerId, true);
  // An Enter pressed while this tab is still taking the walk-in's lock (right after a reload) is
  // kept and confirms once the lock is held, instead of being lost without a word (so the confirm
  // button is never shown loading for the lock: a loading button swallows the Enter).
  const confirmWanted = useRef(false);
  const confirm = () => {
    if (lock === 'held') void commands.confirm();
    else if (lock === 'pending') confirmWanted.current = true;
  };
  useEffect(() => {
    if (lock !== 'held' || !confirmWanted.current) return;
    confirmWanted.current = false;
    void commands.confirm();
  }, [lock, commands]);
  const abandon = useAbandonDraft();
  const [showAll, setShowAll] = useState(false);
  const steps = stepsFor(ctx.item);
  const elsewhere = lock === 'elsewhere';
  useEscapeToWorkbench(elsewhere);
  useScreenKeys('wizard', t('keys.group.wizard'), [
    { keys: 'Enter', label: t('keys.goOn') },
    { keys: 'Alt+N / PageDown', label: t('keys.nextStep') },
    { keys: 'Alt+P / PageUp', label: t('keys.previousStep') },
    { keys: 'Alt+1…5', label: t('keys.jumpStep') },
    ...(draft.step === 'materials' ? [{ keys: 'Alt+A', label: t('keys.allReceived') }] : []),
    { keys: 'Esc', label: t('keys.leave') },
    { keys: destructiveKeyLabel('refuse'), label: t('keys.refuse') },
    { keys: destructiveKeyLabel('abandon'), label: t('keys.abandon') },
  ]);

  function next(itemCode?: string) {
    const block = itemCode ? undefined : stepBlock(draft, ctx.item, ctx.today);
    if (block?.kind === 'applicant') {
      setShowAll(true);
      const first = Object.keys(block.errors)[0];
      const testId = first ? FIELD_TEST_IDS[first] : undefined;
      if (testId) document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus();
      return;
    }
    if (block?.kind === 'item') {
      void message.warning(t('intake.item.required'));
      return;
    }
    const item = itemCode ? ctx.catalog?.items.find((i) => i.code === itemCode) : ctx.item;
    const following = neighbourStep(draft.step, item, 1);
    if (following) setStep(following);
  }

  function jump(step: IntakeStep) {
    if (canReach(draft, ctx.item, step, ctx.today)) setStep(step);
    else next();
  }

  // The footer's buttons keep one handler each (it is memoized): they call this render's functions.
  const latest = useRef({ next, previous, setRefusing, abandon });
  useEffect(() => {
    latest.current = { next, previous, setRefusing, abandon };
  });
  const onPrevious = useCallback(() => latest.current.previous(), []);
  const onNext = useCallback(() => latest.current.next(), []);
  const onRefuse = useCallback(() => latest.current.setRefusing(true), []);
  const onAbandon = useCallback(() => void latest.current.abandon(), []);

  function previous() {
    const before = neighbourStep(draft.step, ctx.item, -1);
    if (before) setStep(before);
  }

  useWizardKeys({
    step: draft.step,
    enabled: !refusing && !commands.busy && !elsewhere,
    next: () => next(),
    previous,
    jump,
    refuse: () => {
      if (canReach(draft, ctx.item, 'situations', ctx.today) && ctx.item) setRefusing(true);
      else void message.warning(t('refusal.notReady'));
    },
    allReceived: () =>
      update((d) => ({
        ...d,
        received: [...new Set([...d.received, ...(ctx.intake?.required ?? []).map((m) => m.id)])],
      })),
    abandon: () => void abandon(),
    // Confirmed only by the tab that holds this walk-in (useDraftLock).
    confirm,
    leave: () => go({ name: 'workbench' }),
  });

  if (elsewhere)
    return (
      <Card data-testid="draft-elsewhere" title={t('intake.title')}>
        <Alert
          type="warning"
          showIcon
          title={t('draft.elsewhere.title')}
          description={t('draft.elsewhere.text')}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          <Kbd>Esc</Kbd> {t('keys.back')}
        </Typography.Paragraph>
      </Card>
    );

  return (
    <Card
      data-testid="intake-wizard"
      data-step={draft.step}
      title={
        <span>
          {t('intake.title')}
          {restored && (
            <Tag color="blue" style={{ marginLeft: 12 }} data-testid="draft-restored">
              {t('intake.restored')}
            </Tag>
          )}
        </span>
      }
      extra={<DraftSaved />}
    >
      <WizardSteps skipped={INTAKE_STEPS.filter((x) => !steps.includes(x)).join(' ')} current={draft.step} />
      {draft.step !== 'applicant' && (
        <SummaryBar
          name={draft.applicant.name}
          idNumber={draft.applicant.idNumber}
          agentName={draft.hasAgent ? draft.agent.name : undefined}
          item={ctx.item}
        />
      )}
      <div style={{ minHeight: 380 }}>
        {draft.step === 'applicant' && <ApplicantStep ctx={ctx} showAll={showAll} />}
        {draft.step === 'item' && <ItemStep ctx={ctx} onNext={(code) => next(code)} />}
        {draft.step === 'situations' && <SituationsStep ctx={ctx} />}
        {draft.step === 'materials' && <MaterialsStep ctx={ctx} />}
        {draft.step === 'confirm' && <ConfirmStep ctx={ctx} busy={commands.busy} onConfirm={confirm} />}
      </div>
      <WizardFooter
        step={draft.step}
        canRefuse={ctx.item !== undefined}
        onPrevious={onPrevious}
        onNext={onNext}
        onRefuse={onRefuse}
        onAbandon={onAbandon}
      />
      {refusing && (
        <RefusalModal
          subject={t('refusal.subject', { name: draft.applicant.name, item: ctx.item?.name ?? '' })}
          busy={commands.busy}
          onCancel={() => setRefusing(false)}
          onRefuse={(reason, text) => void commands.refuse(reason, text)}
        />
      )}
    </Card>
  );
}

/**
 * The steps bar: always the five steps, numbered as their Alt+digit keys, a skipped situations
 * step shown as such (numbers never shift). Memoized with plain props: typing the applicant
 * re-renders the step's fields, not the bar (antd's Steps is one of the costlier components).
 */
const WizardSteps = memo(function WizardSteps({
  skipped,
  current,
}: {
  skipped: string;
  current: IntakeStep;
}) {
  const t = useT();
  const off = skipped.split(' ');
  return (
    <Steps
      size="small"
      current={INTAKE_STEPS.indexOf(current)}
      data-testid="wizard-steps"
      items={INTAKE_STEPS.map((s, i) => ({
        title: t(STEP_KEYS[s]),
        subTitle: <Kbd>Alt+{i + 1}</Kbd>,
        ...(off.includes(s)
          ? { status: 'wait' as const, disabled: true, description: t('intake.step.skipped') }
          : {}),
      }))}
      style={{ marginBottom: 16 }}
    />
  );
});

const WizardFooter = memo(function WizardFooter({
  step,
  canRefuse,
  onPrevious,
  onNext,
  onRefuse,
  onAbandon,
}: {
  step: IntakeStep;
  canRefuse: boolean;
  onPrevious(): void;
  onNext(): void;
  onRefuse(): void;
  onAbandon(): void;
}) {
  const t = useT();
  return (
    <div className="ow-wizard-footer">
      <Button disabled={step === 'applicant'} onClick={onPrevious} tabIndex={-1}>
        {t('intake.previous')} <Kbd>Alt+P</Kbd>
      </Button>
      {step !== 'confirm' && (
        <Button type="primary" onClick={onNext} tabIndex={-1} data-testid="wizard-next">
          {t('intake.next')} <Kbd>Alt+N</Kbd>
        </Button>
      )}
      <div style={{ flex: 1 }} />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        <Kbd>Enter</Kbd> {t('keys.enter')}
        {'\u3000'}
        <Kbd>Esc</Kbd> {t('keys.leave')}
      </Typography.Text>
      <Button onClick={onAbandon} tabIndex={-1} data-testid="abandon-draft">
        {t('draft.abandon.button')} <Kbd>{destructiveKeyLabel('abandon')}</Kbd>
      </Button>
      <Button danger onClick={onRefuse} disabled={!canRefuse} tabIndex={-1}>
        {t('refusal.button')} <Kbd>{destructiveKeyLabel('refuse')}</Kbd>
      </Button>
    </div>
  );
});

/** Who and what, above every step after the applicant's. */
const SummaryBar = memo(function SummaryBar({
  name,
  idNumber,
  agentName,
  item,
}: {
  name: string;
  idNumber: string;
  agentName: string | undefined;
  item: Item | undefined;
}) {
  const t = useT();
  return (
    <div className="ow-intake-summary" data-testid="intake-summary">
      <Typography.Text strong>{name}</Typography.Text>{' '}
      <Typography.Text type="secondary">{maskId(idNumber)}</Typography.Text>
      {agentName !== undefined && (
        <Typography.Text type="secondary">
          {'\u3000'}
          {t('intake.agent')}：{agentName}
        </Typography.Text>
      )}
      {item && (
        <>
          <Typography.Text type="secondary">
            {'\u3000'}|{'\u3000'}
          </Typography.Text>
          <Typography.Text strong>{item.name}</Typography.Text>{' '}
          <Tag color={item.toleranceClass === 'B' ? 'gold' : 'default'}>
            {t(item.toleranceClass === 'B' ? 'tolerance.B' : 'tolerance.A')}
          </Tag>
        </>
      )}
    </div>
  );
});
