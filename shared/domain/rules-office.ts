import { STEP_LABELS, stepAbove } from './approval';
import type { CaseState } from './case-state';
import { finalStep, outstandingTolerated } from './case-state';
import { calendarsBefore, planResumptionDates, type DeadlineCalendar } from './deadlines';
import type { EventOf } from './events';
import type { Problem } from './problems';
import { materialNames, notBefore, problem, statusProblems, withCalendar } from './problems';
import { dateOf } from './primitives';

/**
 * Role-free rules of the events after acceptance: routing, review, pauses, the decision and what
 * follows it. Used by the guard and by the reducer.
 */

export function checkRouted(state: CaseState, event: EventOf<'routed'>): Problem[] {
  const status = statusProblems(state, event.type, ['accepted']);
  if (status.length > 0) return status;
  const first = state.approval.route[0];
  if (first === undefined) return [problem('route', '窗口办结事项无需转办')];
  if (event.payload.to !== first)
    return [
      problem(
        'route',
        `应转至第一个审批环节「${STEP_LABELS[first]}」，而非「${STEP_LABELS[event.payload.to]}」`,
      ),
    ];
  return [];
}

export function checkReviewed(state: CaseState, event: EventOf<'reviewed'>): Problem[] {
  const status = statusProblems(state, event.type, ['in-review']);
  if (status.length > 0) return status;
  const p = event.payload;
  const current = state.approval.currentStep;
  const problems: Problem[] = [];
  if (current !== p.step)
    problems.push(
      problem(
        'step',
        `当前环节为「${current ? STEP_LABELS[current] : '窗口'}」，不能记录「${STEP_LABELS[p.step]}」意见`,
      ),
    );
  if (p.step === 'meeting' && p.meeting === undefined)
    problems.push(problem('meeting', '联席会议审议须记录会议日期和参会人员'));
  if (p.step !== 'meeting' && p.meeting !== undefined)
    problems.push(problem('meeting', '只有联席会议环节记录会议信息'));
  if (p.meeting) problems.push(...notBefore(p.meeting.date, '会议日期', state.dates.acceptedOn, '受理日期'));
  if (p.decision === 'escalate' && current === p.step) {
    if (current !== finalStep(state))
      problems.push(problem('route', '只有路线的最高环节可以提级，其他环节请同意或退回'));
    else if (stepAbove(current) === undefined)
      problems.push(problem('route', '联席会议已是最高环节，不能提级'));
  }
  return problems;
}

export function checkPaused(state: CaseState, event: EventOf<'paused'>): Problem[] {
  const status = statusProblems(state, event.type, ['accepted', 'in-review']);
  if (status.length > 0) return status;
  const { from, graceUntil } = event.payload;
  return [
    ...notBefore(from, '暂停计时日期', state.dates.acceptedOn, '受理日期'),
    ...notBefore(from, '暂停计时日期', state.dates.pauses.at(-1)?.to, '上次恢复计时日期'),
    ...(graceUntil === undefined ? [] : graceProblems(state, from, graceUntil, event.payload.kind)),
  ];
}

/** A grace pause (逾期暂停) is for a tolerance case past its supply deadline, and ends after it starts. */
function graceProblems(state: CaseState, from: string, graceUntil: string, kind: string): Problem[] {
  const deadline = state.dates.supplyDeadline;
  if (outstandingTolerated(state).length === 0 || deadline === undefined)
    return [problem('nothing-outstanding', '没有待补的容缺材料，不能逾期暂停')];
  if (from <= deadline)
    return [problem('deadline-not-passed', `补齐期限 ${deadline} 尚未届满，${from} 不能逾期暂停`)];
  if (kind !== 'correction') return [problem('status', '逾期暂停应为“补正材料”类暂停')];
  return graceUntil <= from
    ? [problem('date-order', `暂停期限 ${graceUntil} 应晚于暂停计时日期 ${from}`)]
    : [];
}

export function checkResumed(
  state: CaseState,
  event: EventOf<'resumed'>,
  calendar: DeadlineCalendar | undefined,
): Problem[] {
  const status = statusProblems(state, event.type, ['paused']);
  if (status.length > 0) return status;
  const p = event.payload;
  const pause = state.dates.pauses.at(-1);
  const promised = state.dates.promisedDate;
  const problems = [
    ...notBefore(p.on, '恢复计时日期', pause?.from, '暂停计时日期'),
    ...notBefore(p.promisedDate, '恢复后的承诺办结日期', promised, '原承诺办结日期'),
  ];
  if (calendar && pause && promised !== undefined && problems.length === 0)
    problems.push(
      ...withCalendar(() => {
        const plan = (c: DeadlineCalendar) =>
          planResumptionDates(
            {
              promisedDate: promised,
              pausedFrom: pause.from,
              resumedOn: p.on,
              promiseProvisional: state.dates.promiseProvisional === true,
            },
            c,
          );
        // As for acceptance: a provisional promise may have been counted before the hall's
        // latest entered years reached the device.
        const candidates = p.promiseProvisional ? calendarsBefore(calendar) : [calendar];
        const ok = candidates.some((c) => {
          const expected = plan(c);
          return (
            expected.promisedDate === p.promisedDate &&
            (expected.promiseProvisional === true) === (p.promiseProvisional === true)
          );
        });
        if (ok) return [];
        const expected = plan(calendar);
        return [
          problem(
            'calendar',
            expected.promisedDate === p.promisedDate
              ? `恢复后的承诺办结日期 ${expected.promisedDate} ${expected.promiseProvisional ? '应标为预计' : '不应标为预计'}`
              : `恢复后的承诺办结日期应为 ${expected.promisedDate}（顺延暂停的工作日），事件中为 ${p.promisedDate}`,
          ),
        ];
      }),
    );
  return problems;
}

/** Where a decision may be recorded: at the window for window items, else at the top step. */
function decisionPointProblems(state: CaseState, event: EventOf<'approved' | 'denied'>): Problem[] {
  const top = finalStep(state);
  if (state.status === 'accepted' && top !== undefined)
    return [problem('route', `本事项须经审批（最终环节「${STEP_LABELS[top]}」），应先转办`)];
  if (state.status === 'in-review' && state.approval.currentStep !== top && top !== undefined)
    return [problem('step', `尚未到达最终审批环节「${STEP_LABELS[top]}」`)];
  const status = statusProblems(state, event.type, ['accepted', 'in-review']);
  if (status.length > 0) return status;
  if (top === 'meeting' && state.approval.reviews.at(-1)?.step !== 'meeting')
    return [problem('meeting', '须经联席会议审议后方可作出决定')];
  return [];
}

export function checkApproved(state: CaseState, event: EventOf<'approved'>): Problem[] {
  const problems = decisionPointProblems(state, event);
  const outstanding = outstandingTolerated(state);
  if (outstanding.length > 0)
    problems.push(
      problem('tolerance-outstanding', `容缺材料尚未补齐，不能准予许可：${materialNames(outstanding)}`),
    );
  const p = event.payload;
  problems.push(...notBefore(p.decidedOn, '决定日期', state.dates.acceptedOn, '受理日期'));
  if (p.validity)
    problems.push(...notBefore(p.validity.until, '有效期截止日', p.validity.from, '有效期起始日'));
  return problems;
}

export function checkDenied(state: CaseState, event: EventOf<'denied'>): Problem[] {
  return [
    ...decisionPointProblems(state, event),
    ...notBefore(event.payload.decidedOn, '决定日期', state.dates.acceptedOn, '受理日期'),
  ];
}

export function checkCertificateIssued(state: CaseState, event: EventOf<'certificateIssued'>): Problem[] {
  const status = statusProblems(state, event.type, ['approved']);
  if (status.length > 0) return status;
  const p = event.payload;
  return [
    ...notBefore(p.issuedOn, '发证日期', state.decision?.decidedOn, '决定日期'),
    ...(p.validUntil === undefined ? [] : notBefore(p.validUntil, '证照有效期', p.issuedOn, '发证日期')),
  ];
}

export function checkDelivered(state: CaseState, event: EventOf<'delivered'>): Problem[] {
  const status = statusProblems(state, event.type, ['approved', 'certified', 'denied']);
  if (status.length > 0) return status;
  return [
    ...notBefore(dateOf(event.payload.at), '送达日期', state.decision?.decidedOn, '决定日期'),
    ...notBefore(dateOf(event.payload.at), '送达日期', state.certificate?.issuedOn, '发证日期'),
  ];
}

export function checkTerminated(state: CaseState, event: EventOf<'terminated'>): Problem[] {
  const status = statusProblems(state, event.type, ['accepted', 'in-review', 'paused']);
  if (status.length > 0) return status;
  const deadline = state.dates.supplyDeadline;
  if (outstandingTolerated(state).length === 0 || deadline === undefined)
    return [problem('nothing-outstanding', '没有待补的容缺材料，不能以逾期未补齐为由终止')];
  if (event.payload.on <= deadline)
    return [problem('deadline-not-passed', `补齐期限 ${deadline} 尚未届满，${event.payload.on} 不能终止`)];
  const grace = state.status === 'paused' ? state.dates.pauses.at(-1)?.graceUntil : undefined;
  if (grace !== undefined && event.payload.on <= grace)
    return [problem('deadline-not-passed', `逾期暂停至 ${grace}，${event.payload.on} 不能终止`)];
  return [];
}

export function checkWithdrawn(state: CaseState, event: EventOf<'withdrawn'>): Problem[] {
  return [
    ...statusProblems(state, event.type, [
      'registered',
      'notified-missing',
      'accepted',
      'in-review',
      'paused',
    ]),
    ...notBefore(event.payload.on, '撤回日期', state.dates.registeredOn, '登记日期'),
  ];
}

const VOIDABLE_STATUSES = ['registered', 'notified-missing', 'refused', 'accepted', 'in-review'] as const;

function untouchedByOffice(state: CaseState): boolean {
  return state.approval.reviews.length === 0 && state.dates.pauses.length === 0;
}

/** May `officerId` void this case now (the rules of checkVoided, for the UI to offer it)? */
export function voidableBy(state: CaseState, officerId: string): boolean {
  return (
    (VOIDABLE_STATUSES as readonly string[]).includes(state.status) &&
    state.registeredBy === officerId &&
    untouchedByOffice(state)
  );
}

/**
 * 作废 (a registration made by mistake): only by the officer who registered the case, and only
 * while no back-office step has acted on it (no review, pause or decision). From then on the
 * case is the back office's record and ends by its decision, a withdrawal or a termination.
 */
export function checkVoided(state: CaseState, event: EventOf<'voided'>): Problem[] {
  const status = statusProblems(state, event.type, VOIDABLE_STATUSES);
  if (status.length > 0) return status;
  const problems: Problem[] = [];
  if (event.actor !== state.registeredBy)
    problems.push(problem('not-registrant', '只有登记该办件的工作人员可以作废'));
  if (!untouchedByOffice(state))
    problems.push(problem('reviewed-already', '该办件已有审查意见或特别程序，不能作废'));
  problems.push(...notBefore(event.payload.on, '作废日期', state.dates.registeredOn, '登记日期'));
  return problems;
}
