// The default export: Node's ESM loader cannot see the named exports of the package's UMD build
// (the server runs under tsx), while bundlers read its ES build; both have this object.
import chineseDays from 'chinese-days';
import { formatIsoDate, fromDayNumber, parseIsoDate, toDayNumber } from './iso-date';

/**
 * The days off fixed by 《全国年节及纪念日放假办法》 as amended in 2024 (in force from 2025), for a
 * year whose State Council schedule is not entered yet: 元旦 1 day, 春节 4 (除夕 to 初三), 清明 1,
 * 劳动节 2, 端午 1, 中秋 1, 国庆 3. Lunar and solar-term dates come from chinese-days (its lunar
 * tables run to 2100). Nothing else is guessed: no 调休 makeup working days, no 补假 when a
 * holiday falls on a weekend, no bridges. A date counted on them may differ from the one the
 * official schedule gives (a longer 春节 or 国庆 break, a 调休 Saturday), which is why it is
 * recorded as provisional and compared when the schedule is entered.
 */
export type StatutoryHoliday = { date: string; name: string };

/** The first and last years the lunar tables of chinese-days cover with room to spare. */
export const STATUTORY_FIRST_YEAR = 1901;
export const STATUTORY_LAST_YEAR = 2099;

export function statutoryHolidays(year: number): StatutoryHoliday[] {
  if (!Number.isInteger(year) || year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) return [];
  const day = (month: number, d: number): number => toDayNumber({ year, month, day: d });
  const springFestival = lunarToDayNumber(year, 1, 1);
  const runs: Array<{ from: number; days: number; name: string }> = [
    { from: day(1, 1), days: 1, name: '元旦' },
    { from: springFestival - 1, days: 4, name: '春节' },
    { from: solarTermDayNumber(year, 4, 'pure_brightness'), days: 1, name: '清明节' },
    { from: day(5, 1), days: 2, name: '劳动节' },
    { from: lunarToDayNumber(year, 5, 5), days: 1, name: '端午节' },
    { from: lunarToDayNumber(year, 8, 15), days: 1, name: '中秋节' },
    { from: day(10, 1), days: 3, name: '国庆节' },
  ];
  const out: StatutoryHoliday[] = [];
  for (const run of runs)
    for (let n = run.from; n < run.from + run.days; n += 1)
      out.push({ date: formatIsoDate(fromDayNumber(n)), name: run.name });
  return out;
}

/**
 * chinese-days reads a Date with local getters: a local-midnight Date gives the right lunar
 * date in every time zone, where a 'YYYY-MM-DD' string (parsed as UTC) would not west of UTC.
 */
function lunarToDayNumber(year: number, month: number, day: number): number {
  return mustParse(chineseDays.getSolarDateFromLunar(new Date(year, month - 1, day)).date);
}

/**
 * The solar term's day. chinese-days formats it with the machine's local getters from a UTC
 * midnight, which is one day early on a machine west of UTC: that day is added back.
 */
function solarTermDayNumber(year: number, month: number, term: 'pure_brightness'): number {
  const westOfUtc = new Date(Date.UTC(year, month - 1, 15)).getDate() !== 15;
  return mustParse(chineseDays.getSolarTermDate(year, month, term)) + (westOfUtc ? 1 : 0);
}

function mustParse(date: string): number {
  const parts = parseIsoDate(date);
  if (!parts) throw new Error(`chinese-days returned an unexpected date: ${date}`);
  return toDayNumber(parts);
}
