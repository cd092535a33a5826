/**
 * The document model: what a template produces and the layout engine places on pages. Templates
 * are pure functions from a parsed input to a `DocumentModel`; they never measure text. All
 * lengths are PDF points (1/72 inch); y grows downwards from the top edge of the page until the
 * drawing step flips it.
 */

export type FaceName = 'serif' | 'sans';
export type Weight = 'regular' | 'bold';
export type FontKey = `${FaceName}-${Weight}`;
export function fontParts(key: FontKey): { face: FaceName; weight: Weight } {
  const [face, weight] = key.split('-') as [FaceName, Weight];
  return { face, weight };
}

/** RGB components in 0..1. */
export type Rgb = readonly [number, number, number];
export const BLACK: Rgb = [0, 0, 0];
export const SEAL_RED: Rgb = [0.86, 0.08, 0.1];
export const HEADER_FILL: Rgb = [0.92, 0.92, 0.92];
export const LABEL_FILL: Rgb = [0.96, 0.96, 0.96];

export const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 } as const;

export type TextStyle = { font: FontKey; size: number; color?: Rgb };
export type Align = 'left' | 'center' | 'right';

export type TextBlock = {
  type: 'text';
  text: string;
  style: TextStyle;
  /** 'justify' spreads full lines to the measure, the last line stays left (Chinese body text). */
  align: Align | 'justify';
  /** First-line indent in points (two characters for a Chinese paragraph). */
  indent?: number;
  /** Line height as a multiple of the font size. */
  leading?: number;
  /** Extra space after every character, for spaced titles such as 送 达 回 证. */
  letterSpacing?: number;
  spaceBefore?: number;
  spaceAfter?: number;
  /** A heading: never the last thing on a page, it moves with the start of the next block. */
  keepWithNext?: boolean;
};

export type TableCell = {
  text: string;
  /** Number of columns this cell covers. */
  span?: number;
  align?: Align;
  style?: Partial<TextStyle>;
  fill?: Rgb;
};

export type TableRow = { cells: TableCell[]; minHeight?: number };

export type TableBlock = {
  type: 'table';
  /** Relative widths; the table takes the full measure. */
  columns: number[];
  /** Repeated at the top of every page the table continues on. */
  header?: TableRow;
  rows: TableRow[];
  style: TextStyle;
  headerStyle?: TextStyle;
  padding?: number;
  leading?: number;
  /** Grid lines; false for a borderless layout table (the certificate). */
  borders?: boolean;
  spaceBefore?: number;
  spaceAfter?: number;
};

/** One "label：＿＿＿＿ after" slot of a signature row. */
export type SignatureSlot = { label: string; blank: number; after?: string };

export type SignaturesBlock = {
  type: 'signatures';
  rows: SignatureSlot[][];
  style: TextStyle;
  rowHeight?: number;
  spaceBefore?: number;
  spaceAfter?: number;
};

/** How the seal appears: a configured image, a drawn specimen, or space to stamp by hand. */
export type SealMark =
  | { kind: 'image'; diameter: number }
  | { kind: 'drawn'; diameter: number; ringText: string; centreText: string; specimenText: string }
  | { kind: 'none'; diameter: number };

/** The authority's name and the date, right of centre, under the seal; optionally a QR code at the left. */
export type ClosingBlock = {
  type: 'closing';
  lines: string[];
  style: TextStyle;
  seal: SealMark;
  qr?: QrSpec;
  spaceBefore?: number;
  spaceAfter?: number;
};

export type QrSpec = { payload: string; size: number; caption: string[]; style: TextStyle };

export type SpacerBlock = { type: 'spacer'; height: number };

export type RuleBlock = {
  type: 'rule';
  color: Rgb;
  width: number;
  spaceBefore?: number;
  spaceAfter?: number;
};

/** Blocks that must stay on one page (moved whole to the next page when they do not fit). */
export type KeepBlock = { type: 'keep'; blocks: Block[] };

export type Block =
  TextBlock | TableBlock | SignaturesBlock | ClosingBlock | SpacerBlock | RuleBlock | KeepBlock;

export type PageSpec = {
  orientation: 'portrait' | 'landscape';
  margin: { top: number; right: number; bottom: number; left: number };
  /** Blocks laid at the top of every page (the daily log's title and scope). */
  header?: Block[];
  /** A centred footer line; `{page}` and `{pages}` are replaced. */
  footer?: { text: string; style: TextStyle; onlyWhenSeveralPages?: boolean };
  /** A decorative double frame (certificates). */
  frame?: Rgb;
};

export type DocumentModel = {
  /** PDF metadata title. */
  title: string;
  /** PDF metadata subject (the case number). */
  subject?: string;
  /** Creation date written into the PDF, so that the same input gives the same bytes. */
  createdAt?: Date;
  page: PageSpec;
  blocks: Block[];
  /**
   * Set every style of the document in this one face (weights kept): the receipt, so that it
   * embeds one font (see docs/DECISIONS.md). Absent: serif and sans as the styles say.
   */
  face?: FaceName;
};

// ---- drawing operations: the layout engine's output, in top-down page coordinates ----

export type TextOp = {
  op: 'text';
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  text: string;
  font: FontKey;
  size: number;
  color: Rgb;
  charSpacing?: number;
  /** Degrees, counter-clockwise, about (x, y). */
  rotate?: number;
};
export type LineOp = {
  op: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  width: number;
  color: Rgb;
};
export type RectOp = { op: 'rect'; x: number; y: number; w: number; h: number; fill: Rgb };
export type CircleOp = { op: 'circle'; cx: number; cy: number; r: number; width: number; color: Rgb };
/** A closed polygon, filled (the seal's star). */
export type PolygonOp = { op: 'polygon'; points: Array<readonly [number, number]>; fill: Rgb };
/** The configured seal image, centred at (cx, cy). */
export type SealImageOp = { op: 'seal-image'; cx: number; cy: number; diameter: number };
/**
 * A QR symbol's dark modules as runs of a row (`[row, column, length]`, in modules), the
 * top-left module at (x, y), each module `unit` points square: drawn in module units, which
 * keeps a receipt's QR code to a few hundred bytes.
 */
export type QrOp = {
  op: 'qr';
  x: number;
  y: number;
  unit: number;
  runs: Array<readonly [number, number, number]>;
};
export type DrawOp = TextOp | LineOp | RectOp | CircleOp | PolygonOp | SealImageOp | QrOp;

export type LaidOutPage = { width: number; height: number; ops: DrawOp[] };
