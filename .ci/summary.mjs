// Sums the JSON reports of every suite into the one closing line CI reads: "N passed, N failed".
// A step without tests of its own (lint, typecheck, build) counts as one failure when it fails,
// and so does a test step that failed without a failing test in its report (a crashed runner),
// so a red run can never print "0 failed".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir] = process.argv.slice(2);
const TEST_STEPS = new Set(['test', 'test:pg', 'test:devices']);

function counts(report) {
  if (report.stats)
    return { passed: report.stats.expected + report.stats.flaky, failed: report.stats.unexpected };
  // Vitest: a file that failed to load is a failed suite with no failed test in it.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults?.some((a) => a.status === 'failed'),
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

let passed = 0;
let failed = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const c = counts(JSON.parse(readFileSync(join(dir, file), 'utf8')));
  console.log(`${file.replace(/\.json$/, '')}: ${c.passed} passed, ${c.failed} failed`);
  passed += c.passed;
  failed += c.failed;
}

const stepsFile = join(dir, 'failed-steps.txt');
const failedSteps = existsSync(stepsFile) ? readFileSync(stepsFile, 'utf8').trim().split('\n') : [];
failed += failedSteps.filter((s) => !TEST_STEPS.has(s)).length;
if (failedSteps.some((s) => TEST_STEPS.has(s)) && failed === 0) failed = 1;
if (failedSteps.length > 0) console.log(`failed steps: ${failedSteps.join(', ')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
