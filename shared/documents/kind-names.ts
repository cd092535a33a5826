import { z } from 'zod';

/** The documents a window prints; a module of its own so that settings can name them without the templates. */
export const DOCUMENT_KINDS = [
  'receipt',
  'missing-notice',
  'tolerance-notice',
  'tolerance-commitment',
  'refusal',
  'decision',
  'certificate',
  'delivery-receipt',
  'daily-log',
  'termination-notice',
  'correction-notice',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const documentKindSchema = z.enum(DOCUMENT_KINDS);

export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  receipt: '受理通知书（收件回执）',
  'missing-notice': '一次性告知书（补正材料通知书）',
  'tolerance-notice': '容缺受理通知书',
  'tolerance-commitment': '容缺受理承诺书',
  refusal: '不予受理通知书',
  decision: '准予（不予）行政许可决定书',
  certificate: '证照',
  'delivery-receipt': '送达回证',
  'daily-log': '窗口收件登记簿',
  'termination-notice': '终止办理通知书',
  'correction-notice': '补正材料通知书（审查中补正）',
};
