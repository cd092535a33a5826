/**
 * Electronic supervision (电子监察): case clocks, the daily log's rows, monthly statistics, the hall's
 * tolerance rule. Pure.
 */
export * from './clock';
export * from './daily-log';
export * from './statistics';
export * from './tolerance-default';
export * from './promise-review';
