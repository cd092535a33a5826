import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the Electron security checklist (docs/SECURITY.md)', () => {
  it('creates every BrowserWindow with secureWebPreferences', () => {
    const creations = sourceFiles('electron').flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      return [...text.matchAll(/new BrowserWindow\(/g)].map((m) => ({
        file,
        options: text.slice(m.index, m.index + 600),
      }));
    });
    expect(creations.length).toBeGreaterThan(0);
    for (const { file, options } of creations) {
      expect(options, file).toMatch(/webPreferences:\s*(\{\s*\.\.\.)?secureWebPreferences\(/);
    }
  });

  it('never exposes ipcRenderer or Node to the page', () => {
    const preload = readFileSync('electron/preload/index.ts', 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\('counter', counter\)/);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer/);
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
  });

  it('names only files that exist', () => {
    const doc = readFileSync('docs/SECURITY.md', 'utf8');
    const files = [...doc.matchAll(/`((?:electron|build|shared|test)\/[^`\s]+\.(?:ts|cjs))`/g)].map(
      (m) => m[1] ?? '',
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) expect(existsSync(file), file).toBe(true);
  });
});
