import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../../../../shared/calendar';
import { followUpNote, followUpOutcomeNote } from '../../../../../renderer/features/ratings/follow-up';
import { buildDashboard } from '../../../../../renderer/features/supervision/dashboard-data';
import { demoDay } from '../../../../fixtures/demo-day';

const calendar = createCalendar();

describe('the supervisor dashboard', () => {
  const day = demoDay({ date: '2026-11-24', count: 200 });

  it('counts the day by window and result, and every case by state', () => {
    const dash = buildDashboard(day.cases, { today: '2026-11-24', calendar, yellowAt: 0.8 });
    const total = dash.intakeByWindow.reduce((n, w) => n + w.total, 0);
    expect(total).toBe(200);
    for (const w of dash.intakeByWindow)
      expect(w.accepted + w.tolerance + w.missing + w.refused).toBeLessThanOrEqual(w.total);
    expect(dash.byStatus.reduce((n, s) => n + s.count, 0)).toBe(200);
    expect(dash.officers.reduce((n, o) => n + o.intakeToday, 0)).toBe(200);
  });

  it('moves running cases to yellow and red as the days pass', () => {
    const today = buildDashboard(day.cases, { today: '2026-11-24', calendar, yellowAt: 0.8 });
    expect(today.red).toEqual([]);
    const later = buildDashboard(day.cases, { today: '2026-12-31', calendar, yellowAt: 0.8 });
    const running = day.cases.filter((c) => ['accepted', 'in-review'].includes(c.status)).length;
    expect(later.red.length).toBeGreaterThan(0);
    expect(later.red.length + later.yellow.length).toBeLessThanOrEqual(running);
    expect(later.clockErrors).toBe(0);
    const beyond = buildDashboard(day.cases, { today: '2027-01-29', calendar, yellowAt: 0.8 });
    // No 2027 schedule entered: overdue is still computed across the year boundary.
    expect(beyond.clockErrors).toBe(0);
    const runningRed = beyond.red.filter((r) => r.clock.kind === 'running').length;
    expect(runningRed).toBe(running);
    const deadlines = later.red.map((r) => r.clock.deadline);
    expect(deadlines).toEqual([...deadlines].sort());
    // The on-time chart counts every open case once, in the colour of its promise.
    expect(today.levels).toEqual({ normal: running, yellow: 0, red: 0 });
    expect(later.levels).toEqual({
      normal: running - later.red.length - later.yellow.length,
      yellow: later.yellow.length,
      red: later.red.length,
    });
  });

  it('lists poor-rating follow-ups and credits ratings to the officer who registered the case', () => {
    const [first, ...rest] = day.cases;
    const rated = {
      ...first!,
      evaluations: [{ level: 5 as const, comment: '态度差', at: '2026-11-24T11:00:00.000+08:00' }],
      notes: [
        {
          text: followUpNote('态度差', '2026-11-24', calendar),
          actor: 'KFQ0101',
          at: '2026-11-24T11:00:00.000+08:00',
        },
      ],
    };
    const dash = buildDashboard([rated, ...rest], { today: '2026-11-24', calendar, yellowAt: 0.8 });
    expect(dash.followUps).toHaveLength(1);
    expect(dash.followUps[0]?.deadline).toBe(calendar.addWorkingDays('2026-11-24', 15));
    const officer = dash.officers.find((o) => o.officerId === first!.registeredBy);
    expect(officer).toMatchObject({ ratings: 1, meanRating: 5, poorRatings: 1 });
  });

  it('drops a follow-up from the list once its outcome is recorded', () => {
    const [first, ...rest] = day.cases;
    const followUp = {
      text: followUpNote('态度差', '2026-11-24', calendar),
      actor: 'KFQ0101',
      at: '2026-11-24T11:00:00.000+08:00',
    };
    const done = {
      ...first!,
      notes: [
        followUp,
        {
          text: followUpOutcomeNote(followUp, '已回访，已整改'),
          actor: 'KFQ3002',
          at: '2026-11-25T09:00:00.000+08:00',
        },
      ],
    };
    const dash = buildDashboard([done, ...rest], { today: '2026-11-25', calendar, yellowAt: 0.8 });
    expect(dash.followUps).toEqual([]);
  });
});
