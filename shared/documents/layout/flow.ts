import {
  A4,
  BLACK,
  type Block,
  type DrawOp,
  type FontKey,
  type LaidOutPage,
  type PageSpec,
  type TextOp,
  type TextStyle,
} from '../model';

/** Width in points of `text` set in `font` at `size` (no kerning: the fonts carry no GPOS). */
export type WidthFn = (font: FontKey, size: number, text: string) => number;

/** Where the baseline sits in a line box: the ideographic em box is centred, 88% of it above the baseline. */
export function baselineIn(lineHeight: number, size: number): number {
  return (lineHeight - size) / 2 + size * 0.88;
}

export class LayoutOverflowError extends Error {
  override readonly name = 'LayoutOverflowError';
}

/**
 * The cursor of the layout: the current page, its ops, and the y of the next block. A flow made
 * with `measuring: true` has one endless page and is used to measure blocks that must stay together.
 */
export class PageFlow {
  readonly pages: LaidOutPage[] = [];
  readonly pageWidth: number;
  readonly pageHeight: number;
  y = 0;
  private contentTop = 0;

  constructor(
    readonly spec: PageSpec,
    readonly width: WidthFn,
    private readonly layBlocks: (flow: PageFlow, blocks: Block[]) => void,
    readonly measuring = false,
  ) {
    const portrait = spec.orientation === 'portrait';
    this.pageWidth = portrait ? A4.width : A4.height;
    this.pageHeight = portrait ? A4.height : A4.width;
  }

  get left(): number {
    return this.spec.margin.left;
  }
  get right(): number {
    return this.pageWidth - this.spec.margin.right;
  }
  get contentWidth(): number {
    return this.right - this.left;
  }
  get bottom(): number {
    return this.measuring ? Number.POSITIVE_INFINITY : this.pageHeight - this.spec.margin.bottom;
  }
  get atTop(): boolean {
    return this.y <= this.contentTop + 0.01;
  }
  get ops(): DrawOp[] {
    const page = this.pages.at(-1);
    if (!page) throw new Error('PageFlow: no page started');
    return page.ops;
  }

  /** The space left on this page. */
  get remaining(): number {
    return this.bottom - this.y;
  }

  newPage(): void {
    this.pages.push({ width: this.pageWidth, height: this.pageHeight, ops: [] });
    this.y = this.spec.margin.top;
    if (this.spec.frame) this.drawFrame();
    if (this.spec.header && !this.measuring) {
      this.layBlocks(this, this.spec.header);
      if (this.pages.length > 1 && this.y > this.bottom) {
        throw new LayoutOverflowError('页眉高于页面可用高度');
      }
    }
    this.contentTop = this.y;
  }

  /** Starts a new page unless `height` still fits here (or we are at the top, where nothing more can be gained). */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }

  /** Space before a block, dropped at the top of a page. */
  space(height: number | undefined): void {
    if (height && !this.atTop) this.y += height;
  }

  textWidth(style: TextStyle, text: string): number {
    return this.width(style.font, style.size, text);
  }

  text(x: number, y: number, text: string, style: TextStyle, extra: Partial<TextOp> = {}): void {
    if (text === '') return;
    this.ops.push({
      op: 'text',
      x,
      y,
      text,
      font: style.font,
      size: style.size,
      color: style.color ?? BLACK,
      ...extra,
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, width = 0.6, color = BLACK): void {
    this.ops.push({ op: 'line', x1, y1, x2, y2, width, color });
  }

  /** Height that `blocks` take, laid on an endless page of the same width. */
  measure(blocks: Block[]): number {
    const scratch = new PageFlow(this.spec, this.width, this.layBlocks, true);
    scratch.newPage();
    const start = scratch.y;
    this.layBlocks(scratch, blocks);
    return scratch.y - start;
  }

  private drawFrame(): void {
    const color = this.spec.frame ?? BLACK;
    const outer = 22;
    const inner = 27;
    const ops = this.ops;
    const rect = (inset: number, width: number) => {
      const x1 = inset;
      const y1 = inset;
      const x2 = this.pageWidth - inset;
      const y2 = this.pageHeight - inset;
      ops.push(
        { op: 'line', x1, y1, x2, y2: y1, width, color },
        { op: 'line', x1: x2, y1, x2, y2, width, color },
        { op: 'line', x1: x2, y1: y2, x2: x1, y2, width, color },
        { op: 'line', x1, y1: y2, x2: x1, y2: y1, width, color },
      );
    };
    rect(outer, 2.2);
    rect(inner, 0.7);
  }
}
