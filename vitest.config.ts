import { defineConfig } from 'vitest/config';

// Two projects so that `npm run test:pg` can run the server suites alone against PostgreSQL.
// A JSON report is written when ONEWINDOW_REPORT_DIR is set (.ci/run sums the counts).
const reportDir = process.env['ONEWINDOW_REPORT_DIR'];

export default defineConfig({
  test: {
    reporters: reportDir
      ? [
          'default',
          [
            'json',
            { outputFile: `${reportDir}/vitest-${process.env['ONEWINDOW_REPORT_NAME'] ?? 'unit'}.json` },
          ],
        ]
      : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          exclude: ['test/unit/server/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          include: ['test/unit/server/**/*.test.ts', 'test/faults/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Real devices: a CUPS queue and a SANE scanner (scripts/setup-cups.sh, setup-sane.sh).
        // Not part of `npm test`, which must pass on a machine without them; CI runs it.
        test: {
          name: 'devices',
          include: ['test/printer/**/*.test.ts', 'test/scanner/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
    ],
  },
});
