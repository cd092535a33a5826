import { PDFDocument } from 'pdf-lib';
import { z } from 'zod';
import { ARCHIVE_JPEG_QUALITY, archiveSize, type Size } from './page-size';

/**
 * Turns what arrives from outside (a picked or dropped file, a scanner's PNG, a camera frame) into
 * archive pages: images re-encoded to JPEG at archive size (a JPEG already small enough is kept
 * as it is), a PDF split into one single-page PDF per page. The bytes' own signature decides the
 * kind, never the file name or the browser's MIME guess.
 */

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type PageMime = 'image/jpeg' | 'application/pdf';

/** What the page was before the archive re-encoding (kept with the blob). */
export interface OriginalNote {
  mime: string;
  bytes: number;
  width?: number;
  height?: number;
  /** 1-based page of a multi-page PDF. */
  page?: number;
}

export interface ArchivePage {
  bytes: Uint8Array;
  mime: PageMime;
  original: OriginalNote;
}

export class PageImportError extends Error {
  override readonly name = 'PageImportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const importedBytesSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength > 0, '文件为空')
  .refine((b) => b.byteLength <= MAX_IMPORT_BYTES, '文件超过 50 MB');

export type SourceKind = 'pdf' | 'png' | 'jpeg';

export function sniffKind(bytes: Uint8Array): SourceKind | undefined {
  const at = (i: number) => bytes[i] ?? -1;
  if (at(0) === 0x25 && at(1) === 0x50 && at(2) === 0x44 && at(3) === 0x46) return 'pdf';
  if (at(0) === 0x89 && at(1) === 0x50 && at(2) === 0x4e && at(3) === 0x47) return 'png';
  if (at(0) === 0xff && at(1) === 0xd8 && at(2) === 0xff) return 'jpeg';
  return undefined;
}

/** Archive pages from the bytes of a file, a scan or a capture. */
export async function toArchivePages(raw: unknown): Promise<ArchivePage[]> {
  const parsed = importedBytesSchema.safeParse(raw);
  if (!parsed.success) throw new PageImportError(parsed.error.issues[0]?.message ?? '文件无效');
  const bytes = parsed.data;
  const kind = sniffKind(bytes);
  if (kind === undefined) throw new PageImportError('只能导入 PDF、JPEG 或 PNG 文件');
  if (kind === 'pdf') return splitPdf(bytes);
  return [await archiveImage(bytes, kind === 'png' ? 'image/png' : 'image/jpeg')];
}

async function splitPdf(bytes: Uint8Array): Promise<ArchivePage[]> {
  let source: PDFDocument;
  try {
    source = await PDFDocument.load(bytes);
  } catch (cause) {
    throw new PageImportError('PDF 文件已损坏或已加密，无法读取', { cause });
  }
  const count = source.getPageCount();
  if (count === 0) throw new PageImportError('PDF 文件没有页面');
  const pages: ArchivePage[] = [];
  for (let i = 0; i < count; i++) {
    const single = await PDFDocument.create();
    const [page] = await single.copyPages(source, [i]);
    if (!page) continue;
    single.addPage(page);
    const { width, height } = page.getSize();
    pages.push({
      bytes: await single.save(),
      mime: 'application/pdf',
      original: {
        mime: 'application/pdf',
        bytes: bytes.byteLength,
        width: Math.round(width),
        height: Math.round(height),
        page: i + 1,
      },
    });
  }
  return pages;
}

async function archiveImage(bytes: Uint8Array, mime: 'image/png' | 'image/jpeg'): Promise<ArchivePage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  } catch (cause) {
    throw new PageImportError('图像文件已损坏，无法读取', { cause });
  }
  const original: Size = { width: bitmap.width, height: bitmap.height };
  const note: OriginalNote = { mime, bytes: bytes.byteLength, ...original };
  const target = archiveSize(original);
  if (mime === 'image/jpeg' && target.width === original.width && target.height === original.height) {
    bitmap.close();
    return { bytes, mime: 'image/jpeg', original: note };
  }
  const jpeg = await encodeJpeg(bitmap, target);
  bitmap.close();
  return { bytes: jpeg, mime: 'image/jpeg', original: note };
}

/** Draws `source` at `size` on white (a transparent PNG must not turn black) and encodes a JPEG. */
export async function encodeJpeg(source: CanvasImageSource, size: Size): Promise<Uint8Array> {
  let blob: Blob | null;
  if (typeof OffscreenCanvas === 'function') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    drawOnWhite(canvas.getContext('2d'), source, size);
    blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: ARCHIVE_JPEG_QUALITY });
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    drawOnWhite(canvas.getContext('2d'), source, size);
    blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', ARCHIVE_JPEG_QUALITY),
    );
  }
  if (!blob) throw new PageImportError('图像编码失败');
  return new Uint8Array(await blob.arrayBuffer());
}

function drawOnWhite(
  g: OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null,
  source: CanvasImageSource,
  size: Size,
): void {
  if (!g) throw new PageImportError('无法创建画布，不能处理图像');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, size.width, size.height);
  g.drawImage(source, 0, 0, size.width, size.height);
}
