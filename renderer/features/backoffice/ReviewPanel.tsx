import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import {
  PAUSE_KIND_LABELS,
  STEP_LABELS,
  type CaseState,
  type Meeting,
  type PauseKind,
} from '../../../shared/domain';
import { useT } from '../../i18n/useT';
import { hallToday } from '../shell/clock';
import { isDialogOpen, useScreenKeys } from '../shell/key-help-store';
import { Kbd } from '../shell/Kbd';
import { destructiveKeyLabel, isAlt, isDestructiveKey, isSubmitKey } from '../shell/keys';
import { useConfirmDestructive } from '../shell/useConfirmDestructive';
import { atFinalStep, parseAttendees } from './queue-rules';
import { useOfficeActions } from './useOfficeActions';

type SpecialKind = Exclude<PauseKind, 'correction'>;
const SPECIAL_KINDS: readonly SpecialKind[] = ['hearing', 'inspection', 'expert-review'];

/**
 * The current step's work on a case: an opinion and what follows from it (approve, return,
 * correction, a special step, or at the top step the decision, a denial's printed at once);
 * resume when paused. Keys act from anywhere on the page, the opinion field included: Ctrl+Enter
 * agrees (同意 / 准予许可), Alt+C / Alt+S pause, Alt+M resumes; 退回 (Alt+Shift+T) and 不予许可
 * (Alt+Shift+J) ask first, naming the case (DESTRUCTIVE_KEYS: no other screen uses them).
 */
export function ReviewPanel({
  state,
  onDenied,
}: {
  state: CaseState;
  /** After a denial: the decision to preview and print (不予行政许可决定书 with the remedies). */
  onDenied?: (caseId: string) => void;
}) {
  const t = useT();
  const actions = useOfficeActions(state, onDenied);
  const confirm = useConfirmDestructive();
  const [opinion, setOpinion] = useState('');
  const [special, setSpecial] = useState<SpecialKind>('hearing');
  const [meetingDate, setMeetingDate] = useState(hallToday());
  const [attendees, setAttendees] = useState('');
  const step = state.approval.currentStep;
  const final = atFinalStep(state);
  const meetingStep = step === 'meeting';
  const paused = state.status === 'paused';
  const opinionOk = opinion.trim() !== '';
  const meeting: Meeting | undefined = meetingStep
    ? { date: meetingDate.trim(), attendees: parseAttendees(attendees) }
    : undefined;
  const ready = opinionOk && (!meetingStep || (meeting?.attendees.length ?? 0) > 0);

  const subject = t('office.confirm.subject', {
    number: state.caseNumber,
    name: state.applicant.name,
    item: state.item.name,
  });
  const asked = async (title: string, okText: string, run: () => unknown) => {
    if (await confirm({ title, subject, okText })) run();
  };
  const handlers: Record<'approve' | 'return' | 'deny' | 'C' | 'S' | 'M', () => void> = paused
    ? {
        approve: () => undefined,
        return: () => undefined,
        deny: () => undefined,
        C: () => undefined,
        S: () => undefined,
        M: () => void actions.resume(opinion),
      }
    : {
        approve: () =>
          ready &&
          void (final
            ? actions.decide('approved', opinion.trim(), meeting)
            : actions.review('approve', opinion.trim())),
        deny: () =>
          final &&
          ready &&
          void asked(t('office.deny.confirm', { number: state.caseNumber }), t('office.deny.ok'), () =>
            actions.decide('denied', opinion.trim(), meeting),
          ),
        return: () =>
          opinionOk &&
          void asked(t('office.return.confirm', { number: state.caseNumber }), t('office.return.ok'), () =>
            actions.review('return', opinion.trim()),
          ),
        C: () => opinionOk && void actions.pause('correction', opinion.trim()),
        S: () => opinionOk && void actions.pause(special, opinion.trim()),
        M: () => undefined,
      };

  useScreenKeys(
    'review',
    t('keys.group.review'),
    paused
      ? [{ keys: 'Alt+M', label: t('keys.resume') }]
      : [
          { keys: 'Ctrl+Enter', label: t('keys.approve') },
          { keys: 'Alt+C', label: t('keys.correction') },
          { keys: 'Alt+S', label: t('keys.special') },
          { keys: destructiveKeyLabel('return'), label: t('keys.return') },
          ...(final ? [{ keys: destructiveKeyLabel('deny'), label: t('keys.deny') }] : []),
        ],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (isDialogOpen()) return;
      const run = isSubmitKey(event)
        ? handlers.approve
        : isDestructiveKey(event, 'return')
          ? handlers.return
          : isDestructiveKey(event, 'deny')
            ? handlers.deny
            : (['C', 'S', 'M'] as const)
                .map((l) => (isAlt(event, l) ? handlers[l] : undefined))
                .find(Boolean);
      if (!run) return;
      event.preventDefault();
      if (!actions.busy) run();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (actions.role === undefined || step === undefined) return null;
  const key = (letter: string) => <Kbd>Alt+{letter}</Kbd>;

  if (paused) {
    const pause = state.dates.pauses.at(-1);
    return (
      <Card size="small" type="inner" title={t('office.paused.title')} data-testid="review-panel">
        {pause && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={t('office.paused.since', {
              kind: pause.graceUntil
                ? `${t('supervision.grace')}（${t('supervision.grace.until', { date: pause.graceUntil })}）`
                : PAUSE_KIND_LABELS[pause.kind],
              from: pause.from,
            })}
            description={pause.reason}
          />
        )}
        <Input.TextArea
          autoFocus
          rows={2}
          value={opinion}
          placeholder={t('office.resume.reason')}
          onChange={(e) => setOpinion(e.target.value)}
          data-testid="review-opinion"
        />
        <Button
          type="primary"
          style={{ marginTop: 12 }}
          loading={actions.busy}
          onClick={() => handlers.M()}
          data-testid="review-resume"
        >
          {t('office.resume')} {key('M')}
        </Button>
      </Card>
    );
  }

  return (
    <Card
      size="small"
      type="inner"
      title={t('office.step', { step: STEP_LABELS[step] })}
      data-testid="review-panel"
      data-step={step}
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t(final ? 'office.opinion.final' : 'office.opinion')} required>
          <Input.TextArea
            autoFocus
            rows={3}
            value={opinion}
            onChange={(e) => setOpinion(e.target.value)}
            data-testid="review-opinion"
          />
        </Form.Item>
        {meetingStep && (
          <Space.Compact block style={{ marginBottom: 12 }}>
            <Input
              addonBefore={t('office.meeting.date')}
              value={meetingDate}
              onChange={(e) => setMeetingDate(e.target.value)}
              data-testid="meeting-date"
              style={{ width: '45%' }}
            />
            <Input
              placeholder={t('office.meeting.attendees')}
              value={attendees}
              onChange={(e) => setAttendees(e.target.value)}
              data-testid="meeting-attendees"
            />
          </Space.Compact>
        )}
        <Space wrap>
          <Button
            type="primary"
            disabled={!ready}
            loading={actions.busy}
            onClick={() => handlers.approve()}
            data-testid={final ? 'decide-approve' : 'review-approve'}
          >
            {t(final ? 'office.decide.approve' : 'office.approve')} <Kbd>Ctrl+Enter</Kbd>
          </Button>
          {final && (
            <Button danger disabled={!ready} onClick={() => handlers.deny()} data-testid="decide-deny">
              {t('office.decide.deny')} <Kbd>{destructiveKeyLabel('deny')}</Kbd>
            </Button>
          )}
          <Button danger disabled={!opinionOk} onClick={() => handlers.return()} data-testid="review-return">
            {t('office.return')} <Kbd>{destructiveKeyLabel('return')}</Kbd>
          </Button>
          <Button disabled={!opinionOk} onClick={() => handlers.C()} data-testid="review-correction">
            {t('office.correction')} {key('C')}
          </Button>
        </Space>
        <Space.Compact style={{ marginTop: 12 }}>
          <Select<SpecialKind>
            value={special}
            onChange={setSpecial}
            options={SPECIAL_KINDS.map((k) => ({ value: k, label: PAUSE_KIND_LABELS[k] }))}
            style={{ width: 130 }}
            data-testid="special-kind"
          />
          <Button disabled={!opinionOk} onClick={() => handlers.S()} data-testid="review-special">
            {t('office.special')} {key('S')}
          </Button>
        </Space.Compact>
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 12 }}>
          {t('office.hint')}
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
