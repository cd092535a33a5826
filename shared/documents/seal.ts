import { SEAL_RED, type DrawOp, type FontKey, type SealMark } from './model';
import type { WidthFn } from './layout/flow';

const SEAL_FONT: FontKey = 'serif-bold';

/**
 * The drawn specimen seal (样章) of a 行政审批专用章: a red ring, the authority's name along the
 * upper arc, a five-pointed star, the seal's purpose below it and the word 样章 at the bottom.
 * For demonstrations and training only: a drawn seal is not a seal (a hall configures its
 * registered seal image, or 'none' to stamp by hand). Coordinates are top-down page points.
 */
export function sealOps(mark: SealMark, cx: number, cy: number, width: WidthFn): DrawOp[] {
  switch (mark.kind) {
    case 'image':
      return [{ op: 'seal-image', cx, cy, diameter: mark.diameter }];
    case 'none':
      return [];
    case 'drawn':
      return drawnSeal(mark, cx, cy, width);
  }
}

function drawnSeal(mark: SealMark & { kind: 'drawn' }, cx: number, cy: number, width: WidthFn): DrawOp[] {
  const r = mark.diameter / 2;
  const ringWidth = r * 0.05;
  const ops: DrawOp[] = [{ op: 'circle', cx, cy, r: r - ringWidth / 2, width: ringWidth, color: SEAL_RED }];

  // The name along the upper arc, left to right, each character upright towards the rim.
  const chars = [...mark.ringText];
  const n = chars.length;
  const span = Math.min(225, Math.max(120, n * 17));
  const step = n > 1 ? span / (n - 1) : 0;
  const rim = r - ringWidth - r * 0.05;
  // Largest size whose characters neither touch each other along the arc nor the ring.
  const size = Math.min(r * 0.24, n > 1 ? ((rim * 0.9 * step * Math.PI) / 180) * 0.86 : r * 0.24);
  const baseRadius = rim - size * 0.9;
  chars.forEach((ch, i) => {
    const angle = 90 + span / 2 - i * step;
    const a = (angle * Math.PI) / 180;
    const w = width(SEAL_FONT, size, ch);
    ops.push({
      op: 'text',
      x: cx + baseRadius * Math.cos(a) - (w / 2) * Math.sin(a),
      y: cy - (baseRadius * Math.sin(a) + (w / 2) * Math.cos(a)),
      text: ch,
      font: SEAL_FONT,
      size,
      color: SEAL_RED,
      rotate: angle - 90,
    });
  });

  ops.push({ op: 'polygon', points: starPoints(cx, cy - r * 0.04, r * 0.3), fill: SEAL_RED });

  const horizontal = (text: string, baselineBelowCentre: number, maxWidth: number, maxSize: number) => {
    if (text === '') return;
    const natural = width(SEAL_FONT, 1, text);
    const size = Math.min(maxSize, maxWidth / natural);
    const w = natural * size;
    ops.push({
      op: 'text',
      x: cx - w / 2,
      y: cy + baselineBelowCentre,
      text,
      font: SEAL_FONT,
      size,
      color: SEAL_RED,
    });
  };
  horizontal(mark.centreText, r * 0.52, r * 1.15, r * 0.17);
  horizontal(mark.specimenText, r * 0.76, r * 0.5, r * 0.13);
  return ops;
}

/** A five-pointed star with one point up, centred at (cx, cy) in top-down coordinates. */
export function starPoints(cx: number, cy: number, outer: number): Array<readonly [number, number]> {
  const inner = outer * 0.382;
  const points: Array<readonly [number, number]> = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? outer : inner;
    const a = ((90 + i * 36) * Math.PI) / 180;
    points.push([cx + radius * Math.cos(a), cy - radius * Math.sin(a)]);
  }
  return points;
}
