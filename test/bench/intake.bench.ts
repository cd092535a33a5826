import { chromium, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { printTable, type Measurement } from './harness';

const SERVER_PORT = 4491;
const WEB_PORT = 5291;
const CASES = 100_000;

/** `npm run web` on its own ports and a fresh database; resolves when the counter is served. */
async function startWeb(): Promise<() => Promise<void>> {
  const child = spawn('npx', ['tsx', 'scripts/web.ts'], {
    env: {
      ...process.env,
      PORT: String(SERVER_PORT),
      WEB_PORT: String(WEB_PORT),
      ONEWINDOW_DATA_DIR: mkdtempSync(join(tmpdir(), 'onewindow-bench-')),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout.resume();
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Counter ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`npm run web exited with ${code}`)));
  });
  return () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** A keyboard that counts: officer keys (presses) apart from the applicant's own data (typed). */
class CountingKeyboard {
  officerKeys = 0;
  dataChars = 0;
  constructor(private readonly page: Page) {}
  async press(key: string, count = 1): Promise<void> {
    for (let i = 0; i < count; i++) await this.page.keyboard.press(key);
    this.officerKeys += count;
  }
  /** Text the officer chooses to type (an item search): counted as officer keys. */
  async officerType(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.officerKeys += text.length;
  }
  async data(text: string): Promise<void> {
    await this.page.keyboard.type(text);
    this.dataChars += text.length;
  }
}

function single(name: string, ms: number): Measurement {
  return { name, iterations: 1, medianMs: ms, p95Ms: ms, opsPerSecond: 1000 / Math.max(ms, 0.001) };
}

/**
 * The standard walk-in (KFQ-SJ-002, class A instant, approved on the spot) driven by Playwright
 * in Chromium against `npm run web`, and a search over 100,000 local cases. Prints tables; the
 * step times include the driver's round trip (the UI's own share is smaller). Never asserted.
 */
export async function runIntakeBenchmarks(): Promise<void> {
  const stop = await startWeb();
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const base = `http://127.0.0.1:${WEB_PORT}`;
    const opened = performance.now();
    await page.goto(base);
    await page.getByText(/本机保存了 \d+ 名工作人员/).waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label') === '工号');
    const loginReady = performance.now() - opened;
    const keys = new CountingKeyboard(page);
    const loginStart = performance.now();
    await keys.data('KFQ0101');
    await keys.press('Tab');
    await keys.data('123456');
    await keys.press('Enter');
    await page
      .getByTestId('workbench')
      .waitFor()
      .catch(async (error: unknown) => {
        await page.screenshot({ path: 'test/output/bench/login-failed.png' });
        throw error;
      });
    const workbenchReady = performance.now() - loginStart;
    keys.officerKeys = 0; // the walk-in's keys only: the login is once a session
    keys.dataChars = 0;

    const steps: Measurement[] = [];
    const step = async (name: string, action: () => Promise<void>, ready: () => Promise<unknown>) => {
      const t = performance.now();
      await action();
      await ready();
      steps.push(single(name, performance.now() - t));
    };
    const wizard = page.getByTestId('intake-wizard');
    const at = (s: string) => page.locator(`[data-testid="intake-wizard"][data-step="${s}"]`).waitFor();
    const walkStart = performance.now();
    await step(
      'F2 → applicant step',
      () => keys.press('F2'),
      () => at('applicant'),
    );
    await keys.data('420302199001011237');
    await keys.press('Tab');
    await keys.data('张三');
    await keys.press('Tab');
    await keys.data('13907191234');
    await step(
      'Enter → item step',
      () => keys.press('Enter'),
      () => at('item'),
    );
    await step(
      'search "gtgsh"',
      () => keys.officerType('gtgsh'),
      () => page.getByTestId('item-results').getByText('个体工商户设立登记').waitFor(),
    );
    await step(
      'Enter → situations',
      () => keys.press('Enter'),
      () => at('situations'),
    );
    await step(
      'Enter → materials',
      () => keys.press('Enter'),
      () => at('materials'),
    );
    await step(
      'Alt+A → decision "accept"',
      () => keys.press('Alt+A'),
      () => page.locator('[data-testid="decision"][data-outcome="accept"]').waitFor(),
    );
    await step(
      'Alt+N → confirm',
      () => keys.press('Alt+N'),
      () => at('confirm'),
    );
    await step(
      'Enter → case recorded',
      () => keys.press('Enter'),
      () => page.getByTestId('case-number').waitFor(),
    );
    await step(
      'Enter → approved, certificate',
      () => keys.press('Enter'),
      () => page.getByText(/已制证 KFQ-SJ-002-/).waitFor(),
    );
    const walkMs = performance.now() - walkStart;
    void wizard;

    printTable('Standard walk-in (KFQ-SJ-002), per step (ms, incl. driver round trip)', steps);
    const slowest = steps.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
    console.table([
      { measure: 'officer keystrokes (beyond the applicant data)', value: keys.officerKeys },
      { measure: 'applicant data characters typed', value: keys.dataChars },
      { measure: 'walk-in wall time (ms)', value: Math.round(walkMs) },
      { measure: `slowest step (ms): ${slowest.name}`, value: Math.round(slowest.medianMs) },
      { measure: 'open → login usable (ms)', value: Math.round(loginReady) },
      { measure: 'login → workbench usable (ms)', value: Math.round(workbenchReady) },
    ]);

    // No named functions inside: the page runs this source as given (no bundler helpers there).
    const search = await page.evaluate(async (n) => {
      // The app's own modules, by the URLs Vite serves them under (not resolvable by tsc).
      const modules = ['/db/schema.ts', '/db/case-queries.ts'];
      const { db } = await import(/* @vite-ignore */ modules[0] ?? '');
      const { searchCases } = await import(/* @vite-ignore */ modules[1] ?? '');
      const template = (await db.cases.toArray())[0];
      const rows = Array.from({ length: n }, (_, i) => {
        const number = `W09-2026${String(1 + (i % 12)).padStart(2, '0')}${String(1 + (i % 28)).padStart(2, '0')}-${String(i % 10000).padStart(4, '0')}`;
        return {
          ...template,
          caseId: crypto.randomUUID(),
          caseNumber: `${number}-${i}`,
          searchKeys: [number.toLowerCase(), `申请人${i}`, `139${String(i).padStart(8, '0')}`],
        };
      });
      const fill = performance.now();
      for (let i = 0; i < rows.length; i += 10_000) await db.cases.bulkPut(rows.slice(i, i + 10_000));
      const fillMs = performance.now() - fill;
      const out: Array<{ query: string; median: number; p95: number; hits: number }> = [];
      for (const query of ['13900012', '申请人9999', 'w09-20260505']) {
        const samples: number[] = [];
        let hits = 0;
        for (let k = 0; k < 21; k++) {
          const t = performance.now();
          hits = (await searchCases(db, query)).length;
          samples.push(performance.now() - t);
        }
        samples.sort((a, b) => a - b);
        out.push({ query, median: samples[10] ?? 0, p95: samples[19] ?? 0, hits });
      }
      return { fillMs, out };
    }, CASES);
    printTable(
      `Workbench search over ${CASES.toLocaleString('en-US')} local cases (filled in ${Math.round(search.fillMs)} ms; at most 50 hits)`,
      search.out.map((r) => ({
        name: `"${r.query}" (${r.hits} hits)`,
        iterations: 21,
        medianMs: r.median,
        p95Ms: r.p95,
        opsPerSecond: 1000 / Math.max(r.median, 0.001),
      })),
    );
  } finally {
    await browser.close();
    await stop();
  }
}
