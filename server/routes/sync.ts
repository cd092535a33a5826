import type { FastifyInstance } from 'fastify';
import { ok } from '../../shared/result';
import { MAX_PUSH_BYTES, MAX_PUSH_EVENTS, pullQuerySchema, pushRequestSchema } from '../../shared/sync';
import type { Database } from '../db/database';
import { authenticateDevice } from '../http/device-auth';
import { HttpError, parseInput } from '../http/errors';
import { readPull, readRejected } from '../store/pull';
import { parseBatch } from '../store/push';
import type { ChangeNotifier } from '../sync/notifier';
import { PushCommitter } from '../sync/push-committer';

/**
 * POST /api/v1/sync/push, GET /api/v1/sync/pull, GET /api/v1/sync/rejected — the sync protocol of
 * ARCHITECTURE.md. Every route needs the device credential. Pushes arriving together are committed
 * together (group commit, server/sync/push-committer.ts), each batch still all or nothing.
 */
export function registerSyncRoutes(app: FastifyInstance, db: Database, notifier: ChangeNotifier): void {
  const committer = new PushCommitter(db);
  app.post('/api/v1/sync/push', { bodyLimit: MAX_PUSH_BYTES }, async (request) => {
    const device = await authenticateDevice(db, request);
    const body = parseInput(pushRequestSchema, request.body, '推送内容');
    if (body.deviceId !== device.id)
      throw new HttpError(403, 'device-mismatch', `推送声明的设备 ${body.deviceId} 与凭据所属设备不符`);
    if (body.events.length > MAX_PUSH_EVENTS)
      throw new HttpError(
        413,
        'batch-too-large',
        `一次最多推送 ${MAX_PUSH_EVENTS} 个事件，本次 ${body.events.length} 个`,
      );
    const events = parseBatch(device, body.events);
    const outcome = await committer.push({ device, events });
    // After COMMIT: the ack below and this hint both describe committed rows only.
    if (outcome.highestServerSeq !== undefined) notifier.changed(outcome.highestServerSeq);
    return ok({
      ackedThroughSeq: outcome.ackedThroughSeq,
      stored: outcome.stored,
      rejected: outcome.rejected,
    });
  });

  app.get('/api/v1/sync/pull', async (request, reply) => {
    const device = await authenticateDevice(db, request);
    const query = parseInput(pullQuerySchema, request.query, '拉取参数');
    void reply.header('cache-control', 'no-store');
    return ok(await readPull(db, device, Number(query.cursor), query.limit));
  });

  app.get('/api/v1/sync/rejected', async (request, reply) => {
    const device = await authenticateDevice(db, request);
    void reply.header('cache-control', 'no-store');
    return ok({ events: await readRejected(db, device.hallId) });
  });
}
