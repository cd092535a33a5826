import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAdminCommand, UsageError } from '../../../server/admin-cli';
import { createCalendar, formatIsoDate, fromDayNumber } from '../../../shared/calendar';
import { planAcceptance, type CaseState } from '../../../shared/domain';
import type { Hall } from '../../../shared/hall';
import { closeDemoServer, openDemoServer } from '../../support/demo-server';
import type { TestDatabase } from '../../support/database';
import { enrollThroughApi } from './sync/helpers';
import { CaseScript, demoItem, play, receiveAll, registeredPayload } from '../shared/domain/fixtures';

/** An accepted case as the server's projection holds it, promised on the calendar it was given. */
async function projectAcceptedCase(code: string, on: string): Promise<CaseState> {
  const s = new CaseScript();
  const plan = planAcceptance(demoItem(code), on, { tolerated: [] }, createCalendar());
  const state = play([
    [s.event('registered', registeredPayload(code)), 'window'],
    ...receiveAll(s, code, []),
    [s.event('accepted', { acceptedOn: on, tolerated: [], ...plan }), 'window'],
  ]);
  await db.query(
    `insert into cases (case_id, case_number, hall_id, window_code, status, state, last_server_seq)
     values ($1, $2, 'shiyan-etdz', 'W03', $3, $4, 1)`,
    [state.caseId, state.caseNumber, state.status, JSON.stringify(state)],
  );
  return state;
}

let db: TestDatabase;
let app: FastifyInstance;
const dir = mkdtempSync(join(tmpdir(), 'onewindow-calendar-'));

beforeAll(async () => {
  ({ db, app } = await openDemoServer());
});
afterAll(() => closeDemoServer({ db, app }));

const open = async () => ({ ...db, close: async () => undefined });

async function admin(argv: string[]): Promise<string[]> {
  const lines: string[] = [];
  await runAdminCommand('calendar', argv, (l) => lines.push(l), open);
  return lines;
}

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function servedHall(deviceId: string): Promise<Hall> {
  const device = await enrollThroughApi(app, db, deviceId);
  const reply = await app.inject({ method: 'GET', url: '/api/v1/reference', headers: device.headers });
  return reply.json().value.hall;
}

// A made-up schedule for tests only (not the State Council's 2027 notice, which a hall enters itself).
const synthetic2027 = {
  year: 2027,
  source: '测试用放假安排（非官方）',
  holidays: [
    { from: '2026-12-31', to: '2027-01-03', name: '元旦' },
    { from: '2027-02-05', to: '2027-02-13', name: '春节' },
  ],
  workdays: [{ date: '2027-02-14', name: '春节' }],
};

describe('npm run server -- calendar', () => {
  it('lists the years devices can count in, then a new year entered from a file reaches the devices', async () => {
    expect((await admin([])).join('\n')).toContain('Known years: 2004–2026');
    const before = createCalendar((await servedHall('dev-cal-1')).calendar);
    // Before the year is entered a 20-working-day promise of mid-December is counted provisionally.
    expect(before.addWorkingDays('2026-12-15', 20)).toBe('2027-01-13');
    expect(before.isProvisionalSpan('2026-12-15', '2027-01-13')).toBe(true);
    const differs = await projectAcceptedCase('KFQ-SW-003', '2026-12-15');
    const same = await projectAcceptedCase('KFQ-SW-003', '2027-03-01');
    expect(same.dates.promiseProvisional).toBe(true);

    const lines = await admin(['--import', file('2027.json', synthetic2027)]);
    expect(lines[0]).toContain('2027 年放假安排已录入（2 段假期，1 个调休上班日）');
    expect(lines.join('\n')).toContain('Known years: 2004–2027');
    // The open case whose promise the schedule counts differently is listed, and only it.
    expect(lines).toContain(
      '1 件在办件按预计日历承诺的办结日期与新录入的放假安排不同（已打印的日期不变，电子监察中列出）：',
    );
    expect(lines.at(-1)).toBe(
      `  ${differs.caseNumber}\t${differs.item.name}\t已承诺 2027-01-13\t按正式安排 2027-01-14`,
    );

    const after = createCalendar((await servedHall('dev-cal-2')).calendar);
    expect(after.dayInfo('2026-12-31')).toMatchObject({ working: false });
    expect(after.isWorkingDay('2027-02-14')).toBe(true); // a Sunday made a working day
    // 12-15 + 20 working days: 12-16…12-30 are 11, then 01-04…01-14 are 9 (12-31…01-03 off).
    expect(after.addWorkingDays('2026-12-15', 20)).toBe('2027-01-14');
  });

  it('the example file of docs/examples is the 2026 schedule the package already has', async () => {
    const path = new URL('../../../docs/examples/holiday-schedule-2026.json', import.meta.url);
    const schedule = JSON.parse(readFileSync(path, 'utf8'));
    const entered = createCalendar({ years: [schedule] });
    const packaged = createCalendar();
    const start = Date.UTC(2026, 0, 1) / 86_400_000;
    for (let d = start; d < start + 365; d++) {
      const date = formatIsoDate(fromDayNumber(d));
      expect(entered.isWorkingDay(date), date).toBe(packaged.isWorkingDay(date));
    }
  });

  it('refuses a wrong schedule with every problem in Chinese, and saves nothing', async () => {
    const before = await servedHall('dev-cal-3');
    const wrong = {
      year: 2028,
      holidays: [
        { from: '2028-10-07', to: '2028-10-01', name: '国庆节' },
        { from: '2029-01-01', name: '元旦' },
      ],
      workdays: [{ date: '2028-13-01', name: '国庆节' }],
    };
    const error = await admin(['--import', file('wrong.json', wrong)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message).toContain('holidays[0].to：结束日期早于开始日期');
    expect(message).toContain('2029-01-01 不属于 2028 年的放假安排');
    expect(message).toContain('workdays[0].date');
    expect(await servedHall('dev-cal-4')).toEqual(before);

    const notJson = await admin(['--import', file('broken.json', '{ "year": 2028,')]).catch(
      (e: unknown) => e,
    );
    expect((notJson as Error).message).toMatch(/^无法读取 .*broken\.json/);
    const missing = await admin(['--import', join(dir, 'nope.json')]).catch((e: unknown) => e);
    expect((missing as Error).message).toContain('无法读取');
  });
});
