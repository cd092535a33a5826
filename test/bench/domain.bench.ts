import { addWorkingDays, workingDaysBetween } from '../../shared/calendar';
import { demoCatalog } from '../../shared/catalog';
import { applyEvent, checkEvent, evaluateIntake, foldEvents, type CaseState } from '../../shared/domain';
import { checkCreditCode, checkResidentId } from '../../shared/ids';
import { generateLife, MODEL_ITEMS, type LifeStep } from '../unit/shared/domain/life-model';
import { measure, printTable } from './harness';

/** The domain core on the hot paths of a window: intake decisions, ID checks, deadlines, folding a case. */
export async function runDomainBenchmarks(): Promise<void> {
  const lives: LifeStep[][] = [];
  for (let i = 0; lives.length < 200; i++) {
    const code = MODEL_ITEMS[i % MODEL_ITEMS.length] ?? 'KFQ-SJ-001';
    lives.push(
      generateLife(
        code,
        i % 40,
        Array.from({ length: 40 }, (_, k) => (i * 7 + k * 13) % 17),
      ),
    );
  }
  const events = lives.flat();
  const items = demoCatalog.items;

  const rows = [
    await measure(`evaluateIntake × ${items.length} demo items`, () => {
      for (const item of items) {
        evaluateIntake(item, {
          received: item.materials.slice(1).map((m) => m.id),
          situations: [],
          credit: 'normal',
        });
      }
    }),
    await measure('checkResidentId × 1,000', () => {
      for (let i = 0; i < 1000; i++) checkResidentId('11010519491231002X');
    }),
    await measure('checkCreditCode × 1,000', () => {
      for (let i = 0; i < 1000; i++) checkCreditCode('91110000100000000X');
    }),
    await measure('addWorkingDays(…, 20) + workingDaysBetween × 1,000', () => {
      for (let i = 0; i < 1000; i++) workingDaysBetween('2026-01-05', addWorkingDays('2026-01-05', 20));
    }),
    await measure(
      `foldEvents: ${lives.length} cases, ${events.length} events`,
      () => {
        for (const life of lives) foldEvents(life.map((s) => s.event));
      },
      50,
    ),
    await measure(
      `checkEvent + fold: ${events.length} events`,
      () => {
        for (const life of lives) {
          let state: CaseState | undefined;
          for (const step of life) {
            checkEvent(state, step.event, step.role);
            state = applyEvent(state, step.event);
          }
        }
      },
      20,
    ),
  ];
  printTable('Domain core (shared/)', rows);
}
