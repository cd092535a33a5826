import { chromium } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Renders build/icons/icon.svg to the PNG sizes electron-builder wants (Linux: NxN.png; the 512 px
 * icon.png) and a Windows icon.ico holding PNG images. Run after changing the SVG:
 * `npx tsx scripts/make-icons.ts`. The outputs are committed; CI only checks that they exist.
 */
const SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 32, 48, 256];
const svg = readFileSync('build/icons/icon.svg', 'utf8');
const executablePath =
  process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox'],
});
const page = await browser.newPage();
const pngs = new Map<number, Buffer>();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  const png = await page.screenshot({
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
  pngs.set(size, png);
  writeFileSync(`build/icons/${size}x${size}.png`, png);
}
await browser.close();
writeFileSync('build/icons/icon.png', pngs.get(512) ?? Buffer.alloc(0));

// ICO: a 6-byte header, a 16-byte entry per image, then the PNG images themselves.
const images = ICO_SIZES.map((size) => ({ size, data: pngs.get(size) ?? Buffer.alloc(0) }));
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = 6 + 16 * images.length;
const entries = images.map(({ size, data }) => {
  const entry = Buffer.alloc(16);
  entry.writeUInt8(size >= 256 ? 0 : size, 0);
  entry.writeUInt8(size >= 256 ? 0 : size, 1);
  entry.writeUInt16LE(1, 4);
  entry.writeUInt16LE(32, 6);
  entry.writeUInt32LE(data.length, 8);
  entry.writeUInt32LE(offset, 12);
  offset += data.length;
  return entry;
});
writeFileSync('build/icons/icon.ico', Buffer.concat([header, ...entries, ...images.map((i) => i.data)]));
console.log(`icons written: ${SIZES.map((s) => `${s}x${s}`).join(', ')}, icon.png, icon.ico`);
