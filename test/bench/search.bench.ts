import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { demoCatalog } from '../../shared/catalog';
import type { CaseState } from '../../shared/domain';
import { caseRow } from '../../renderer/db/case-repository';
import { searchKeysOf } from '../../renderer/db/search-keys';
import { demoDay } from '../fixtures/demo-day';
import {
  counterContext,
  cpuPerKey,
  enroll,
  login,
  median,
  newCounterPage,
  Officer,
  tid,
  workbenchUsable,
} from './intake.bench';
import { launchChromium, startPreview } from './preview';

const SERVER_PORT = 4452;
const WEB_PORT = 5252;
const CASES = 100_000;
/** The limit for one key of the search over 100,000 local cases. */
const LIMIT_MS = 50;
const CHUNK = 10_000;

const WORDS = [
  '星光',
  '华信',
  '汉江',
  '东风',
  '武当',
  '鑫源',
  '恒通',
  '广源',
  '瑞丰',
  '金桥',
  '车城',
  '百川',
];
const KINDS = ['广告', '商贸', '建材', '餐饮', '物流', '科技', '汽配', '置业'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '丽', '强', '磊', '建国'];
const ITEMS = demoCatalog.items.map((i) => i.name);

/** The varying fields of bench case `i`: a company every third case, the catalog's items in turn. */
function benchCase(i: number) {
  const name =
    i % 3 === 0
      ? `十堰${WORDS[i % WORDS.length]}${KINDS[(i >> 2) % KINDS.length]}有限公司`
      : `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i >> 3) % GIVEN.length]}`;
  const number = `W09-2026${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}-${String(i % 10000).padStart(4, '0')}`;
  return {
    caseId: `bench-${i}`,
    caseNumber: `${number}-${i}`,
    name,
    idNumber: `4203021990${String(i).padStart(8, '0')}`,
    phone: `139${String(i).padStart(8, '0')}`,
    item: ITEMS[i % ITEMS.length] ?? '',
  };
}
type BenchCase = ReturnType<typeof benchCase>;

function stateOf(template: CaseState, c: BenchCase): CaseState {
  return {
    ...template,
    caseId: c.caseId,
    caseNumber: c.caseNumber,
    applicant: { ...template.applicant, name: c.name, idNumber: c.idNumber, phone: c.phone },
    item: { ...template.item, name: c.item },
  };
}

/** The keys the search had before issue 12 (schema version 3): the four fields whole, lower-cased. */
function prefixKeys(c: BenchCase): string[] {
  return [c.caseNumber, c.name, c.idNumber, c.phone].map((k) => k.toLowerCase());
}

/**
 * Writes the bench cases into the app's IndexedDB with the raw API: the template row with each
 * case's fields and `keys(case)` as its search keys (all rows replaced).
 */
async function fillCases(page: Page, template: CaseState, keys: (c: BenchCase) => string[]): Promise<number> {
  const started = performance.now();
  const row = caseRow(template, template.lastEventAt);
  for (let at = 0; at < CASES; at += CHUNK) {
    const chunk = Array.from({ length: Math.min(CHUNK, CASES - at) }, (_, k) => {
      const c = benchCase(at + k);
      return { ...c, keys: keys(c) };
    });
    await page.evaluate(
      async ({ row, chunk }) => {
        const open = indexedDB.open('onewindow');
        const idb = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = idb.transaction('cases', 'readwrite');
        const store = tx.objectStore('cases');
        for (const c of chunk)
          store.put({
            ...row,
            caseId: c.caseId,
            caseNumber: c.caseNumber,
            registeredOn: '2026-01-01',
            searchKeys: c.keys,
            state: {
              ...row.state,
              caseId: c.caseId,
              caseNumber: c.caseNumber,
              applicant: { ...row.state.applicant, name: c.name, idNumber: c.idNumber, phone: c.phone },
              item: { ...row.state.item, name: c.item },
            },
          });
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        idb.close();
      },
      { row, chunk },
    );
  }
  return performance.now() - started;
}

interface Typed {
  query: string;
  /** searchCases' own time per key (the `ow:case-search` measure). */
  queryMs: number[];
  /** Key event → first frame showing that key's results. */
  paintedMs: number[];
  ids: number[];
}

/** Types `query` key by key into the workbench search (cleared first), each key timed. */
async function typeSearch(page: Page, query: string): Promise<Typed> {
  const officer = new Officer(page, true);
  const inBox = await page.evaluate(
    () => document.activeElement?.getAttribute('data-testid') === 'case-search',
  );
  await page.keyboard.press(inBox ? 'Escape' : '/');
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'case-search');
  await page.evaluate(() => performance.clearMeasures('ow:case-search'));
  await officer.step(query, () =>
    officer.officerType(query, tid('case-search'), (typed) => ({
      selector: `[data-searched="${typed}"] tr.ow-case-row`,
    })),
  );
  const queryMs = await page.evaluate(() =>
    performance.getEntriesByName('ow:case-search').map((e) => e.duration),
  );
  const measured = officer.timings[0]?.measured ?? [];
  return { query, queryMs, paintedMs: measured.map((k) => k.ms), ids: measured.map((k) => k.id) };
}

const worst = (xs: readonly number[]) => Math.max(0, ...xs);

/**
 * `npm run bench` (search part): the workbench search over 100,000 local cases on the production
 * build in Chromium, typed key by key. First the cases carry the keys of the search before issue
 * 12 (whole fields: today's prefix search, the baseline); then every case's keys are made by
 * searchKeysOf (any part of a name or item, the last 4 of an ID or phone) and the same prefix
 * queries, then the new kinds, are typed again. Each row: its slowest key beside the baseline's
 * slowest key and the 50 ms limit, with the ratio. Read, never asserted.
 */
export async function runSearchBenchmarks(): Promise<void> {
  const { code, stop } = await startPreview({ server: SERVER_PORT, web: WEB_PORT });
  const browser = await launchChromium();
  mkdirSync('test/output/bench', { recursive: true });
  try {
    const context = await counterContext(browser, WEB_PORT);
    const page = await newCounterPage(context);
    await enroll(page, code);
    await login(page);
    await workbenchUsable(page);

    const template = demoDay({ date: '2026-01-01', count: 1 }).cases[0];
    if (!template) throw new Error('no demo case');
    const prefixQueries = ['13900012345', 'w09-20260505'];
    const last4 = benchCase(54_321).idNumber.slice(-4);
    const newQueries = [
      '星光',
      '星光广告有限公司',
      '广告',
      last4,
      last4.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)),
    ];

    await browser.startTracing(page, { categories: ['blink.user_timing'] });
    const fillOld = await fillCases(page, template, prefixKeys);
    await page.reload();
    await workbenchUsable(page);
    await typeSearch(page, 'w'); // warm-up after the reload (first read of the index), not counted
    const before: Typed[] = [];
    for (const q of prefixQueries) before.push(await typeSearch(page, q));

    const fillNew = await fillCases(page, template, (c) => searchKeysOf(stateOf(template, c)));
    await page.reload();
    await workbenchUsable(page);
    await typeSearch(page, 'w');
    const after: Typed[] = [];
    for (const q of [...prefixQueries, ...newQueries]) after.push(await typeSearch(page, q));
    const cpu = cpuPerKey(await browser.stopTracing());
    await page.screenshot({ path: 'test/output/bench/search-100k.png' });

    const baseline = before.find((t) => t.query === prefixQueries[0]);
    const base = (t: Typed) => before.find((b) => b.query === t.query) ?? baseline;
    const row = (t: Typed, kind: string) => {
      const b = base(t);
      const painted = worst(t.paintedMs);
      const basePainted = worst(b?.paintedMs ?? []);
      return {
        search: `"${t.query}" ${kind}`,
        keys: t.paintedMs.length,
        'query ms (median / worst)': `${median(t.queryMs).toFixed(1)} / ${worst(t.queryMs).toFixed(1)}`,
        'key → painted, worst ms': painted.toFixed(1),
        'main-thread CPU, worst key ms': worst(t.ids.map((id) => cpu.get(id) ?? 0)).toFixed(1),
        "baseline: today's prefix search": `"${b?.query ?? '?'}"`,
        'baseline, worst ms': basePainted.toFixed(1),
        'limit ms': LIMIT_MS,
        'ratio (worst / baseline worst)': (painted / Math.max(basePainted, 0.001)).toFixed(2),
      };
    };
    console.log(
      `\nWorkbench search over ${CASES.toLocaleString('en-US')} local cases, one search per key (production build, Chromium). Filled in ${Math.round(fillOld)} ms with the old keys, ${Math.round(fillNew)} ms with the new ones.`,
    );
    console.table([
      ...before.map((t) => ({ ...row(t, '(baseline: keys before issue 12)') })),
      ...after.map((t) =>
        row(
          t,
          prefixQueries.includes(t.query)
            ? '(prefix, new keys)'
            : t.query.length === 4 || /^[０-９]+$/.test(t.query)
              ? '(last 4 of an ID)'
              : '(part of a name or item)',
        ),
      ),
    ]);
    await context.close();
  } finally {
    await browser.close();
    await stop();
  }
}
