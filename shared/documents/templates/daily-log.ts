import { z } from 'zod';
import { chineseDate, chineseDateTime, clockTime } from '../format';
import { MM, type Block, type DocumentModel, type TableRow, type TextStyle } from '../model';
import { caseRefSchema, hallInfoSchema, isoDateSchema, isoDateTimeSchema, text } from '../schemas';
import { pdfDate, signatureDate } from './common';

export const LOG_RESULTS = ['accepted', 'tolerance', 'missing', 'refused'] as const;
export type LogResult = (typeof LOG_RESULTS)[number];
export const LOG_RESULT_LABELS: Readonly<Record<LogResult, string>> = {
  accepted: '受理',
  tolerance: '容缺受理',
  missing: '一次性告知',
  refused: '不予受理',
};

export const logRowSchema = z.strictObject({
  /** When the case was registered (only the wall-clock time is printed). */
  at: isoDateTimeSchema,
  caseNumber: caseRefSchema.caseNumber,
  item: text(100),
  applicant: text(100),
  result: z.enum(LOG_RESULTS),
  promisedDate: isoDateSchema.optional(),
  officer: text(20),
  /** The case's state as shown (已受理, 审批中, 已办结 …). */
  state: text(20),
});

/** 窗口收件登记簿: one window's (or the whole hall's) cases of one day. */
export const dailyLogInputSchema = z.strictObject({
  hall: hallInfoSchema,
  date: isoDateSchema,
  /** The window's name; absent for the whole hall. */
  window: text(40).optional(),
  rows: z.array(logRowSchema).max(5000),
  printedAt: isoDateTimeSchema.optional(),
});
export type DailyLogInput = z.output<typeof dailyLogInputSchema>;

const TABLE: TextStyle = { font: 'sans-regular', size: 9 };
const TABLE_HEADER: TextStyle = { font: 'sans-bold', size: 9 };
const META: TextStyle = { font: 'sans-regular', size: 10 };
const HEADERS = [
  '序号',
  '时间',
  '办件编号',
  '事项名称',
  '申请人',
  '受理结果',
  '承诺办结日期',
  '经办人',
  '状态',
];
const COLUMNS = [0.5, 0.55, 1.45, 2.75, 2.0, 0.95, 1.35, 0.7, 1.05];

export function logTotals(rows: ReadonlyArray<{ result: LogResult }>): Record<LogResult, number> {
  const totals: Record<LogResult, number> = { accepted: 0, tolerance: 0, missing: 0, refused: 0 };
  for (const row of rows) totals[row.result] += 1;
  return totals;
}

export function buildDailyLog(input: DailyLogInput): DocumentModel {
  const scope = input.window ?? '全大厅';
  const totals = logTotals(input.rows);
  const totalsText = LOG_RESULTS.map((r) => `${LOG_RESULT_LABELS[r]} ${totals[r]} 件`).join('，');
  const header: Block[] = [
    {
      type: 'text',
      text: '窗口收件登记簿',
      style: { font: 'serif-bold', size: 16 },
      align: 'center',
      letterSpacing: 4,
      leading: 1.4,
    },
    {
      type: 'text',
      text:
        `${input.hall.name}\u3000${scope}\u3000日期：${chineseDate(input.date)}\u3000共 ${input.rows.length} 件` +
        (input.printedAt ? `\u3000打印时间：${chineseDateTime(input.printedAt)}` : ''),
      style: META,
      align: 'center',
      leading: 1.5,
      spaceAfter: 4,
    },
  ];
  const rows: TableRow[] = input.rows.map((r, i) => ({
    cells: [
      { text: String(i + 1), align: 'center' },
      { text: clockTime(r.at), align: 'center' },
      { text: r.caseNumber },
      { text: r.item },
      { text: r.applicant },
      { text: LOG_RESULT_LABELS[r.result], align: 'center' },
      { text: r.promisedDate ? chineseDate(r.promisedDate) : '—', align: 'center' },
      { text: r.officer, align: 'center' },
      { text: r.state, align: 'center' },
    ],
  }));
  const blocks: Block[] = [
    {
      type: 'table',
      columns: COLUMNS,
      header: { cells: HEADERS.map((text) => ({ text, align: 'center' })) },
      rows:
        rows.length > 0 ? rows : [{ cells: [{ text: '当日无收件', span: HEADERS.length, align: 'center' }] }],
      style: TABLE,
      headerStyle: TABLE_HEADER,
      padding: 3,
      leading: 1.35,
      spaceAfter: 8,
    },
    {
      type: 'keep',
      blocks: [
        {
          type: 'table',
          columns: [1.2, 1, 1, 1, 1, 1],
          header: {
            cells: ['受理结果', ...LOG_RESULTS.map((r) => LOG_RESULT_LABELS[r]), '合计'].map((text) => ({
              text,
              align: 'center' as const,
            })),
          },
          rows: [
            {
              cells: [
                { text: '件数', align: 'center' },
                ...LOG_RESULTS.map((r) => ({ text: String(totals[r]), align: 'center' as const })),
                { text: String(input.rows.length), align: 'center' },
              ],
            },
          ],
          style: { font: 'sans-regular', size: 10 },
          headerStyle: { font: 'sans-bold', size: 10 },
          padding: 3,
          spaceAfter: 4,
        },
        {
          type: 'text',
          text: `合计 ${input.rows.length} 件：${totalsText}。`,
          style: META,
          align: 'left',
        },
        {
          type: 'signatures',
          style: { font: 'sans-regular', size: 10.5 },
          rows: [
            [
              { label: '登记人（签字）：', blank: 110 },
              { label: '大厅负责人（审核签字）：', blank: 110 },
              signatureDate('审核日期：'),
            ],
          ],
          spaceBefore: 6,
        },
      ],
    },
  ];
  return {
    title: `窗口收件登记簿 ${scope} ${input.date}`,
    createdAt: pdfDate(input.printedAt ?? input.date),
    page: {
      orientation: 'landscape',
      margin: { top: 14 * MM, right: 14 * MM, bottom: 16 * MM, left: 14 * MM },
      header,
      footer: { text: '第 {page} 页 共 {pages} 页', style: { font: 'sans-regular', size: 9 } },
    },
    blocks,
  };
}
