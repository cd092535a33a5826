/**
 * The archive size of a page image: the long side at most 2339 px (A4 at 200 dpi, what archives
 * ask of scanned paper), never enlarged, proportions kept. Pure, so it is unit-tested.
 */
export const ARCHIVE_LONG_SIDE = 2339;
export const ARCHIVE_JPEG_QUALITY = 0.85;

export interface Size {
  width: number;
  height: number;
}

export function archiveSize(original: Size, longSide = ARCHIVE_LONG_SIDE): Size {
  const { width, height } = original;
  if (!(width > 0 && height > 0)) throw new RangeError(`图像尺寸无效：${width}×${height}`);
  const long = Math.max(width, height);
  if (long <= longSide) return { width: Math.round(width), height: Math.round(height) };
  const scale = longSide / long;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
