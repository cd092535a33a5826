/**
 * The renderer is served over app://counter/ instead of file:// so that it has a real origin
 * (storage, CSP) and can only read files under the renderer's build folder.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'counter';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export type AppRequest =
  { ok: true; relativePath: string; contentType: string } | { ok: false; status: 400 | 403 | 404 };

/**
 * Maps an app:// URL to a path relative to the renderer folder. Refuses another host, any `..`
 * segment (also when percent-encoded), absolute paths and backslashes: a page must never read
 * outside the renderer folder, whatever URL it is tricked into loading.
 */
export function resolveAppRequest(url: string): AppRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\\') || pathname.includes('\0')) return { ok: false, status: 403 };
  const segments = pathname.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..')) return { ok: false, status: 403 };
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  const dot = relativePath.lastIndexOf('.');
  const extension = dot >= 0 ? relativePath.slice(dot).toLowerCase() : '';
  const contentType = CONTENT_TYPES[extension];
  if (!contentType) return { ok: false, status: 404 };
  return { ok: true, relativePath, contentType };
}
