import { missingCase } from '../../result';
import type { Block, DocumentModel, LaidOutPage } from '../model';
import { layoutClosing, layoutRule } from './closing';
import { PageFlow, type WidthFn } from './flow';
import { layoutTable } from './table';
import { layoutSignatures, layoutText } from './text';

export { baselineIn, LayoutOverflowError, PageFlow, type WidthFn } from './flow';

/** The height of the first unbreakable piece of `block`: a line, a table's header and first row. */
function leadHeight(flow: PageFlow, block: Block | undefined): number {
  if (!block) return 0;
  if (block.type === 'table')
    return flow.measure([{ ...block, rows: block.rows.slice(0, 1), spaceAfter: 0 }]);
  if (block.type === 'text') return (block.spaceBefore ?? 0) + block.style.size * (block.leading ?? 1.6);
  return Math.min(flow.measure([block]), flow.pageHeight / 2);
}

function layBlocks(flow: PageFlow, blocks: Block[]): void {
  for (const [index, block] of blocks.entries()) {
    switch (block.type) {
      case 'text':
        if (block.keepWithNext && !flow.measuring)
          flow.ensure(flow.measure([block]) + leadHeight(flow, blocks[index + 1]));
        layoutText(flow, block);
        break;
      case 'table':
        layoutTable(flow, block);
        break;
      case 'signatures':
        layoutSignatures(flow, block);
        break;
      case 'closing':
        layoutClosing(flow, block);
        break;
      case 'spacer':
        flow.space(block.height);
        break;
      case 'rule':
        layoutRule(flow, block);
        break;
      case 'keep': {
        const height = flow.measure(block.blocks);
        if (height <= flow.pageHeight - flow.spec.margin.top - flow.spec.margin.bottom) flow.ensure(height);
        layBlocks(flow, block.blocks);
        break;
      }
      default:
        missingCase(block);
    }
  }
}

/**
 * Places the blocks of `model` on A4 pages and returns every page's drawing operations, with the
 * footer ("第 N 页 共 M 页") filled in once the page count is known.
 */
export function layoutDocument(model: DocumentModel, width: WidthFn): LaidOutPage[] {
  const flow = new PageFlow(model.page, width, layBlocks);
  flow.newPage();
  layBlocks(flow, model.blocks);
  const pages = flow.pages;
  const footer = model.page.footer;
  if (footer && !(footer.onlyWhenSeveralPages && pages.length === 1)) {
    pages.forEach((page, i) => {
      const text = footerText(footer.text, i + 1, pages.length);
      const w = width(footer.style.font, footer.style.size, text);
      page.ops.push({
        op: 'text',
        x: (page.width - w) / 2,
        y: page.height - model.page.margin.bottom / 2 + footer.style.size * 0.3,
        text,
        font: footer.style.font,
        size: footer.style.size,
        color: footer.style.color ?? [0, 0, 0],
      });
    });
  }
  return pages;
}

export function footerText(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}
