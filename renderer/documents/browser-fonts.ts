import harfbuzzSubsetWasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url';
import serifRegularUrl from '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url';
import sansRegularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import {
  createHarfbuzzSubsetter,
  type FaceName,
  type FontSubsetter,
  type HarfbuzzSubsetExports,
  type Weight,
} from '../../shared/documents';
import { cachedFetch, forgetCached, servedOverHttp, warmAssetCache } from './asset-cache';

/**
 * The renderer side of document fonts, mirroring scripts/node/fonts.ts: the two Regular Noto
 * TTFs (documents draw bold as the regular face stroked, see shared/documents/draw.ts, so the
 * Bold files are not shipped) and harfbuzzjs's subsetting wasm, as Vite assets. One harfbuzz
 * instance and one face per font live for the session; each font is fetched once, on the first
 * document that draws with it (≈10–15 MB each).
 */

const FONT_URLS: Record<FaceName, string> = { serif: serifRegularUrl, sans: sansRegularUrl };

const FONT_FILES: Record<FaceName, string> = {
  serif: 'NotoSerifSC_400Regular.ttf',
  sans: 'NotoSansSC_400Regular.ttf',
};

/**
 * A font or the harfbuzz wasm could not be fetched or read. Whose fault it is depends on where
 * assets come from: the installed app's own files (then the installation is incomplete), or the
 * hall's web server in browser mode (then the network or the server, never the installation).
 */
export class FontAssetError extends Error {
  override readonly name = 'FontAssetError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What the officer is told to do about a missing or broken asset, by where it comes from. */
function remedy(url: string, kind: 'unreachable' | 'missing' | 'broken'): string {
  if (!servedOverHttp(url)) return '请重新安装一窗受理或联系信息科';
  if (kind === 'unreachable')
    return '本机与服务器断开且尚未保存文书字体：请在网络恢复后再打印（之后断网也能打印），或联系信息科';
  return '请联系信息科检查大厅服务器';
}

async function fetchAsset(url: string, what: string): Promise<Response> {
  let response: Response;
  try {
    response = await cachedFetch(url);
  } catch (cause) {
    throw new FontAssetError(`无法读取${what}，${remedy(url, 'unreachable')}`, { cause });
  }
  if (!response.ok)
    throw new FontAssetError(`${what}缺失（HTTP ${response.status}），${remedy(url, 'missing')}`);
  return response;
}

async function fetchFont(face: FaceName, weight: Weight): Promise<Uint8Array> {
  if (weight !== 'regular') throw new FontAssetError(`文书字体只有常规字重（请求了 ${face} ${weight}）`);
  const file = FONT_FILES[face];
  const response = await fetchAsset(FONT_URLS[face], `文书字体 ${file} `);
  const bytes = new Uint8Array(await response.arrayBuffer());
  // "true" (TrueType) or 0x00010000: anything else is an HTML error page or a broken download.
  const head =
    (bytes[0] ?? 0) * 0x1000000 + (bytes[1] ?? 0) * 0x10000 + (bytes[2] ?? 0) * 0x100 + (bytes[3] ?? 0);
  if (head !== 0x00010000 && head !== 0x74727565) {
    await forgetCached(FONT_URLS[face]);
    throw new FontAssetError(
      `文书字体 ${file} 已损坏（不是 TrueType 字体），${remedy(FONT_URLS[face], 'broken')}`,
    );
  }
  return bytes;
}

async function instantiateHarfbuzz(): Promise<HarfbuzzSubsetExports> {
  const response = await fetchAsset(harfbuzzSubsetWasmUrl, '字体子集组件 harfbuzz-subset.wasm ');
  let instance: WebAssembly.Instance;
  try {
    // The wasm needs no imports (it is built standalone), like the Node side's.
    ({ instance } = await WebAssembly.instantiate(await response.arrayBuffer()));
  } catch (cause) {
    await forgetCached(harfbuzzSubsetWasmUrl);
    throw new FontAssetError(
      `字体子集组件 harfbuzz-subset.wasm 无法加载，${remedy(harfbuzzSubsetWasmUrl, 'broken')}`,
      { cause },
    );
  }
  const exports = instance.exports as unknown as HarfbuzzSubsetExports & { _initialize?: () => void };
  exports._initialize?.();
  return exports;
}

let session: Promise<FontSubsetter> | undefined;

/**
 * The session's FontSubsetter. A failed start (a missing asset) is forgotten, so the next
 * document tries again instead of failing for the rest of the day.
 */
export function browserFontSubsetter(): FontSubsetter {
  return async (face, weight, text) => {
    if (!session) {
      const starting = instantiateHarfbuzz().then((hb) => createHarfbuzzSubsetter(hb, fetchFont));
      session = starting;
      starting.catch(() => {
        if (session === starting) session = undefined;
      });
    }
    return (await session)(face, weight, text);
  };
}

/**
 * Browser mode: keeps this version's document assets on the PC (asset-cache.ts) so that a paper
 * prints without the server. Run once the app has started; a no-op in the installed app.
 */
export function keepDocumentAssetsOffline(): Promise<void> {
  return warmAssetCache([harfbuzzSubsetWasmUrl, ...Object.values(FONT_URLS)]);
}
