import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries are what keep shared/ usable by the renderer, main and the server alike;
// these cases prove the lint rules fire, so a refactor of eslint.config.js cannot quietly drop them.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('import boundaries', () => {
  it('refuses electron, Dexie, Fastify and node: imports in shared/', async () => {
    for (const module of ['electron', 'dexie', 'fastify', 'node:fs', 'react']) {
      const ids = await ruleIds(
        `import { x } from '${module}';\nexport const y = x;\n`,
        'shared/domain/bad.ts',
      );
      expect(ids, module).toContain('no-restricted-imports');
    }
  });

  it('refuses DOM and Node globals in shared/', async () => {
    const ids = await ruleIds(
      `export const a = window.location.href + process.env.X;\n`,
      'shared/domain/bad.ts',
    );
    expect(ids.filter((id) => id === 'no-restricted-globals')).toHaveLength(2);
  });

  // no-restricted-paths judges resolved files, so each case imports a file that exists.
  it('refuses renderer -> electron, server -> renderer and shared -> renderer imports', async () => {
    const cases = [
      [
        `import { handleIpcCall } from '../electron/main/ipc';\nexport const h = handleIpcCall;\n`,
        'renderer/bad.ts',
      ],
      [`import { db } from '../renderer/db/schema';\nexport const d = db;\n`, 'server/bad.ts'],
      [`import { db } from '../../renderer/db/schema';\nexport const d = db;\n`, 'shared/domain/bad.ts'],
    ] as const;
    for (const [code, filePath] of cases) {
      expect(await ruleIds(code, filePath), filePath).toContain('import-x/no-restricted-paths');
    }
  });

  it('lets shared/ import shared/ and zod', async () => {
    const ids = await ruleIds(
      `import { z } from 'zod';\nimport { ok } from '../result';\nexport const s = [z, ok];\n`,
      'shared/domain/good.ts',
    );
    expect(ids).toEqual([]);
  });
});
