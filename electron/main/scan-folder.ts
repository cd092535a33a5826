import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** A file the vendor's scanning software saved into the watched folder, ready to become pages. */
export interface FolderPage {
  name: string;
  mime: 'application/pdf' | 'image/jpeg' | 'image/png';
  bytes: Uint8Array;
}

const MIME_BY_EXTENSION: Readonly<Record<string, FolderPage['mime']>> = {
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

export function mimeOfScanFile(name: string): FolderPage['mime'] | undefined {
  return MIME_BY_EXTENSION[extname(name).toLowerCase()];
}

export interface ScanFolderOptions {
  dir: string;
  /** How long a file's size must stay the same before it is taken (scanners write progressively). */
  settleMs?: number;
  onPage: (page: FolderPage) => void;
  onError?: (error: Error) => void;
}

/**
 * Watches the folder where a scanner's own software (any system, any vendor) saves files: each new
 * PDF, JPEG or PNG is taken once its size has settled, once per name, size and modification time.
 * Files that were there before the watch started are old scans and are left alone.
 */
export function watchScanFolder(options: ScanFolderOptions): { close(): void } {
  const settleMs = options.settleMs ?? 400;
  const taken = new Set<string>();
  const pending = new Map<string, NodeJS.Timeout>();

  async function settle(name: string, lastSize: number): Promise<void> {
    const path = join(options.dir, name);
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return;
    if (info.size !== lastSize || info.size === 0) {
      schedule(name, info.size);
      return;
    }
    const key = `${name}|${info.size}|${info.mtimeMs}`;
    if (taken.has(key)) return;
    taken.add(key);
    const mime = mimeOfScanFile(name);
    if (mime) options.onPage({ name, mime, bytes: new Uint8Array(await readFile(path)) });
  }

  function schedule(name: string, lastSize: number): void {
    clearTimeout(pending.get(name));
    pending.set(
      name,
      setTimeout(() => {
        pending.delete(name);
        settle(name, lastSize).catch((error: unknown) => options.onError?.(error as Error));
      }, settleMs),
    );
  }

  const watcher: FSWatcher = watch(options.dir, (_event, filename) => {
    const name = filename?.toString();
    if (name && mimeOfScanFile(name)) schedule(name, -1);
  });
  watcher.on('error', (error) => options.onError?.(error));
  return {
    close() {
      watcher.close();
      for (const timer of pending.values()) clearTimeout(timer);
      pending.clear();
    },
  };
}
