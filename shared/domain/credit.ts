import { z } from 'zod';

/**
 * The applicant's credit as the reference data reports it at intake. `dishonest` covers the
 * dishonesty list (失信名单) and an earlier broken tolerance commitment not yet repaired: both
 * exclude tolerance (DOMAIN.md). `good` is the green channel (绿色通道); the rules treat it like
 * `normal` except for the words shown to the officer.
 */
export const CREDITS = ['good', 'normal', 'dishonest'] as const;
export const creditSchema = z.enum(CREDITS);
export type Credit = z.infer<typeof creditSchema>;

export const CREDIT_LABELS: Readonly<Record<Credit, string>> = {
  good: '信用良好',
  normal: '信用一般',
  dishonest: '失信',
};
