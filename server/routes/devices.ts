import type { FastifyInstance } from 'fastify';
import { ok } from '../../shared/result';
import { enrollRequestSchema } from '../../shared/sync';
import type { Database } from '../db/database';
import { HttpError, parseInput } from '../http/errors';
import { TokenBuckets } from '../http/rate-limit';
import { enrollDevice } from '../store/devices';

/**
 * POST /api/v1/devices/enroll {code, deviceId, label?} → the device credential. No login: the
 * one-time code is the authority. Failed attempts are rate limited per address, so codes cannot be
 * guessed in bulk; good codes are not counted (a hall behind one address enrolls all its windows
 * on its first morning).
 */
export function registerDeviceRoutes(app: FastifyInstance, db: Database): void {
  const failures = new TokenBuckets(10, 0.2);
  app.post('/api/v1/devices/enroll', async (request) => {
    if (!failures.allows(request.ip))
      throw new HttpError(
        429,
        'rate-limited',
        `注册尝试过于频繁：请 ${failures.retryAfter(request.ip)} 秒后再试`,
      );
    try {
      const body = parseInput(enrollRequestSchema, request.body, '注册请求');
      return ok(await enrollDevice(db, body));
    } catch (error) {
      failures.take(request.ip);
      throw error;
    }
  });
}
