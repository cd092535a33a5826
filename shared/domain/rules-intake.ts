import { situationsOf } from '../catalog/lookup';
import type { Item, Material, SituationKey } from '../catalog/schema';
import { parseCaseNumber } from './case-number';
import { returnedToWindow } from './case-queue';
import type { CaseState } from './case-state';
import { CASE_STATUSES, FINAL_STATUSES, outstandingTolerated } from './case-state';
import { calendarsBefore, type DeadlineCalendar } from './deadlines';
import type { EventOf } from './events';
import type { IntakeResult } from './intake';
import { evaluateIntake } from './intake';
import type { Problem } from './problems';
import { materialNames, notBefore, problem, statusProblems, withCalendar } from './problems';

/**
 * Role-free rules of the intake events: what must hold of the case and the event for the event
 * to be a valid next fact. Used by the guard and by the reducer (which skips what fails).
 */

/**
 * The catalog's situation for an application through an agent (委托代理人办理): it adds the
 * authorisation letter to the checklist. An agent on the registration and this situation go
 * together, or the letter would be skipped (or demanded of someone applying in person).
 */
export const AGENT_SITUATION = 'by-agent';

/** The situations an applicant is asked about (by-agent follows the agent and is not asked). */
export function askedSituations(item: Pick<Item, 'materials'>): SituationKey[] {
  return situationsOf(item).filter((s) => s !== AGENT_SITUATION);
}

const INTAKE_STATUSES = ['registered', 'notified-missing'] as const;

function intakeOf(state: CaseState): IntakeResult {
  return evaluateIntake(state.item, {
    received: Object.keys(state.materials),
    situations: state.situations,
    credit: state.credit,
  });
}

function duplicates(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
}

export function checkRegistered(event: EventOf<'registered'>): Problem[] {
  const p = event.payload;
  const problems: Problem[] = [];
  const parts = parseCaseNumber(p.caseNumber);
  if (!parts) problems.push(problem('registration', `办件编号格式不正确：${p.caseNumber}`));
  else if (parts.windowCode !== p.windowCode)
    problems.push(
      problem('registration', `办件编号的窗口编号（${parts.windowCode}）与登记窗口（${p.windowCode}）不符`),
    );
  const repeated = duplicates(p.situations);
  if (repeated.length > 0) problems.push(problem('registration', `情形重复：${repeated.join('、')}`));
  const itemUsesAgent = p.item.materials.some((m) => m.when === AGENT_SITUATION);
  if (p.situations.includes(AGENT_SITUATION) && p.agent === undefined)
    problems.push(problem('registration', '选择了「委托代理人办理」情形，但未登记代理人'));
  if (p.agent !== undefined && itemUsesAgent && !p.situations.includes(AGENT_SITUATION))
    problems.push(problem('registration', '登记了代理人，应选择「委托代理人办理」情形（须收取授权委托书）'));
  if (p.applicant.kind === 'organisation' && p.applicant.idType !== 'uscc' && p.applicant.idType !== 'other')
    problems.push(problem('registration', '单位申请人的证件应为统一社会信用代码'));
  if (p.applicant.kind === 'person' && p.applicant.idType === 'uscc')
    problems.push(problem('registration', '个人申请人的证件不能是统一社会信用代码'));
  if (p.agent?.idType === 'uscc') problems.push(problem('registration', '代理人的证件应为个人证件'));
  return problems;
}

function materialOf(state: CaseState, id: string): Material | undefined {
  return state.item.materials.find((m) => m.id === id);
}

export function checkMaterialReceived(state: CaseState, event: EventOf<'materialReceived'>): Problem[] {
  const { materialId, blobs } = event.payload;
  const problems: Problem[] = [];
  const material = materialOf(state, materialId);
  if (!material)
    problems.push(problem('material-unknown', `材料 ${materialId} 不属于事项「${state.item.name}」`));
  const afterAcceptance =
    state.status === 'accepted' || state.status === 'in-review' || state.status === 'paused';
  if (afterAcceptance) {
    // The record of what was accepted must not change behind the receipt: after acceptance only
    // the outstanding tolerated materials arrive, or anything during a correction pause (补正) or
    // while the reviewer's return waits at the window (the window corrects, then resends).
    const outstanding = outstandingTolerated(state).some((m) => m.materialId === materialId);
    const correcting =
      (state.status === 'paused' && state.dates.pauses.at(-1)?.kind === 'correction') ||
      returnedToWindow(state) !== undefined;
    if (material && !outstanding && !correcting)
      problems.push(
        problem(
          'material-not-allowed',
          `受理后只能收取待补的容缺材料（补正或退回窗口期间除外）：${material.name}`,
        ),
      );
  } else {
    problems.push(...statusProblems(state, event.type, INTAKE_STATUSES));
  }
  const missingBlobs = blobs.filter((b) => !event.blobs.includes(b));
  if (missingBlobs.length > 0)
    problems.push(
      problem('blobs-not-in-envelope', `材料扫描件未列入事件的 blobs：${missingBlobs.join('、')}`),
    );
  return problems;
}

export function checkMaterialRemoved(state: CaseState, event: EventOf<'materialRemoved'>): Problem[] {
  const status = statusProblems(state, event.type, INTAKE_STATUSES);
  if (status.length > 0) return status;
  const { materialId } = event.payload;
  if (state.materials[materialId] === undefined)
    return [
      problem('material-not-received', `材料 ${materialOf(state, materialId)?.name ?? materialId} 尚未收取`),
    ];
  return [];
}

/** A case's pages may be arranged until it is closed: the record of a closed case stays as it is. */
const ARRANGING_STATUSES = CASE_STATUSES.filter((s) => !FINAL_STATUSES.includes(s));

/**
 * 整理材料页面: only a received material's own pages, each once, every one listed in the
 * envelope (like materialReceived). Pages it leaves out are taken off the material.
 */
export function checkPagesArranged(state: CaseState, event: EventOf<'pagesArranged'>): Problem[] {
  const status = statusProblems(state, event.type, ARRANGING_STATUSES);
  if (status.length > 0) return status;
  const { materialId, pages } = event.payload;
  const material = materialOf(state, materialId);
  if (!material) return [problem('material-unknown', `材料 ${materialId} 不属于事项「${state.item.name}」`)];
  const received = state.materials[materialId];
  if (received === undefined) return [problem('material-not-received', `材料 ${material.name} 尚未收取`)];
  const blobs = pages.map((p) => p.blob);
  const problems: Problem[] = [];
  const foreign = blobs.filter((b) => !received.blobs.includes(b));
  if (foreign.length > 0)
    problems.push(problem('page-not-held', `材料「${received.name}」没有这些页面：${foreign.join('、')}`));
  const repeated = duplicates(blobs);
  if (repeated.length > 0)
    problems.push(problem('page-repeated', `材料「${received.name}」的页面重复：${repeated.join('、')}`));
  const missingBlobs = blobs.filter((b) => !event.blobs.includes(b));
  if (missingBlobs.length > 0)
    problems.push(problem('blobs-not-in-envelope', `页面未列入事件的 blobs：${missingBlobs.join('、')}`));
  return problems;
}

/** The listed materials compared with the catalog: unknown ids, wrong names, repeats. */
function namedMaterialProblems(
  state: CaseState,
  listed: ReadonlyArray<{ materialId: string; name: string }>,
  what: string,
): Problem[] {
  const problems: Problem[] = [];
  for (const m of listed) {
    const known = materialOf(state, m.materialId);
    if (!known) problems.push(problem('material-unknown', `${what}中的材料 ${m.materialId} 不属于本事项`));
    else if (known.name !== m.name)
      problems.push(problem('tolerance-mismatch', `${what}中的材料名称与事项目录不符：${m.name}`));
  }
  const repeated = duplicates(listed.map((m) => m.materialId));
  if (repeated.length > 0)
    problems.push(problem('tolerance-mismatch', `${what}中的材料重复：${repeated.join('、')}`));
  return problems;
}

export function checkAccepted(
  state: CaseState,
  event: EventOf<'accepted'>,
  calendar: DeadlineCalendar | undefined,
): Problem[] {
  const status = statusProblems(state, event.type, INTAKE_STATUSES);
  if (status.length > 0) return status;
  const p = event.payload;
  const problems = namedMaterialProblems(state, p.tolerated, '容缺材料');
  const tolerated = p.tolerated.map((m) => materialOf(state, m.materialId)).filter((m) => m !== undefined);
  if (p.tolerated.length > 0) {
    if (state.item.toleranceClass === 'A')
      problems.push(problem('tolerance-not-allowed', 'A类事项不允许容缺'));
    if (state.credit === 'dishonest')
      problems.push(problem('tolerance-not-allowed', '申请人列入失信名单，不适用容缺受理'));
    const essential = tolerated.filter((m) => m.essential);
    if (essential.length > 0)
      problems.push(problem('tolerance-not-allowed', `要件不允许容缺：${materialNames(essential)}`));
  }

  const intake = intakeOf(state);
  const toleratedIds = new Set(p.tolerated.map((m) => m.materialId));
  if (intake.outcome === 'notify-missing') {
    problems.push(
      problem(
        'intake-incomplete',
        `材料不齐，不能受理（应一次性告知）：缺少${materialNames(intake.missing)}`,
      ),
    );
  } else {
    const expected = intake.outcome === 'accept-with-tolerance' ? intake.missingTolerable : [];
    const unlisted = expected.filter((m) => !toleratedIds.has(m.id));
    if (unlisted.length > 0)
      problems.push(problem('intake-incomplete', `缺少的材料未列入容缺承诺：${materialNames(unlisted)}`));
    const expectedIds = new Set(expected.map((m) => m.id));
    const extra = tolerated.filter((m) => !expectedIds.has(m.id) && !m.essential);
    if (extra.length > 0)
      problems.push(
        problem('tolerance-mismatch', `已收取或无需提交的材料不应列为容缺：${materialNames(extra)}`),
      );
  }

  if (p.tolerated.length > 0 && p.supplyDeadline === undefined)
    problems.push(problem('tolerance-mismatch', '容缺受理须载明补齐期限'));
  if (p.tolerated.length === 0 && p.supplyDeadline !== undefined)
    problems.push(problem('tolerance-mismatch', '没有容缺材料，不应载明补齐期限'));

  problems.push(
    ...notBefore(p.acceptedOn, '受理日期', state.dates.registeredOn, '登记日期'),
    ...notBefore(p.acceptedOn, '受理日期', state.dates.notifiedOn, '一次性告知日期'),
    ...notBefore(p.promisedDate, '承诺办结日期', p.acceptedOn, '受理日期'),
  );
  if (p.supplyDeadline !== undefined) {
    problems.push(...notBefore(p.supplyDeadline, '补齐期限', p.acceptedOn, '受理日期'));
    problems.push(...notBefore(p.promisedDate, '承诺办结日期', p.supplyDeadline, '补齐期限'));
  }
  if (calendar)
    problems.push(...withCalendar(() => acceptedDateProblems(p, state.item.promisedWorkdays, calendar)));
  return problems;
}

export function checkNotifiedMissing(state: CaseState, event: EventOf<'notifiedMissing'>): Problem[] {
  const status = statusProblems(state, event.type, INTAKE_STATUSES);
  if (status.length > 0) return status;
  const p = event.payload;
  const problems = namedMaterialProblems(state, p.missing, '一次性告知书');
  const intake = intakeOf(state);
  if (intake.outcome === 'accept')
    problems.push(problem('notice-mismatch', '材料已齐全，应予受理，无需一次性告知'));
  const listed = new Set(p.missing.map((m) => m.materialId));
  const omitted = intake.missing.filter((m) => !listed.has(m.id));
  if (omitted.length > 0 && intake.outcome !== 'accept')
    problems.push(
      problem('notice-mismatch', `一次性告知须列明全部缺少材料，漏列：${materialNames(omitted)}`),
    );
  const missingIds = new Set(intake.missing.map((m) => m.id));
  const extra = p.missing.filter((m) => !missingIds.has(m.materialId) && materialOf(state, m.materialId));
  if (extra.length > 0)
    problems.push(
      problem('notice-mismatch', `一次性告知书列入了已收取或无需提交的材料：${materialNames(extra)}`),
    );
  problems.push(
    ...notBefore(p.notifiedOn, '告知日期', state.dates.registeredOn, '登记日期'),
    ...notBefore(p.notifiedOn, '告知日期', state.dates.notifiedOn, '上次告知日期'),
  );
  return problems;
}

export function checkRefused(state: CaseState, event: EventOf<'refused'>): Problem[] {
  return statusProblems(state, event.type, INTAKE_STATUSES);
}

export function checkSupplemented(state: CaseState, event: EventOf<'supplemented'>): Problem[] {
  const status = statusProblems(state, event.type, ['accepted', 'in-review', 'paused']);
  if (status.length > 0) return status;
  const p = event.payload;
  const problems: Problem[] = [];
  const outstanding = new Set(outstandingTolerated(state).map((m) => m.materialId));
  const notOutstanding = p.materialIds.filter((id) => !outstanding.has(id));
  if (notOutstanding.length > 0)
    problems.push(
      problem(
        'material-not-allowed',
        `不是待补的容缺材料：${notOutstanding.map((id) => materialOf(state, id)?.name ?? id).join('、')}`,
      ),
    );
  const repeated = duplicates(p.materialIds);
  if (repeated.length > 0)
    problems.push(problem('material-not-allowed', `补齐材料重复：${repeated.join('、')}`));
  problems.push(...notBefore(p.on, '补齐日期', state.dates.acceptedOn, '受理日期'));
  return problems;
}

/**
 * The carried dates recounted as the device counted them. A date flagged provisional must match
 * a count over a year without an entered schedule, on the hall's calendar now or as it was before
 * its latest entered years (the device may not have pulled them); an unflagged date must match
 * today's calendar with no provisional year in between.
 */
function acceptedDateProblems(
  p: EventOf<'accepted'>['payload'],
  promisedWorkdays: number,
  calendar: DeadlineCalendar,
): Problem[] {
  const candidates = p.promiseProvisional ? calendarsBefore(calendar) : [calendar];
  const counted = candidates.find(
    (c) =>
      c.addWorkingDays(p.acceptedOn, promisedWorkdays) === p.promisedDate &&
      c.isProvisionalSpan(p.acceptedOn, p.promisedDate) === (p.promiseProvisional === true),
  );
  if (!counted) {
    const expected = calendar.addWorkingDays(p.acceptedOn, promisedWorkdays);
    const provisional = calendar.isProvisionalSpan(p.acceptedOn, expected);
    return [
      problem(
        'calendar',
        expected === p.promisedDate
          ? `承诺办结日期 ${expected} ${provisional ? '按预计日历计算，应标为预计' : '按正式放假安排计算，不应标为预计'}`
          : `承诺办结日期应为 ${expected}（受理日起 ${promisedWorkdays} 个工作日），事件中为 ${p.promisedDate}`,
      ),
    ];
  }
  const supply = p.supplyDeadline;
  if (supply === undefined) return [];
  const found: Problem[] = [];
  if (!counted.isWorkingDay(supply)) found.push(problem('calendar', `补齐期限 ${supply} 不是工作日`));
  if (counted.isProvisionalSpan(p.acceptedOn, supply) !== (p.supplyProvisional === true))
    found.push(
      problem(
        'calendar',
        p.supplyProvisional
          ? `补齐期限 ${supply} 不应标为预计`
          : `补齐期限 ${supply} 按预计日历计算，应标为预计`,
      ),
    );
  return found;
}
