import { HEADER_FILL, type TableBlock, type TableCell, type TableRow, type TextStyle } from '../model';
import { wrapText } from '../text-wrap';
import { baselineIn, LayoutOverflowError, type PageFlow } from './flow';

const DEFAULT_LEADING = 1.4;

type PreparedCell = { cell: TableCell; x: number; width: number; style: TextStyle; lines: string[] };
type PreparedRow = { cells: PreparedCell[]; height: number; fill?: boolean };

/**
 * A table across the full measure. Cells wrap; a row moves whole to the next page when it does
 * not fit, the header row is repeated there, and a row taller than a whole page is split by lines.
 */
export function layoutTable(flow: PageFlow, block: TableBlock): void {
  const padding = block.padding ?? 3.2;
  const lineHeight = block.style.size * (block.leading ?? DEFAULT_LEADING);
  const borders = block.borders ?? true;
  const total = block.columns.reduce((s, w) => s + w, 0);
  const edges = [flow.left];
  for (const w of block.columns) edges.push((edges.at(-1) ?? flow.left) + (w / total) * flow.contentWidth);

  const prepare = (row: TableRow, baseStyle: TextStyle): PreparedRow => {
    let column = 0;
    const cells = row.cells.map((cell) => {
      const span = cell.span ?? 1;
      const x = edges[column] ?? flow.left;
      const end = edges[Math.min(column + span, block.columns.length)] ?? flow.right;
      column += span;
      const style = { ...baseStyle, ...cell.style };
      const width = end - x;
      const lines = wrapText(cell.text, width - 2 * padding, (t) => flow.textWidth(style, t));
      return { cell, x, width, style, lines };
    });
    const content = Math.max(1, ...cells.map((c) => c.lines.length)) * lineHeight + 2 * padding;
    return { cells, height: Math.max(content, row.minHeight ?? 0) };
  };

  const header = block.header ? prepare(block.header, block.headerStyle ?? block.style) : undefined;
  const rows = block.rows.map((row) => prepare(row, block.style));
  let segmentTop = flow.y;

  const closeSegment = () => {
    if (borders && flow.y > segmentTop) flow.line(flow.left, flow.y, flow.right, flow.y);
  };
  const startSegment = () => {
    segmentTop = flow.y;
    if (header) drawRow(flow, header, lineHeight, padding, borders, true);
  };

  flow.space(block.spaceBefore);
  // Keep the header with at least the first row.
  flow.ensure((header?.height ?? 0) + (rows[0]?.height ?? 0));
  startSegment();
  for (const row of rows) {
    let current: PreparedRow | undefined = row;
    let fresh = false;
    while (current) {
      if (flow.y + current.height <= flow.bottom) {
        drawRow(flow, current, lineHeight, padding, borders, false);
        current = undefined;
        continue;
      }
      const pageRoom = flow.pageHeight - flow.spec.margin.bottom - flow.spec.margin.top;
      if (fresh || current.height > pageRoom / 2) {
        // Too tall to move whole: fill this page with as many of its lines as fit.
        const room = Math.floor((flow.bottom - flow.y - 2 * padding) / lineHeight);
        if (room >= 1) {
          const [head, rest] = splitRow(current, room, lineHeight, padding);
          drawRow(flow, head, lineHeight, padding, borders, false);
          current = rest;
        } else if (fresh) {
          throw new LayoutOverflowError('表格的一行在空白页上也放不下');
        }
      }
      closeSegment();
      flow.newPage();
      startSegment();
      fresh = true;
    }
  }
  closeSegment();
  flow.y += block.spaceAfter ?? 0;
}

function splitRow(
  row: PreparedRow,
  lines: number,
  lineHeight: number,
  padding: number,
): [PreparedRow, PreparedRow] {
  const head = row.cells.map((c) => ({ ...c, lines: c.lines.slice(0, lines) }));
  const rest = row.cells.map((c) => ({ ...c, lines: c.lines.slice(lines) }));
  const height = (cells: PreparedCell[]) =>
    Math.max(1, ...cells.map((c) => c.lines.length)) * lineHeight + 2 * padding;
  return [
    { cells: head, height: height(head) },
    { cells: rest, height: height(rest) },
  ];
}

function drawRow(
  flow: PageFlow,
  row: PreparedRow,
  lineHeight: number,
  padding: number,
  borders: boolean,
  isHeader: boolean,
): void {
  const top = flow.y;
  const bottom = top + row.height;
  for (const c of row.cells) {
    const fill = c.cell.fill ?? (isHeader ? HEADER_FILL : undefined);
    if (fill) flow.ops.push({ op: 'rect', x: c.x, y: top, w: c.width, h: row.height, fill });
  }
  if (borders) {
    flow.line(flow.left, top, flow.right, top);
    for (const c of row.cells) flow.line(c.x, top, c.x, bottom);
    flow.line(flow.right, top, flow.right, bottom);
  }
  for (const c of row.cells) {
    const textHeight = c.lines.length * lineHeight;
    // Middle-aligned, as Chinese forms are.
    let y = top + (row.height - textHeight) / 2;
    const align = c.cell.align ?? 'left';
    for (const line of c.lines) {
      const w = flow.textWidth(c.style, line);
      const x =
        align === 'center'
          ? c.x + (c.width - w) / 2
          : align === 'right'
            ? c.x + c.width - padding - w
            : c.x + padding;
      flow.text(x, y + baselineIn(lineHeight, c.style.size), line, c.style);
      y += lineHeight;
    }
  }
  flow.y = bottom;
}
