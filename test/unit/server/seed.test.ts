import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCatalog } from '../../../shared/catalog';
import { buildServer } from '../../../server/app';
import { migrate } from '../../../server/db/migrate';
import { seedDemo } from '../../../server/seed';
import {
  CatalogPublishError,
  publishCatalog,
  readCatalogVersion,
  readCurrentCatalog,
} from '../../../server/store/catalog-versions';
import { openTestDatabase, type TestDatabase } from '../../support/database';

let db: TestDatabase;

beforeAll(async () => {
  db = await openTestDatabase();
  await migrate(db);
});

afterAll(async () => {
  await db.close();
});

describe('seedDemo and catalog versions', () => {
  it('has no current catalog on an empty database: 404 catalog-version-not-found', async () => {
    expect(await readCurrentCatalog(db)).toBeUndefined();
    const app = buildServer({ db });
    const reply = await app.inject({ method: 'GET', url: '/api/v1/catalog' });
    await app.close();
    expect(reply.statusCode).toBe(404);
    expect(reply.json()).toEqual({
      ok: false,
      error: { code: 'catalog-version-not-found', message: '中心尚未发布任何事项目录' },
    });
  });

  it('publishes the demo catalog once, and never again over an existing one', async () => {
    expect(await seedDemo(db)).toEqual({ seeded: true, version: '2026.1' });
    expect(await seedDemo(db)).toEqual({ seeded: false, version: '2026.1' });
    const stored = await readCatalogVersion(db, '2026.1');
    expect(stored?.catalog).toEqual(JSON.parse(JSON.stringify(demoCatalog)));
    const rows = await db.query<{ count: number }>('select count(*) as count from catalog_versions');
    expect(rows[0]?.count).toBe(1);
  });

  it('does not seed a database that already has a hall catalog of its own', async () => {
    const fresh = await openTestDatabase();
    try {
      await migrate(fresh);
      await publishCatalog(fresh, { ...demoCatalog, catalogVersion: 'hall-2025.4' });
      expect((await seedDemo(fresh)).seeded).toBe(false);
      expect((await readCurrentCatalog(fresh))?.version).toBe('hall-2025.4');
    } finally {
      await fresh.close();
    }
  });

  it('keeps a published version immutable: same content is a no-op, other content is refused', async () => {
    expect(await publishCatalog(db, demoCatalog)).toBe('unchanged');
    const changed = { ...demoCatalog, hall: '另一个大厅' };
    await expect(publishCatalog(db, changed)).rejects.toThrow(CatalogPublishError);
    expect((await readCatalogVersion(db, '2026.1'))?.catalog).toMatchObject({ hall: demoCatalog.hall });
  });

  it('refuses a version that could not be used in a URL', async () => {
    await expect(publishCatalog(db, { ...demoCatalog, catalogVersion: '../2026' })).rejects.toThrow(/不合规/);
  });
});
