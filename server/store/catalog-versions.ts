import { z } from 'zod';
import type { Catalog } from '../../shared/catalog';
import type { Queryable } from '../db/database';

/** A published item catalog. `catalog` is stored as published and served as is (the client parses it). */
export type CatalogVersion = { version: string; publishedAt: Date; catalog: unknown };

/** Same rule as the catalog_versions.version check in migration 0001. */
export const catalogVersionSchema = z
  .string()
  .regex(/^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/, '目录版本号格式不正确');

/** A catalog that cannot be published: a malformed version, or a published version with other content. */
export class CatalogPublishError extends Error {
  override readonly name = 'CatalogPublishError';
}

const rowSchema = z.object({
  version: z.string(),
  published_at: z.date(),
  content: z.record(z.string(), z.unknown()),
});

const SELECT = 'select version, published_at, content from catalog_versions';

/**
 * Publishes a parsed catalog (parseCatalog) under its own catalogVersion; it becomes the current
 * catalog. Publishing the same content again is a no-op ('unchanged'); other content under a
 * published version is refused: counters cache versions for good.
 */
export async function publishCatalog(db: Queryable, catalog: Catalog): Promise<'published' | 'unchanged'> {
  const version = catalog.catalogVersion;
  if (!catalogVersionSchema.safeParse(version).success) {
    throw new CatalogPublishError(`目录版本号不合规：${version}（字母数字开头，可含 . _ -，至多 64 个字符）`);
  }
  const content = JSON.stringify(catalog);
  const inserted = await db.query(
    `insert into catalog_versions (version, content) values ($1, $2::jsonb)
     on conflict (version) do nothing returning version`,
    [version, content],
  );
  if (inserted.length > 0) return 'published';
  const same = await db.query('select 1 from catalog_versions where version = $1 and content = $2::jsonb', [
    version,
    content,
  ]);
  if (same.length > 0) return 'unchanged';
  throw new CatalogPublishError(`事项目录版本 ${version} 已发布，内容不可更改：请使用新的版本号`);
}

/** The latest published catalog, undefined before the first publication. */
export async function readCurrentCatalog(db: Queryable): Promise<CatalogVersion | undefined> {
  return toCatalogVersion(await db.query(`${SELECT} order by published_at desc, version desc limit 1`));
}

export async function readCatalogVersion(
  db: Queryable,
  version: string,
): Promise<CatalogVersion | undefined> {
  return toCatalogVersion(await db.query(`${SELECT} where version = $1`, [version]));
}

function toCatalogVersion(rows: readonly unknown[]): CatalogVersion | undefined {
  if (rows[0] === undefined) return undefined;
  const row = rowSchema.parse(rows[0]);
  return { version: row.version, publishedAt: row.published_at, catalog: row.content };
}
