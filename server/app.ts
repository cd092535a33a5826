import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { PROTOCOL_VERSION } from '../shared/sync';
import { fail } from '../shared/result';
import type { Database } from './db/database';
import { frameworkErrorReply, installErrorReplies } from './http/errors';
import { registerCatalogRoutes } from './routes/catalog';
import { registerHealthRoutes } from './routes/health';
import { registerReferenceRoutes } from './routes/reference';

/** 1 MiB: a push of a few hundred events fits; scans go to the blob route, which sets its own. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export type BuildServerOptions = {
  /** Opened and migrated by the caller, who also closes it (after the server). */
  db: Database;
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
};

/**
 * The central server's HTTP API (/api/v1/…), not yet listening: tests call `inject`, startServer
 * calls `listen`. Every reply is `{ ok: true, value }` or `{ ok: false, error: { code, message } }`.
 */
export function buildServer(options: BuildServerOptions): FastifyInstance {
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit,
    frameworkErrors: frameworkErrorReply,
    // Fastify's own 503 while closing has its own body shape; the hook below answers in ours.
    return503OnClosing: false,
  });
  installErrorReplies(app, bodyLimit);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onRequest', async (_request, reply) => {
    if (closing) {
      return reply
        .status(503)
        .header('connection', 'close')
        .send(fail('internal', '中心服务正在停止，请稍后重试'));
    }
    return undefined;
  });
  registerHealthRoutes(app, options.db, PROTOCOL_VERSION);
  registerCatalogRoutes(app, options.db);
  registerReferenceRoutes(app, options.db);
  return app;
}
