/** Electronic supervision (电子监察): case clocks, the daily log's rows, monthly statistics. Pure. */
export * from './clock';
export * from './daily-log';
export * from './statistics';
