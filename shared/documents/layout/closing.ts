import type { ClosingBlock, RuleBlock } from '../model';
import { qrOps } from '../qr';
import { sealOps } from '../seal';
import { baselineIn, type PageFlow } from './flow';

const LEADING = 1.9;

/**
 * The end of a notice: the authority's name and the date, centred on one axis that stands two
 * characters in from the right margin, with the seal over both (it must cover the date: 骑年盖月)
 * and never reaching up into the body text. A QR code with its caption may sit at the left.
 */
export function layoutClosing(flow: PageFlow, block: ClosingBlock): void {
  const { style, seal, qr } = block;
  const lineHeight = style.size * LEADING;
  const textHeight = block.lines.length * lineHeight;
  const captionHeight = qr ? qr.caption.length * qr.style.size * 1.5 : 0;
  const qrHeight = qr ? Math.max(qr.size, captionHeight) : 0;
  const height = Math.max(seal.diameter + 2, textHeight, qrHeight);
  flow.space(block.spaceBefore);
  flow.ensure(height);
  const top = flow.y;
  const middle = top + height / 2;

  const widest = Math.max(...block.lines.map((l) => flow.textWidth(style, l)));
  const axis = flow.right - style.size * 2 - widest / 2;
  // The seal is drawn first and the text over it: black over red looks the same as red ink
  // multiplied over black, and needs no transparency (which makes CUPS rasterise the page).
  flow.ops.push(...sealOps(seal, axis, middle, flow.width));
  let y = middle - textHeight / 2;
  for (const line of block.lines) {
    const w = flow.textWidth(style, line);
    flow.text(axis - w / 2, y + baselineIn(lineHeight, style.size), line, style);
    y += lineHeight;
  }

  if (qr) {
    const qrTop = middle - qr.size / 2;
    flow.ops.push(...qrOps(qr.payload, flow.left, qrTop, qr.size));
    const captionLead = qr.style.size * 1.5;
    let cy = middle - (qr.caption.length * captionLead) / 2;
    const x = flow.left + qr.size + qr.style.size * 0.5;
    for (const line of qr.caption) {
      flow.text(x, cy + baselineIn(captionLead, qr.style.size), line, qr.style);
      cy += captionLead;
    }
  }
  flow.y = top + height + (block.spaceAfter ?? 0);
}

export function layoutRule(flow: PageFlow, block: RuleBlock): void {
  flow.space(block.spaceBefore);
  flow.ensure(block.width);
  flow.line(
    flow.left,
    flow.y + block.width / 2,
    flow.right,
    flow.y + block.width / 2,
    block.width,
    block.color,
  );
  flow.y += block.width + (block.spaceAfter ?? 0);
}
