import { readFile } from 'node:fs/promises';
import QRCode from 'qrcode';
import { describeYears } from '../shared/calendar';
import type { PromiseReview } from '../shared/supervision';
import { formatEnrollmentCode } from '../shared/sync';
import type { Database } from './db/database';
import { migrate } from './db/migrate';
import { openDatabase } from './db/open-database';
import { seedDemo } from './seed';
import { createEnrollmentCode, DEFAULT_CODE_HOURS, listDevices, revokeDevice } from './store/devices';
import {
  calendarYears,
  enterYearSchedule,
  PACKAGE_YEAR_RANGE,
  parseYearSchedule,
  ScheduleError,
  type CalendarYears,
} from './store/hall-calendar';

export const ADMIN_COMMANDS = ['enroll', 'revoke', 'devices', 'calendar'] as const;
export type AdminCommand = (typeof ADMIN_COMMANDS)[number];

/** A command line the operator must correct; the message says how. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `用法 Usage:
  npm run server -- enroll --window W03 [--hall 大厅编号] [--hours ${DEFAULT_CODE_HOURS}]   为窗口生成一次性注册码
  npm run server -- enroll --village V01 [--hall 大厅编号] [--hours ${DEFAULT_CODE_HOURS}]  为便民服务点生成注册码
  npm run server -- revoke --device 设备编号                                      立即停用设备
  npm run server -- devices                                                       列出已注册设备
  npm run server -- calendar [--hall 大厅编号]                                     列出可计算工作日的年份
  npm run server -- calendar --import 放假安排.json [--hall 大厅编号]               录入一年的放假安排（格式见 docs/examples）`;

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} 后面缺少取值\n${USAGE}`);
  return value;
}

/**
 * The administrator's commands, run against the same database as the server (DATABASE_URL, or the
 * PGlite data folder: stop the embedded server first, PGlite has one user at a time).
 * `print` receives each line of output.
 */
export async function runAdminCommand(
  command: AdminCommand,
  argv: readonly string[],
  print: (line: string) => void,
  open: () => Promise<Database> = () =>
    openDatabase({ url: process.env['DATABASE_URL'], dataDir: process.env['ONEWINDOW_DATA_DIR'] }),
): Promise<void> {
  const plan = parse(command, argv);
  const db = await open();
  try {
    await migrate(db);
    // The same database `npm run server` would make: the demo hall on an empty one, unless turned off.
    if (process.env['ONEWINDOW_NO_DEMO'] !== '1') await seedDemo(db);
    await plan(db, print);
  } finally {
    await db.close();
  }
}

function parse(
  command: AdminCommand,
  argv: readonly string[],
): (db: Database, print: (line: string) => void) => Promise<void> {
  switch (command) {
    case 'enroll': {
      const window = option(argv, 'window');
      const village = option(argv, 'village');
      if ((window === undefined) === (village === undefined))
        throw new UsageError(`请用 --window 或 --village 指定一个窗口或服务点\n${USAGE}`);
      const hallId = option(argv, 'hall');
      const hoursText = option(argv, 'hours');
      const hours = hoursText === undefined ? DEFAULT_CODE_HOURS : Number(hoursText);
      if (!Number.isFinite(hours) || hours <= 0 || hours > 24 * 30)
        throw new UsageError(`--hours 应为 1–720 之间的小时数，收到 ${hoursText}`);
      return async (db, print) => {
        const kind = window !== undefined ? 'window' : 'village';
        const counterCode = (window ?? village ?? '').toUpperCase();
        const made = await createEnrollmentCode(db, {
          kind,
          counterCode,
          hours,
          ...(hallId === undefined ? {} : { hallId }),
        });
        const shown = formatEnrollmentCode(made.code);
        print(
          `${kind === 'window' ? '窗口' : '便民服务点'} ${counterCode}（大厅 ${made.hallId}）的一次性注册码 Enrollment code:`,
        );
        print('');
        print(`    ${shown}`);
        print('');
        print(`有效期至 Valid until ${made.expiresAt.toISOString()}；只能使用一次 — one use only.`);
        print(
          await QRCode.toString(`onewindow:enroll?code=${shown}&counter=${counterCode}`, {
            type: 'terminal',
            small: true,
          }),
        );
      };
    }
    case 'revoke': {
      const deviceId = option(argv, 'device');
      if (deviceId === undefined) throw new UsageError(`请用 --device 指定设备编号\n${USAGE}`);
      return async (db, print) => {
        if (!(await revokeDevice(db, deviceId)))
          throw new UsageError(`没有设备 ${deviceId}（用 devices 命令查看）`);
        print(`设备 ${deviceId} 已停用，其下一次请求即被拒绝 — device revoked.`);
      };
    }
    case 'devices':
      return async (db, print) => {
        const devices = await listDevices(db);
        if (devices.length === 0) print('尚无已注册设备 — no devices enrolled.');
        for (const d of devices)
          print(
            [
              d.id,
              d.hallId,
              d.kind,
              d.counterCode,
              d.label ?? '-',
              `seq ${d.lastSeq}`,
              d.revokedAt ? `已停用 ${d.revokedAt.toISOString()}` : '在用',
            ].join('\t'),
          );
      };
    case 'calendar': {
      const hallId = option(argv, 'hall');
      const file = option(argv, 'import');
      return async (db, print) => {
        if (file === undefined) {
          printYears(await calendarYears(db, hallId), print);
          return;
        }
        let json: unknown;
        try {
          json = JSON.parse(await readFile(file, 'utf8'));
        } catch (error) {
          throw new UsageError(`无法读取 ${file}：${error instanceof Error ? error.message : String(error)}`);
        }
        try {
          const schedule = parseYearSchedule(json);
          const { years, replaced, review } = await enterYearSchedule(db, schedule, hallId);
          print(
            `${schedule.year} 年放假安排已${replaced ? '更新' : '录入'}（${schedule.holidays.length} 段假期，` +
              `${schedule.workdays.length} 个调休上班日），各设备下次同步后即按此计算工作日。`,
          );
          printYears(years, print);
          printReview(review, print);
        } catch (error) {
          if (error instanceof ScheduleError) throw new UsageError(error.message);
          throw error;
        }
      };
    }
  }
}

/** Open cases promised on the provisional calendar that the entered schedule counts differently. */
function printReview(review: readonly PromiseReview[], print: (line: string) => void): void {
  if (review.length === 0) {
    print('按预计日历承诺的在办件，按新录入的放假安排计算均无变化。');
    return;
  }
  print(
    `${review.length} 件在办件按预计日历承诺的办结日期与新录入的放假安排不同（已打印的日期不变，电子监察中列出）：`,
  );
  for (const r of review)
    print(`  ${r.state.caseNumber}\t${r.state.item.name}\t已承诺 ${r.recorded}\t按正式安排 ${r.official}`);
}

function printYears(years: CalendarYears, print: (line: string) => void): void {
  print(`大厅 ${years.hallId} 可计算工作日的年份 Known years: ${describeYears(years.known)}`);
  print(`  节假日数据包 chinese-days: ${PACKAGE_YEAR_RANGE}`);
  for (const y of years.entered) print(`  大厅录入 ${y.year} 年${y.source ? `：${y.source}` : ''}`);
  print('  其后未录入的年份按法定节假日预计计算（不推测调休），日期标为“预计”，录入后列出需复核的承诺日期');
}
