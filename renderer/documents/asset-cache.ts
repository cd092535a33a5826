/**
 * The document assets (harfbuzz's wasm, the two fonts) kept on this PC in browser mode, where
 * they come from the hall's web server: a village room offline for days, or a hall whose server
 * is down, still prints. The Cache API of the app's own origin holds them; an asset is read from
 * it first and stored there whenever it is fetched. Installed (Electron) counters read them from
 * the app's own files and use no cache.
 */

const CACHE = 'onewindow-document-assets';

/** Whether assets come over HTTP from a web server (browser mode), not from the installed app. */
export function servedOverHttp(url: string): boolean {
  return /^https?:$/.test(new URL(url, location.href).protocol);
}

async function openCache(): Promise<Cache | undefined> {
  if (typeof caches === 'undefined') return undefined;
  try {
    return await caches.open(CACHE);
  } catch {
    // An opaque origin or storage refused: fetch as without a cache.
    return undefined;
  }
}

/**
 * The asset at `url`: the cached copy when there is one, else fetched (and cached when the answer
 * is good). Throws what fetch throws when neither works.
 */
export async function cachedFetch(url: string): Promise<Response> {
  const cache = servedOverHttp(url) ? await openCache() : undefined;
  const hit = await cache?.match(url);
  if (hit) return hit;
  const response = await fetch(url);
  if (cache && response.ok) await cache.put(url, response.clone()).catch(() => undefined);
  return response;
}

/** Drops a cached copy found unreadable (e.g. an error page a server answered with 200). */
export async function forgetCached(url: string): Promise<void> {
  await (await openCache())?.delete(url).catch(() => false);
}

/**
 * Puts every asset of this version in the cache (those not there yet) and drops what older
 * versions left (Vite names each asset by its content). Never throws: a failure only means
 * printing offline is not possible yet, and the next start tries again.
 */
export async function warmAssetCache(urls: readonly string[]): Promise<void> {
  const wanted = urls.filter(servedOverHttp).map((u) => new URL(u, location.href).href);
  const cache = await openCache();
  if (!cache || wanted.length === 0) return;
  try {
    for (const request of await cache.keys()) if (!wanted.includes(request.url)) await cache.delete(request);
    for (const url of wanted) if (!(await cache.match(url))) await cachedFetch(url);
  } catch {
    // Offline at start, or the server restarting: nothing lost, tried again next time.
  }
}
