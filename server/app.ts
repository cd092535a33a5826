import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { PROTOCOL_VERSION } from '../shared/sync';
import { fail } from '../shared/result';
import type { Database } from './db/database';
import { frameworkErrorReply, installErrorReplies } from './http/errors';
import { registerCatalogRoutes } from './routes/catalog';
import { checkProtocol } from './http/device-auth';
import { registerBlobRoutes } from './routes/blobs';
import { registerDeviceRoutes } from './routes/devices';
import { registerHealthRoutes } from './routes/health';
import { registerPreApplyRoutes } from './routes/preapply';
import { registerPublicQueryRoutes } from './routes/public-query';
import { registerReferenceRoutes } from './routes/reference';
import { registerStreamRoutes } from './routes/stream';
import { registerSyncRoutes } from './routes/sync';
import { ChangeNotifier } from './sync/notifier';

/** 1 MiB: a push of a few hundred events fits; scans go to the blob route, which sets its own. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export type BuildServerOptions = {
  /** Opened and migrated by the caller, who also closes it (after the server). */
  db: Database;
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
  /** Tells this process's live streams about commits; pass one to share it (tests, bench). */
  notifier?: ChangeNotifier;
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
  // Every API request states its protocol version (ARCHITECTURE.md); /query is for citizens' phones.
  app.addHook('onRequest', async (request) => {
    if (request.url.startsWith('/api/')) checkProtocol(request);
  });
  const notifier = options.notifier ?? new ChangeNotifier();
  registerHealthRoutes(app, options.db, PROTOCOL_VERSION);
  registerCatalogRoutes(app, options.db);
  registerReferenceRoutes(app, options.db);
  registerDeviceRoutes(app, options.db);
  registerSyncRoutes(app, options.db, notifier);
  registerBlobRoutes(app, options.db);
  registerStreamRoutes(app, options.db, notifier);
  registerPublicQueryRoutes(app, options.db);
  registerPreApplyRoutes(app, options.db);
  return app;
}
