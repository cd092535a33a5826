import { renderDocumentDetailed } from '../../shared/documents';
import { demoHall } from '../../shared/demo/hall';
import { caseClock, dailyLog, monthlyStatistics } from '../../shared/supervision';
import { nodeRenderDeps } from '../../scripts/node/fonts';
import { demoDay } from '../fixtures/demo-day';
import { measure, printTable } from './harness';

/** The supervisor's day on one device: 2,000 cases of the demo hall (test/fixtures/demo-day.ts). */
export async function runSupervisionBenchmarks(): Promise<void> {
  const day = demoDay({ count: 2000 });
  const names = new Map(demoHall.officers.map((o) => [o.id, o.name]));
  const officerName = (id: string) => names.get(id);
  const deps = await nodeRenderDeps();
  const hall = { name: demoHall.name, authority: demoHall.authority, seal: { kind: 'drawn' as const } };
  let pages = 0;
  let bytes = 0;
  const rows = [
    await measure(
      `dashboard figures: clocks + totals of ${day.cases.length} cases`,
      () => {
        for (const c of day.cases) caseClock(c, '2026-11-26');
        dailyLog(day.cases, { date: day.date, officerName });
        monthlyStatistics(day.cases, '2026-11');
      },
      20,
    ),
    await measure(
      `daily log rows of the hall, ${day.cases.length} cases`,
      () => dailyLog(day.cases, { date: day.date, officerName }),
      20,
    ),
    await measure(
      `daily log PDF of the hall, ${day.cases.length} rows`,
      async () => {
        const log = dailyLog(day.cases, { date: day.date, officerName });
        const result = await renderDocumentDetailed(
          'daily-log',
          { hall, date: day.date, rows: log.rows },
          deps,
        );
        pages = result.pageCount;
        bytes = result.bytes.length;
      },
      5,
    ),
  ];
  printTable('Supervision (shared/supervision, the hall daily log)', rows);
  console.log(`daily log PDF: ${pages} pages, ${(bytes / 1024).toFixed(0)} KB`);
}
