import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

export interface Measurement {
  name: string;
  iterations: number;
  medianMs: number;
  p95Ms: number;
  opsPerSecond: number;
}

/** Runs `fn` `iterations` times after a warm-up and reports per-call timings. Never asserted. */
export async function measure(name: string, fn: () => unknown, iterations = 1000): Promise<Measurement> {
  for (let i = 0; i < Math.min(50, iterations); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? 0;
  const total = samples.reduce((s, x) => s + x, 0);
  return { name, iterations, medianMs: at(0.5), p95Ms: at(0.95), opsPerSecond: (iterations / total) * 1000 };
}

export function machineLine(): string {
  const cpu = cpus();
  return `machine: ${cpu[0]?.model ?? 'unknown cpu'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}/${process.arch}`;
}

/**
 * A table of measurements under its title; rows that carry the issue's `target` get it in a last
 * column. `digits`: decimals of the ms columns (4 for microbenchmarks, fewer for HTTP).
 */
export function printTable(
  title: string,
  rows: ReadonlyArray<Measurement & { target?: string }>,
  options: { digits?: number } = {},
): void {
  const digits = options.digits ?? 4;
  console.log(`\n${title}`);
  console.table(
    rows.map((r) => ({
      benchmark: r.name,
      iterations: r.iterations,
      'median ms': r.medianMs.toFixed(digits),
      'p95 ms': r.p95Ms.toFixed(digits),
      'ops/s': Math.round(r.opsPerSecond).toLocaleString('en-US'),
      ...(r.target === undefined ? {} : { target: r.target }),
    })),
  );
}
