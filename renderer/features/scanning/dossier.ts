import { degrees, PDFDocument, type PDFPage } from 'pdf-lib';
import type { PageRotation } from '../../../shared/domain';
import { ascii, embedCidFont, type Deflate } from '../../../shared/documents/embed-font';
import type { FontSubsetter } from '../../../shared/documents/fonts';

/**
 * A case's dossier (案卷): a cover sheet listing the materials with their page counts, then every
 * page in material order — images on A4 (turned to landscape for a landscape image), single-page
 * PDFs copied as they are — each page turned as the officer arranged it (the page's /Rotate, so
 * the image itself is never re-encoded). Pure (pdf-lib and an injected font subsetter), so Node tests read the
 * result back with poppler, and the renderer and the back office build the same file.
 */

export interface DossierPage {
  mime: string;
  bytes: Uint8Array;
  /** Clockwise turn as arranged (pagesArranged); 0 when absent. */
  rotation?: PageRotation;
}

export interface DossierMaterial {
  name: string;
  pages: readonly DossierPage[];
}

export interface DossierInput {
  caseNumber: string;
  itemName: string;
  applicantName: string;
  /** Shown on the cover as given, e.g. "2026年11月24日 15:02". */
  compiledAt: string;
  materials: readonly DossierMaterial[];
}

export interface DossierDeps {
  subsetFont: FontSubsetter;
  deflate?: Deflate;
}

export interface Dossier {
  pdf: Uint8Array;
  /** Pages in the file, the cover included. */
  pageCount: number;
}

export class DossierError extends Error {
  override readonly name = 'DossierError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

function coverLines(input: DossierInput): Array<{ text: string; size: number; gap: number }> {
  const lines = [
    { text: '案卷材料', size: 22, gap: 40 },
    { text: `办件编号：${input.caseNumber}`, size: 12, gap: 22 },
    { text: `事项：${input.itemName}`, size: 12, gap: 22 },
    { text: `申请人：${input.applicantName}`, size: 12, gap: 22 },
    { text: `编制时间：${input.compiledAt}`, size: 12, gap: 36 },
    { text: '序号　材料名称（页数，起始页）', size: 12, gap: 22 },
  ];
  let next = 2; // the cover is page 1
  input.materials.forEach((m, i) => {
    const count = m.pages.length;
    const where = count > 0 ? `${count} 页，第 ${next} 页起` : '无页面';
    lines.push({ text: `${i + 1}．${m.name}（${where}）`, size: 11, gap: 20 });
    next += count;
  });
  lines.push({ text: `共 ${next - 2} 页材料，连同封面 ${next - 1} 页`, size: 12, gap: 30 });
  return lines;
}

async function drawCover(doc: PDFDocument, input: DossierInput, deps: DossierDeps): Promise<void> {
  const lines = coverLines(input);
  const text = lines.map((l) => l.text).join('');
  const font = await embedCidFont(
    doc,
    await deps.subsetFont('sans', 'regular', text),
    'NotoSansSC',
    deps.deflate,
  );
  const page = doc.addPage(A4);
  const name = page.node.newFontDictionary('F', font.ref);
  const out: string[] = ['BT'];
  let y = A4[1] - MARGIN;
  for (const line of lines) {
    y -= line.gap;
    // Long material names are cut rather than run off the page; the list stays one line each.
    let shown = '';
    let width = 0;
    for (const ch of line.text) {
      width += font.advance(ch) * line.size;
      if (width > A4[0] - 2 * MARGIN) break;
      shown += ch;
    }
    out.push(
      `/${name.asString().slice(1)} ${line.size} Tf`,
      `1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm`,
      `${font.encode(shown)} Tj`,
    );
  }
  out.push('ET');
  page.node.addContentStream(doc.context.register(doc.context.flateStream(ascii(out.join('\n')))));
}

async function addImagePage(doc: PDFDocument, page: DossierPage): Promise<PDFPage> {
  const image = page.mime === 'image/png' ? await doc.embedPng(page.bytes) : await doc.embedJpg(page.bytes);
  const landscape = image.width > image.height;
  const [w, h] = landscape ? [A4[1], A4[0]] : A4;
  const scale = Math.min(w / image.width, h / image.height);
  const iw = image.width * scale;
  const ih = image.height * scale;
  const pdfPage = doc.addPage([w, h]);
  pdfPage.drawImage(image, { x: (w - iw) / 2, y: (h - ih) / 2, width: iw, height: ih });
  return pdfPage;
}

export async function buildDossier(input: DossierInput, deps: DossierDeps): Promise<Dossier> {
  const doc = await PDFDocument.create();
  doc.setTitle(`案卷 ${input.caseNumber}`);
  doc.setCreator('一窗受理 OneWindow');
  await drawCover(doc, input, deps);
  for (const material of input.materials) {
    for (const page of material.pages) {
      try {
        const turn = page.rotation ?? 0;
        if (page.mime === 'application/pdf') {
          const source = await PDFDocument.load(page.bytes);
          for (const copied of await doc.copyPages(source, source.getPageIndices())) {
            // A PDF page may come turned already (its own /Rotate): the arrangement turns it further.
            if (turn !== 0)
              copied.setRotation(degrees((((copied.getRotation().angle + turn) % 360) + 360) % 360));
            doc.addPage(copied);
          }
        } else if (page.mime === 'image/jpeg' || page.mime === 'image/png') {
          const added = await addImagePage(doc, page);
          if (turn !== 0) added.setRotation(degrees(turn));
        } else {
          throw new DossierError(`不支持的页面格式 ${page.mime}`);
        }
      } catch (cause) {
        if (cause instanceof DossierError) throw cause;
        throw new DossierError(`「${material.name}」的一页无法读取`, { cause });
      }
    }
  }
  return { pdf: await doc.save(), pageCount: doc.getPageCount() };
}
