import type { FastifyInstance } from 'fastify';
import { ok } from '../../shared/result';
import type { Database } from '../db/database';
import { readSchemaVersion } from '../db/migrate';
import { HttpError } from '../http/errors';

export type Health = {
  status: 'ok';
  database: Database['kind'];
  schemaVersion: number;
  protocolVersion: number;
  time: string;
};

/** GET /api/v1/health: answers only after a round trip to the database, so "ok" means usable. */
export function registerHealthRoutes(app: FastifyInstance, db: Database, protocolVersion: number): void {
  app.get('/api/v1/health', async (request) => {
    let schemaVersion: number;
    try {
      schemaVersion = await readSchemaVersion(db);
    } catch (cause) {
      request.log.error({ err: cause }, 'health: database unreachable');
      throw new HttpError(503, 'internal', '中心服务的数据库不可用，请联系管理员', { cause });
    }
    const health: Health = {
      status: 'ok',
      database: db.kind,
      schemaVersion,
      protocolVersion,
      time: new Date().toISOString(),
    };
    return ok(health);
  });
}
