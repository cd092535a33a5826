import type { PDFDocument, PDFImage, PDFName, PDFPage } from 'pdf-lib';
import { ascii, pdfStream, type Deflate, type EmbeddedFont } from './embed-font';
import { fontParts, type DrawOp, type FontKey, type LaidOutPage, type Rgb, type TextOp } from './model';

export type DrawResources = {
  fonts: Map<FontKey, EmbeddedFont>;
  sealImage?: PDFImage;
  deflate?: Deflate;
};

/**
 * Writes laid-out pages into `doc`. Each page's content stream is written as PDF operator text
 * directly (consecutive text shares one BT…ET; fonts, colours and widths are set only when they
 * change) and compressed once: for a 1,000-row log this is most of the rendering time.
 */
export async function drawPages(
  doc: PDFDocument,
  pages: LaidOutPage[],
  resources: DrawResources,
): Promise<void> {
  for (const laid of pages) {
    const page = doc.addPage([laid.width, laid.height]);
    const content = new ContentWriter(page, laid.height, resources).write(laid.ops);
    page.node.addContentStream(await pdfStream(doc, ascii(content), {}, resources.deflate));
  }
}

/**
 * Bold is the regular face filled and stroked in its own colour (text rendering mode 2), the
 * stroke this fraction of the size wide: a document embeds one font per face instead of two,
 * and stroked Noto Serif SC at 1/30 em is about as heavy as its Bold at title sizes.
 */
export const BOLD_STROKE_EM = 1 / 30;

/** Numbers as PDF wants them: at most 3 decimals, no exponent, no trailing zeros. */
function n(value: number): string {
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function rgb(color: Rgb): string {
  return `${n(color[0])} ${n(color[1])} ${n(color[2])}`;
}

class ContentWriter {
  private readonly out: string[] = [];
  private readonly fontNames = new Map<EmbeddedFont, PDFName>();
  private inText = false;
  private font = '';
  private fill = '0 0 0';
  private stroke = '0 0 0';
  private lineWidth = 1;
  private charSpacing = 0;
  private renderMode = 0;
  private pathOpen = false;

  constructor(
    private readonly page: PDFPage,
    private readonly height: number,
    private readonly resources: DrawResources,
  ) {}

  write(ops: DrawOp[]): string {
    for (const op of ops) {
      if (op.op !== 'line') this.endPath();
      if (op.op !== 'text' || op.rotate) this.endText();
      switch (op.op) {
        case 'text':
          if (op.rotate) this.isolatedText(op);
          else this.text(op);
          break;
        case 'line': {
          const color = rgb(op.color);
          if (this.pathOpen && (color !== this.stroke || op.width !== this.lineWidth)) this.endPath();
          if (color !== this.stroke) this.out.push(`${color} RG`);
          if (op.width !== this.lineWidth) this.out.push(`${n(op.width)} w`);
          this.stroke = color;
          this.lineWidth = op.width;
          this.out.push(`${n(op.x1)} ${n(this.height - op.y1)} m ${n(op.x2)} ${n(this.height - op.y2)} l`);
          this.pathOpen = true;
          break;
        }
        case 'rect':
          this.setFill(op.fill);
          this.out.push(`${n(op.x)} ${n(this.height - op.y - op.h)} ${n(op.w)} ${n(op.h)} re f`);
          break;
        case 'circle':
          this.isolated(() => {
            const cy = this.height - op.cy;
            const k = 0.5522847498 * op.r;
            const { cx, r } = op;
            this.out.push(
              `${rgb(op.color)} RG ${n(op.width)} w`,
              `${n(cx + r)} ${n(cy)} m`,
              `${n(cx + r)} ${n(cy + k)} ${n(cx + k)} ${n(cy + r)} ${n(cx)} ${n(cy + r)} c`,
              `${n(cx - k)} ${n(cy + r)} ${n(cx - r)} ${n(cy + k)} ${n(cx - r)} ${n(cy)} c`,
              `${n(cx - r)} ${n(cy - k)} ${n(cx - k)} ${n(cy - r)} ${n(cx)} ${n(cy - r)} c`,
              `${n(cx + k)} ${n(cy - r)} ${n(cx + r)} ${n(cy - k)} ${n(cx + r)} ${n(cy)} c h S`,
            );
          });
          break;
        case 'polygon':
          this.isolated(() => {
            const path = op.points.map(([x, y], i) => `${n(x)} ${n(this.height - y)} ${i === 0 ? 'm' : 'l'}`);
            this.out.push(`${rgb(op.fill)} rg`, ...path, 'h f');
          });
          break;
        case 'qr':
          this.isolated(() => {
            // Module units, y down from the symbol's top-left corner. Rows overlap by a hair so
            // that no white seam shows between them when rasterised.
            this.out.push(`0 0 0 rg ${n(op.unit)} 0 0 ${n(-op.unit)} ${n(op.x)} ${n(this.height - op.y)} cm`);
            for (const [row, col, length] of op.runs) this.out.push(`${col} ${row} ${length} 1.01 re`);
            this.out.push('f');
          });
          break;
        case 'seal-image': {
          const image = this.resources.sealImage;
          if (!image) break;
          const name = this.page.node.newXObject('Seal', image.ref);
          const scale = op.diameter / Math.max(image.width, image.height);
          const w = image.width * scale;
          const h = image.height * scale;
          this.isolated(() => {
            this.out.push(
              `${n(w)} 0 0 ${n(h)} ${n(op.cx - w / 2)} ${n(this.height - op.cy - h / 2)} cm ${name} Do`,
            );
          });
          break;
        }
      }
    }
    this.endPath();
    this.endText();
    return this.out.join('\n');
  }

  private fontName(font: FontKey): PDFName {
    const embedded = this.embedded(font);
    let name = this.fontNames.get(embedded);
    if (!name) {
      name = this.page.node.newFontDictionary(embedded.baseName.replace(/^.*\+/, ''), embedded.ref);
      this.fontNames.set(embedded, name);
    }
    return name;
  }

  private embedded(font: FontKey): EmbeddedFont {
    const embedded = this.resources.fonts.get(font);
    if (!embedded) throw new Error(`font ${font} was not embedded`);
    return embedded;
  }

  private text(op: TextOp): void {
    if (!this.inText) {
      this.out.push('BT');
      this.inText = true;
    }
    const font = `${this.fontName(op.font)} ${n(op.size)} Tf`;
    if (font !== this.font) {
      this.out.push(font);
      this.font = font;
    }
    this.setFill(op.color);
    this.setWeight(op);
    const spacing = op.charSpacing ?? 0;
    if (spacing !== this.charSpacing) {
      this.out.push(`${n(spacing)} Tc`);
      this.charSpacing = spacing;
    }
    this.out.push(
      `1 0 0 1 ${n(op.x)} ${n(this.height - op.y)} Tm ${this.embedded(op.font).encode(op.text)} Tj`,
    );
  }

  /** Rotated text (the seal's ring) in its own graphics state. */
  private isolatedText(op: TextOp): void {
    this.isolated(() => {
      const a = ((op.rotate ?? 0) * Math.PI) / 180;
      const [cos, sin] = [Math.cos(a), Math.sin(a)];
      const bold = fontParts(op.font).weight === 'bold';
      const weight = bold ? ` ${rgb(op.color)} RG ${n(op.size * BOLD_STROKE_EM)} w 2 Tr` : ' 0 Tr';
      this.out.push(
        `BT ${this.fontName(op.font)} ${n(op.size)} Tf ${rgb(op.color)} rg 0 Tc${weight}`,
        `${n(cos)} ${n(sin)} ${n(-sin)} ${n(cos)} ${n(op.x)} ${n(this.height - op.y)} Tm`,
        `${this.embedded(op.font).encode(op.text)} Tj ET`,
      );
    });
  }

  /**
   * Drawing inside q…Q. No transparency anywhere (no soft masks, no blend modes): CUPS turns a
   * PDF with transparency into a 300 dpi bitmap on its way to a PostScript printer.
   */
  private isolated(draw: () => void): void {
    this.out.push('q');
    draw();
    // Q restores colours, widths and Tc as they were before q; the font is set again when needed.
    this.out.push('Q');
    this.font = '';
  }

  private endText(): void {
    if (this.inText) this.out.push('ET');
    this.inText = false;
  }

  private endPath(): void {
    if (this.pathOpen) this.out.push('S');
    this.pathOpen = false;
  }

  /** Rendering mode 0 (fill) for regular text, 2 (fill and stroke) for bold. */
  private setWeight(op: TextOp): void {
    if (fontParts(op.font).weight !== 'bold') {
      if (this.renderMode !== 0) this.out.push('0 Tr');
      this.renderMode = 0;
      return;
    }
    const color = rgb(op.color);
    if (color !== this.stroke) this.out.push(`${color} RG`);
    this.stroke = color;
    const width = Math.round(op.size * BOLD_STROKE_EM * 1000) / 1000;
    if (width !== this.lineWidth) this.out.push(`${n(width)} w`);
    this.lineWidth = width;
    if (this.renderMode !== 2) this.out.push('2 Tr');
    this.renderMode = 2;
  }

  private setFill(color: Rgb): void {
    const c = rgb(color);
    if (c !== this.fill) {
      this.out.push(`${c} rg`);
      this.fill = c;
    }
  }
}
