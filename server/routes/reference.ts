import type { FastifyInstance } from 'fastify';
import { ok } from '../../shared/result';
import type { Database } from '../db/database';
import { authenticateDevice } from '../http/device-auth';
import { HttpError } from '../http/errors';
import { readReferenceData } from '../store/reference-data';

/**
 * GET /api/v1/reference — the hall configuration, its officers with their password verifiers, and
 * the credit list: what a device needs to work offline. The verifiers are secrets (a 6-digit
 * password falls to an offline search), so only an enrolled device of the hall gets them.
 */
export function registerReferenceRoutes(app: FastifyInstance, db: Database): void {
  app.get('/api/v1/reference', async (request, reply) => {
    const device = await authenticateDevice(db, request);
    const data = await readReferenceData(db, device.hallId);
    if (!data) throw new HttpError(404, 'not-found', '中心尚未发布大厅配置');
    void reply.header('cache-control', 'no-store');
    return ok(data);
  });
}
