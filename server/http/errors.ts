import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { fail } from '../../shared/result';
import type { ErrorCode } from '../../shared/sync';

/** A refusal a route means to give: the status, a code from shared/sync and a zh-CN message. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Readonly<Record<string, string | number>> },
  ) {
    super(message, options);
    this.details = options?.details ?? {};
  }
  /** Extra fields of the error object beside code and message (a 409's `expectedSeq`). */
  readonly details: Readonly<Record<string, string | number>>;
}

/** Parses untrusted input (params, query, body) or refuses with 400 bad-request naming the field. */
export function parseInput<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const detail = result.error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}：${issue.message}` : issue.message))
    .join('；');
  throw new HttpError(400, 'bad-request', `${what}无效：${detail}`);
}

/**
 * Every refusal, whatever raised it (a route, Fastify's body parser, an unknown URL), leaves as
 * `{ ok: false, error: { code, message } }`. Unexpected errors are logged whole and answered
 * with a generic message: internals do not leak to the counters.
 */
export function installErrorReplies(app: FastifyInstance, bodyLimit: number): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { statusCode, code, message } = describe(error, request.routeOptions.bodyLimit ?? bodyLimit);
    if (statusCode >= 500) request.log.error({ err: error }, 'request failed');
    const body = fail(code, message);
    if (error instanceof HttpError) Object.assign(body.error, error.details);
    return reply.status(statusCode).send(body);
  });
  app.setNotFoundHandler((request, reply) => {
    return reply.status(404).send(fail('not-found', `未找到 ${request.method} ${request.url.slice(0, 200)}`));
  });
}

/** For Fastify's `frameworkErrors` option (a malformed URL, before any route is chosen). */
export function frameworkErrorReply(
  error: FastifyError,
  _request: FastifyRequest,
  reply: FastifyReply,
): void {
  void reply.status(400).send(fail('bad-request', `请求地址无效：${error.message}`));
}

function describe(
  error: FastifyError,
  bodyLimit: number,
): { statusCode: number; code: ErrorCode; message: string } {
  if (error instanceof HttpError) return error;
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return { statusCode: 413, code: 'payload-too-large', message: `请求内容过大：上限 ${bodyLimit} 字节` };
  }
  if (status === 415) {
    return { statusCode: 415, code: 'bad-request', message: '不支持的请求内容类型：请发送 application/json' };
  }
  if (error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return { statusCode: 400, code: 'bad-request', message: '请求内容为空：应为 JSON' };
  }
  if (status === 400 && (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError)) {
    return { statusCode: 400, code: 'bad-request', message: '请求内容不是有效的 JSON' };
  }
  if (status === 429) return { statusCode: 429, code: 'rate-limited', message: '请求过于频繁，请稍后重试' };
  if (status >= 400 && status < 500) {
    return { statusCode: status, code: 'bad-request', message: `请求无效：${error.message}` };
  }
  return { statusCode: 500, code: 'internal', message: '中心服务内部错误，请稍后重试或联系管理员' };
}
