import { LOG_RESULT_LABELS } from '../../../shared/documents';
import { chineseDate } from '../../../shared/documents/format';
import type { DailyLogRow } from '../../../shared/supervision';

/**
 * A value of a table cell: text, a number, a date ('YYYY-MM-DD') or a date and time (the hall's
 * ISO time, e.g. 2026-11-24T09:05:00+08:00); nothing is an empty cell.
 */
export type Cell = string | number | { date: string } | { dateTime: string } | undefined;

/** One dashboard list as a table file: its name, its column headers, its rows. */
export interface ExportTable {
  /** The list's name, e.g. 红灯超期办件. */
  list: string;
  columns: ReadonlyArray<{ header: string; width?: number }>;
  rows: ReadonlyArray<ReadonlyArray<Cell>>;
}

/** How date cells look in the spreadsheet: as Chinese officers write them (2026年11月24日). */
export const DATE_FORMAT = 'yyyy"年"m"月"d"日"';
export const DATE_TIME_FORMAT = 'yyyy"年"m"月"d"日" h"时"mm"分"';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/;

/**
 * How a cell is written: dates and times as real spreadsheet dates (sortable, filterable, summed
 * by month) with a Chinese date format; the hall's wall clock is kept as it reads, since a
 * spreadsheet date has no time zone. A malformed date stays text rather than being lost.
 */
export function cellValue(cell: Cell): { value: string | number | Date | null; numFmt?: string } {
  if (cell === undefined) return { value: null };
  if (typeof cell !== 'object') return { value: cell };
  if ('date' in cell) {
    const m = DATE.exec(cell.date);
    if (!m) return { value: cell.date };
    return { value: new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))), numFmt: DATE_FORMAT };
  }
  const m = DATE_TIME.exec(cell.dateTime);
  if (!m) return { value: cell.dateTime };
  const [y, mo, d, h, mi, se] = m.slice(1).map((x) => Number(x ?? 0));
  return {
    value: new Date(Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, se ?? 0)),
    numFmt: DATE_TIME_FORMAT,
  };
}

/** The file's name: 十堰…政务服务中心-红灯超期办件-2026-11-24.xlsx (no characters a file system refuses). */
export function exportFileName(hallName: string, table: Pick<ExportTable, 'list'>, date: string): string {
  return `${hallName}-${table.list}-${date}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
}

/**
 * The workbook (.xlsx) of one list: a title row (the hall, the list and the date) over the
 * column headers, frozen when scrolling. exceljs is loaded only when a supervisor exports.
 */
export async function tableWorkbook(table: ExportTable, options: { hallName: string; date: string }) {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = '一窗受理';
  const sheet = book.addWorksheet(table.list.slice(0, 31), { views: [{ state: 'frozen', ySplit: 2 }] });
  const width = Math.max(1, table.columns.length);
  sheet.mergeCells(1, 1, 1, width);
  const title = sheet.getCell(1, 1);
  title.value = `${options.hallName} ${table.list}（${chineseDate(options.date)}）`;
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  const header = sheet.getRow(2);
  table.columns.forEach((c, i) => {
    header.getCell(i + 1).value = c.header;
    sheet.getColumn(i + 1).width = c.width ?? Math.max(10, c.header.length * 2 + 2);
  });
  header.font = { bold: true };
  for (const cells of table.rows) {
    const values = cells.map(cellValue);
    const row = sheet.addRow(values.map((v) => v.value));
    values.forEach((v, i) => {
      if (v.numFmt) row.getCell(i + 1).numFmt = v.numFmt;
    });
  }
  return book;
}

/** Writes the list to an .xlsx and hands it to the browser's download (Electron's the same). */
export async function downloadTable(
  table: ExportTable,
  options: { hallName: string; date: string },
): Promise<string> {
  const book = await tableWorkbook(table, options);
  const bytes = await book.xlsx.writeBuffer();
  const name = exportFileName(options.hallName, table, options.date);
  const url = URL.createObjectURL(
    new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
  );
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** The daily log (窗口收件登记簿) as a table, with the printed log's Chinese headings. */
export function dailyLogTable(list: string, rows: readonly DailyLogRow[]): ExportTable {
  return {
    list,
    columns: [
      { header: '登记时间', width: 22 },
      { header: '办件编号', width: 22 },
      { header: '事项', width: 36 },
      { header: '申请人', width: 24 },
      { header: '收件结果', width: 12 },
      { header: '承诺办结日期', width: 16 },
      { header: '经办人', width: 12 },
      { header: '状态', width: 12 },
    ],
    rows: rows.map((r) => [
      { dateTime: r.at },
      r.caseNumber,
      r.item,
      r.applicant,
      LOG_RESULT_LABELS[r.result],
      r.promisedDate === undefined ? undefined : { date: r.promisedDate },
      r.officer,
      r.state,
    ]),
  };
}
