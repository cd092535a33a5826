import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ok } from '../../shared/result';
import type { Database } from '../db/database';
import { HttpError, parseInput } from '../http/errors';
import {
  catalogVersionSchema,
  readCatalogVersion,
  readCurrentCatalog,
  type CatalogVersion,
} from '../store/catalog-versions';

const versionParamsSchema = z.object({ version: catalogVersionSchema });

/**
 * GET /api/v1/catalog — the current catalog; GET /api/v1/catalog/:version — one published version
 * (what an old case was accepted under). Both come from the database, never from a file.
 */
export function registerCatalogRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/v1/catalog', async (_request, reply) => {
    const current = await readCurrentCatalog(db);
    if (!current) throw new HttpError(404, 'catalog-version-not-found', '中心尚未发布任何事项目录');
    // A newer version may be published at any time: caches must ask again.
    void reply.header('cache-control', 'no-cache');
    return ok(toWire(current));
  });

  app.get('/api/v1/catalog/:version', async (request, reply) => {
    const { version } = parseInput(versionParamsSchema, request.params, '目录版本号');
    const found = await readCatalogVersion(db, version);
    if (!found) throw new HttpError(404, 'catalog-version-not-found', `未找到事项目录版本 ${version}`);
    // Published versions never change (publishCatalog refuses to), so they may be cached for good.
    void reply.header('cache-control', 'public, max-age=31536000, immutable');
    return ok(toWire(found));
  });
}

function toWire(entry: CatalogVersion): { version: string; publishedAt: string; catalog: unknown } {
  return { version: entry.version, publishedAt: entry.publishedAt.toISOString(), catalog: entry.catalog };
}
