import { describe, expect, it } from 'vitest';
import { planAcceptance, planResumption, type CaseEvent, type CaseState } from '../../../../shared/domain';
import type { Role } from '../../../../shared/hall/roles';
import { caseClock, dailyLog, intakeResult, monthlyStatistics } from '../../../../shared/supervision';
import { calendar, CaseScript, demoItem, play, registeredPayload } from '../domain/fixtures';

type Step = readonly [CaseEvent, Role];
const at = (date: string, time = '09:00') => `${date}T${time}:00+08:00`;

/** A case of `code` registered and accepted on `day` (with `tolerated` materials left out). */
function acceptedCase(
  code: string,
  day: string,
  options: { tolerated?: string[]; seq?: number; actor?: string } = {},
) {
  const s = new CaseScript();
  const tolerated = options.tolerated ?? [];
  const item = demoItem(code);
  const plan = planAcceptance(item, day, { tolerated }, calendar);
  const steps: Step[] = [
    [
      s.event(
        'registered',
        registeredPayload(code, {
          caseNumber: `W03-${day.replaceAll('-', '')}-${String(options.seq ?? 1).padStart(4, '0')}`,
        }),
        { at: at(day), actor: options.actor ?? 'KFQ0301' },
      ),
      'window',
    ],
    ...item.materials
      .filter((m) => m.when === undefined && !tolerated.includes(m.id))
      .map(
        (m) =>
          [
            s.event('materialReceived', { materialId: m.id, blobs: [] }, { at: at(day, '09:05') }),
            'window',
          ] as const,
      ),
    [
      s.event(
        'accepted',
        {
          acceptedOn: day,
          promisedDate: plan.promisedDate,
          tolerated: tolerated.map((id) => ({
            materialId: id,
            name: item.materials.find((m) => m.id === id)?.name ?? id,
          })),
          ...(plan.supplyDeadline ? { supplyDeadline: plan.supplyDeadline } : {}),
        },
        { at: at(day, '09:10') },
      ),
      'window',
    ],
  ];
  return { script: s, state: play(steps) };
}

describe('case clocks (电子监察)', () => {
  // KFQ-JS-002 promises 3 working days; accepted Friday 2026-02-13, the day before the Spring
  // Festival's adjusted working day (Sat 02-14) and the holiday 02-15 … 02-23.
  it('counts working days across the Spring Festival: normal, yellow on the deadline, red after', () => {
    const { state } = acceptedCase('KFQ-JS-002', '2026-02-13');
    expect(state.dates.promisedDate).toBe('2026-02-25');
    expect(caseClock(state, '2026-02-14', calendar)).toMatchObject({
      kind: 'running',
      level: 'normal',
      usedWorkdays: 1,
      limitWorkdays: 3,
    });
    expect(caseClock(state, '2026-02-20', calendar)).toMatchObject({ level: 'normal', usedWorkdays: 1 });
    expect(caseClock(state, '2026-02-24', calendar)).toMatchObject({ level: 'normal', usedWorkdays: 2 });
    expect(caseClock(state, '2026-02-25', calendar)).toMatchObject({ level: 'yellow', usedWorkdays: 3 });
    expect(caseClock(state, '2026-02-26', calendar)).toMatchObject({ level: 'red', usedWorkdays: 4 });
  });

  it('excludes a pause from the days used and shows it', () => {
    const { script: s, state } = acceptedCase('KFQ-JS-001', '2026-03-02');
    const promised = state.dates.promisedDate ?? '';
    const paused = play(
      [
        [
          s.event(
            'paused',
            { kind: 'hearing', reason: '举行听证', from: '2026-03-04' },
            { at: at('2026-03-04') },
          ),
          'window',
        ],
      ],
      state,
    );
    expect(caseClock(paused, '2026-03-09', calendar)).toMatchObject({
      kind: 'paused',
      usedWorkdays: 2,
      pausedWorkdays: 3,
    });
    const newPromise = planResumption(
      { promisedDate: promised, pausedFrom: '2026-03-04', resumedOn: '2026-03-10' },
      calendar,
    );
    const resumed = play(
      [
        [
          s.event('resumed', { on: '2026-03-10', promisedDate: newPromise }, { at: at('2026-03-10') }),
          'window',
        ],
      ],
      paused,
    );
    const clock = caseClock(resumed, '2026-03-11', calendar);
    expect(clock).toMatchObject({
      kind: 'running',
      level: 'normal',
      deadline: newPromise,
      pausedWorkdays: 4,
      usedWorkdays: 3,
    });
  });

  it('watches the supply deadline of tolerated materials', () => {
    const tolerable = demoItem('KFQ-JS-004')
      .materials.filter((m) => !m.essential)
      .map((m) => m.id);
    const { state } = acceptedCase('KFQ-JS-004', '2026-03-02', { tolerated: tolerable.slice(0, 2) });
    const clock = caseClock(state, state.dates.supplyDeadline ?? '', calendar);
    expect(clock.kind === 'running' && clock.supply).toMatchObject({ outstanding: 2, level: 'yellow' });
    const late = caseClock(state, calendar.addWorkingDays(state.dates.supplyDeadline ?? '', 1), calendar);
    expect(late.kind === 'running' && late.supply?.level).toBe('red');
  });

  it('has no clock before acceptance or after the decision', () => {
    const s = new CaseScript();
    const registered = play([[s.event('registered', registeredPayload('KFQ-SJ-002')), 'window']]);
    expect(caseClock(registered, '2026-03-02', calendar)).toEqual({ kind: 'none' });
  });
});

describe('the daily log and the monthly statistics', () => {
  function day(): CaseState[] {
    const tolerable = demoItem('KFQ-JS-004')
      .materials.filter((m) => !m.essential)
      .map((m) => m.id);
    const accepted = acceptedCase('KFQ-JS-002', '2026-03-02', { seq: 1 }).state;
    const tolerance = acceptedCase('KFQ-JS-004', '2026-03-02', {
      seq: 2,
      tolerated: tolerable.slice(0, 1),
    }).state;
    const s = new CaseScript();
    const notified = play([
      [
        s.event('registered', registeredPayload('KFQ-SJ-002', { caseNumber: 'W03-20260302-0003' }), {
          at: at('2026-03-02', '10:00'),
        }),
        'window',
      ],
      [
        s.event('notifiedMissing', {
          notifiedOn: '2026-03-02',
          missing: demoItem('KFQ-SJ-002')
            .materials.filter((m) => m.when === undefined)
            .map((m) => ({ materialId: m.id, name: m.name })),
        }),
        'window',
      ],
    ]);
    const other = new CaseScript();
    const open = play([
      [
        other.event('registered', registeredPayload('KFQ-SJ-002', { caseNumber: 'W03-20260302-0004' }), {
          at: at('2026-03-02', '11:00'),
        }),
        'window',
      ],
    ]);
    return [tolerance, notified, accepted, open];
  }

  it('lists the day in registration order with results, totals and the officer by name', () => {
    const log = dailyLog(day(), {
      date: '2026-03-02',
      windowCode: 'W03',
      officerName: (id) => (id === 'KFQ0301' ? '张海涛' : undefined),
    });
    expect(log.rows.map((r) => [r.caseNumber, r.result])).toEqual([
      ['W03-20260302-0001', 'accepted'],
      ['W03-20260302-0002', 'tolerance'],
      ['W03-20260302-0003', 'missing'],
    ]);
    expect(log.rows[0]).toMatchObject({ officer: '张海涛', item: '建筑工程施工许可证核发', state: '已受理' });
    expect(log.rows[2]?.officer).toBe('officer-1');
    expect(log.totals).toEqual({ accepted: 1, tolerance: 1, missing: 1, refused: 0 });
    expect(log.undecided).toEqual(['W03-20260302-0004']);
    expect(
      dailyLog(day(), { date: '2026-03-02', windowCode: 'W01', officerName: () => undefined }).rows,
    ).toEqual([]);
  });

  it('sums a month by item and by section, with no on-time rate where nothing was decided', () => {
    const cases = day();
    expect(cases.map(intakeResult)).toEqual(['tolerance', 'missing', 'accepted', undefined]);
    const stats = monthlyStatistics(cases, '2026-03');
    expect(stats.total).toMatchObject({
      intake: 4,
      accepted: 1,
      tolerance: 1,
      missing: 1,
      refused: 0,
      decided: 0,
      onTimeRate: undefined,
    });
    expect(stats.bySection.map((r) => [r.key, r.intake])).toEqual(
      [
        ['商事登记', 2],
        ['基本建设', 2],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(stats.byItem.find((r) => r.key === 'KFQ-SJ-002')).toMatchObject({ intake: 2, missing: 1 });
    expect(monthlyStatistics(cases, '2026-04').byItem).toEqual([]);
  });
});
