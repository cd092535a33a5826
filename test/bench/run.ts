import { runDocumentBenchmarks } from './documents.bench';
import { runDomainBenchmarks } from './domain.bench';
import { machineLine } from './harness';
import { runIntakeBenchmarks } from './intake.bench';
import { runScanningBenchmarks } from './scanning.bench';
import { runSearchBenchmarks } from './search.bench';
import { runSupervisionBenchmarks } from './supervision.bench';
import { runSyncBenchmarks } from './sync.bench';

// `npm run bench`: every benchmark of the project, printed as tables with the machine noted.
// Timings are read by people and compared between runs; no test asserts them.
console.log(machineLine());
await runDomainBenchmarks();
await runDocumentBenchmarks();
await runSupervisionBenchmarks();
await runSyncBenchmarks();
await runIntakeBenchmarks();
await runSearchBenchmarks();
await runScanningBenchmarks();
