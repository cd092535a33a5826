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
import { isAlt } from '../shell/keys';
import { Kbd } from '../shell/Kbd';
import { atFinalStep, parseAttendees } from './queue-rules';
import { useOfficeActions } from './useOfficeActions';

type SpecialKind = Exclude<PauseKind, 'correction'>;
const SPECIAL_KINDS: readonly SpecialKind[] = ['hearing', 'inspection', 'expert-review'];

/**
 * The current step's work on a case: an opinion and what follows from it (approve, return,
 * correction, a special step, or at the top step the decision, a denial's printed at once);
 * resume when paused. Alt+letter keys act from anywhere on the page, the opinion field included.
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

  const handlers: Record<string, () => void> = paused
    ? { M: () => void actions.resume(opinion) }
    : {
        A: () =>
          ready &&
          void (final
            ? actions.decide('approved', opinion.trim(), meeting)
            : actions.review('approve', opinion.trim())),
        N: () => final && ready && void actions.decide('denied', opinion.trim(), meeting),
        R: () => opinionOk && void actions.review('return', opinion.trim()),
        C: () => opinionOk && void actions.pause('correction', opinion.trim()),
        S: () => opinionOk && void actions.pause(special, opinion.trim()),
      };

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      for (const [letter, run] of Object.entries(handlers)) {
        if (isAlt(event, letter)) {
          event.preventDefault();
          if (!actions.busy) run();
          return;
        }
      }
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
          onClick={() => handlers.M?.()}
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
            onClick={() => handlers.A?.()}
            data-testid={final ? 'decide-approve' : 'review-approve'}
          >
            {t(final ? 'office.decide.approve' : 'office.approve')} {key('A')}
          </Button>
          {final && (
            <Button danger disabled={!ready} onClick={() => handlers.N?.()} data-testid="decide-deny">
              {t('office.decide.deny')} {key('N')}
            </Button>
          )}
          <Button disabled={!opinionOk} onClick={() => handlers.R?.()} data-testid="review-return">
            {t('office.return')} {key('R')}
          </Button>
          <Button disabled={!opinionOk} onClick={() => handlers.C?.()} data-testid="review-correction">
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
          <Button disabled={!opinionOk} onClick={() => handlers.S?.()} data-testid="review-special">
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
