import type { FastifyInstance } from 'fastify';
import { ok } from '../../shared/result';
import type { Database } from '../db/database';
import { HttpError } from '../http/errors';
import { readReferenceData } from '../store/reference-data';

/**
 * GET /api/v1/reference — the hall configuration, its officers with their password verifiers, and
 * the credit list: what a device needs to work offline. Device enrollment (the sync issue) will put
 * this behind the device credential; until then it serves the hall to any caller on the network.
 */
export function registerReferenceRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/v1/reference', async (_request, reply) => {
    const data = await readReferenceData(db);
    if (!data) throw new HttpError(404, 'not-found', '中心尚未发布大厅配置');
    void reply.header('cache-control', 'no-store');
    return ok(data);
  });
}
