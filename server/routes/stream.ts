import type { FastifyInstance } from 'fastify';
import type { ServerResponse } from 'node:http';
import { encodeStreamMessage, type StreamMessage } from '../../shared/sync';
import type { Database } from '../db/database';
import { authenticateDevice } from '../http/device-auth';
import { findDeviceByCredential } from '../store/devices';
import { highWaterMark } from '../store/pull';
import type { ChangeNotifier } from '../sync/notifier';

export const STREAM_PING_MS = 20_000;

/**
 * GET /api/v1/sync/stream — server-sent events telling an online window to pull now. The
 * credential is checked at connect and again at every ping, so a revoked device's stream ends.
 * Streams are ended when the server closes (an open stream would hold `close` forever).
 */
export function registerStreamRoutes(app: FastifyInstance, db: Database, notifier: ChangeNotifier): void {
  const open = new Set<ServerResponse>();
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    open.clear();
  });

  app.get('/api/v1/sync/stream', async (request, reply) => {
    const device = await authenticateDevice(db, request);
    const credential = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const hw = await highWaterMark(db);
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    const send = (message: StreamMessage) => res.write(encodeStreamMessage(message));
    send({ type: 'hello', serverSeq: hw });
    open.add(res);
    const unsubscribe = notifier.subscribe(
      (serverSeq) => send({ type: 'changed', serverSeq }),
      () => send({ type: 'reference' }),
    );
    const ping = setInterval(() => {
      void findDeviceByCredential(db, credential).then(
        (current) => (current && !current.revoked ? send({ type: 'ping' }) : res.end()),
        () => res.end(),
      );
    }, STREAM_PING_MS);
    ping.unref();
    const done = () => {
      clearInterval(ping);
      unsubscribe();
      open.delete(res);
    };
    res.on('close', done);
    request.log.debug({ device: device.id }, 'stream opened');
  });
}
