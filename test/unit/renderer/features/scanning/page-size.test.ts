import { describe, expect, test } from 'vitest';
import { ARCHIVE_LONG_SIDE, archiveSize } from '../../../../../renderer/features/scanning/page-size';

describe('the archive size of a page image', () => {
  test('a 600 dpi A4 scan comes down to 200 dpi (long side 2339 px), proportions kept', () => {
    expect(archiveSize({ width: 4960, height: 7016 })).toEqual({ width: 1654, height: 2339 });
  });

  test('a landscape camera frame is limited by its width', () => {
    expect(archiveSize({ width: 4000, height: 3000 })).toEqual({ width: 2339, height: 1754 });
  });

  test('an image already small enough is never enlarged', () => {
    expect(archiveSize({ width: 1280, height: 720 })).toEqual({ width: 1280, height: 720 });
    expect(archiveSize({ width: ARCHIVE_LONG_SIDE, height: 10 })).toEqual({ width: 2339, height: 10 });
  });

  test('a very thin strip keeps at least one pixel', () => {
    expect(archiveSize({ width: 100000, height: 3 })).toEqual({ width: 2339, height: 1 });
  });

  test('an empty or broken size is refused', () => {
    expect(() => archiveSize({ width: 0, height: 100 })).toThrow(RangeError);
    expect(() => archiveSize({ width: Number.NaN, height: 100 })).toThrow(RangeError);
  });
});
