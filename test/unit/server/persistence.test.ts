import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../shared/catalog';
import { DatabaseOpenError } from '../../../server/db/database';
import { migrate } from '../../../server/db/migrate';
import { openDatabase } from '../../../server/db/open-database';
import { seedDemo } from '../../../server/seed';
import {
  publishCatalog,
  readCatalogVersion,
  readCurrentCatalog,
} from '../../../server/store/catalog-versions';

// PGlite's data folder on purpose, whatever DATABASE_URL says: this is the embedded default.
const root = mkdtempSync(join(tmpdir(), 'ow-server-data-'));
const dataDir = join(root, 'server');

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('PGlite data folder', () => {
  it('keeps the schema and the catalogs across a close and a reopen', async () => {
    const first = await openDatabase({ dataDir });
    expect(first.kind).toBe('pglite');
    await migrate(first);
    expect((await seedDemo(first)).seeded).toBe(true);
    await publishCatalog(first, { ...demoCatalog, catalogVersion: '2026.2' });
    await first.close();

    const second = await openDatabase({ dataDir });
    try {
      expect((await migrate(second)).applied).toEqual([]);
      expect((await seedDemo(second)).seeded).toBe(false);
      expect((await readCurrentCatalog(second))?.version).toBe('2026.2');
      const demo = await readCatalogVersion(second, '2026.1');
      expect((demo?.catalog as { items: unknown[] }).items).toHaveLength(32);
    } finally {
      await second.close();
    }
  });

  it('refuses a second opening of a folder in use, and frees it on close', async () => {
    const db = await openDatabase({ dataDir });
    try {
      const error = await openDatabase({ dataDir }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DatabaseOpenError);
      expect((error as Error).message).toContain(`进程 ${process.pid}`);
    } finally {
      await db.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('takes over the lock of a server that died without closing', async () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(`${dataDir}.lock`, `${dead}\n`);
    const db = await openDatabase({ dataDir });
    try {
      expect((await readCurrentCatalog(db))?.version).toBe('2026.2');
    } finally {
      await db.close();
    }
  });
});
