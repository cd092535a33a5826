import type { SignaturesBlock, TextBlock } from '../model';
import { wrapText } from '../text-wrap';
import { baselineIn, type PageFlow } from './flow';

const DEFAULT_LEADING = 1.55;

/** Width of `text` with `letterSpacing` after every character but the last. */
function spacedWidth(flow: PageFlow, block: TextBlock, text: string): number {
  const spacing = block.letterSpacing ?? 0;
  const count = [...text].length;
  return flow.textWidth(block.style, text) + spacing * Math.max(0, count - 1);
}

export function layoutText(flow: PageFlow, block: TextBlock): void {
  const { style } = block;
  const lineHeight = style.size * (block.leading ?? DEFAULT_LEADING);
  const measure = (t: string) => spacedWidth(flow, block, t) + (block.letterSpacing ?? 0);
  flow.space(block.spaceBefore);
  block.text.split('\n').forEach((paragraph, p) => {
    const indent = p === 0 || block.align === 'justify' ? (block.indent ?? 0) : 0;
    const lines = wrapText(paragraph, flow.contentWidth, measure, indent);
    lines.forEach((line, i) => {
      flow.ensure(lineHeight);
      const lineIndent = i === 0 ? indent : 0;
      const natural = spacedWidth(flow, block, line);
      const available = flow.contentWidth - lineIndent;
      const baseline = flow.y + baselineIn(lineHeight, style.size);
      let x = flow.left + lineIndent;
      let charSpacing = block.letterSpacing ?? 0;
      if (block.align === 'center') x = flow.left + (flow.contentWidth - natural) / 2;
      else if (block.align === 'right') x = flow.right - natural;
      else if (block.align === 'justify' && i < lines.length - 1) {
        const count = [...line].length;
        // Spread a full line to the measure; a line ended early by a long number stays ragged.
        const slack = available - natural;
        if (count > 1 && slack > 0 && slack < style.size * 3) charSpacing += slack / (count - 1);
      }
      flow.text(x, baseline, line, style, charSpacing ? { charSpacing } : {});
      flow.y += lineHeight;
    });
  });
  flow.y += block.spaceAfter ?? 0;
}

/**
 * Signature rows: "申请人（签字）：＿＿＿＿  年  月  日". A slot that does not fit on the row
 * continues on the next row, so a narrow page never pushes a line past the margin.
 */
export function layoutSignatures(flow: PageFlow, block: SignaturesBlock): void {
  const { style } = block;
  const rowHeight = block.rowHeight ?? style.size * 3;
  const gap = style.size * 2;
  flow.space(block.spaceBefore);
  for (const row of block.rows) {
    flow.ensure(rowHeight);
    let x = flow.left;
    let first = true;
    for (const slot of row) {
      const labelWidth = flow.textWidth(style, slot.label);
      const afterWidth = slot.after ? flow.textWidth(style, slot.after) : 0;
      const width = labelWidth + slot.blank + afterWidth;
      if (!first && x + gap + width > flow.right) {
        flow.y += rowHeight;
        flow.ensure(rowHeight);
        x = flow.left;
        first = true;
      }
      if (!first) x += gap;
      const baseline = flow.y + rowHeight - style.size * 0.7;
      flow.text(x, baseline, slot.label, style);
      x += labelWidth;
      const blank = Math.max(0, Math.min(slot.blank, flow.right - x - afterWidth));
      if (blank > 4) flow.line(x + 2, baseline + 2.5, x + blank - 2, baseline + 2.5, 0.6, style.color);
      x += blank;
      if (slot.after) {
        flow.text(x, baseline, slot.after, style);
        x += afterWidth;
      }
      first = false;
    }
    flow.y += rowHeight;
  }
  flow.y += block.spaceAfter ?? 0;
}
