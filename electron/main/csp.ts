/**
 * The Content-Security-Policy of the counter's pages. Scripts only from the app itself (plus
 * WebAssembly for font subsetting and QR decoding), network only to the app and the configured
 * central server, no plugins, no framing by others, no form posts anywhere. Ant Design writes its
 * styles at run time, hence 'unsafe-inline' for styles only.
 */
export function contentSecurityPolicy(serverUrl: string, devServerUrl?: string): string {
  const connect = ["'self'"];
  const server = originOf(serverUrl);
  if (server) connect.push(server);
  const dev = devServerUrl ? originOf(devServerUrl) : undefined;
  // The Vite dev server needs its websocket for hot reload; packaged builds never set it.
  if (dev) connect.push(dev, dev.replace(/^http/, 'ws'));
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval'${dev ? ` ${dev}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "media-src 'self' blob: mediastream:",
    "worker-src 'self' blob:",
    "frame-src 'self' blob:",
    // The document preview shows a PDF the page made itself (a blob: URL) in Chromium's viewer,
    // which embeds it as an object; nothing else may be embedded.
    'object-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

function originOf(url: string): string | undefined {
  if (url === '') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
