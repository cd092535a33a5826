import type { z } from 'zod';
import {
  blobPutReplySchema,
  enrollReplySchema,
  pullReplySchema,
  pushReplySchema,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type BlobPutReply,
  type EnrollReply,
  type EnrollRequest,
  type PullReply,
  type PushReply,
  type PushRequest,
} from '../../shared/sync';

/**
 * How a request failed, as the engine must react:
 * - offline: no answer at all (network down, server stopped): retry with backoff, say "offline";
 * - retry: the server answered but cannot now (5xx, 429): retry with backoff;
 * - conflict: 409, the batch was refused as it stands (a gap, a changed event): do not advance;
 * - auth: 401/403, the device is not (or no longer) enrolled: stop until it is;
 * - fatal: any other refusal (426 old protocol, 400): show it, retry rarely.
 */
export type FailureKind = 'offline' | 'retry' | 'conflict' | 'auth' | 'fatal';
export type TransportFailure = {
  kind: FailureKind;
  code: string;
  message: string;
  status?: number;
  expectedSeq?: number;
};
export type TransportResult<T> = { ok: true; value: T } | { ok: false; error: TransportFailure };

export type Pusher = (request: PushRequest) => Promise<TransportResult<PushReply>>;
export type Puller = (cursor: string) => Promise<TransportResult<PullReply>>;
export type BlobUploader = (sha256: string, bytes: Uint8Array) => Promise<TransportResult<BlobPutReply>>;

/** What the engine needs from the network; tests pass fakes (STYLE.md: the transport is injected). */
export interface SyncTransport {
  push: Pusher;
  pull: Puller;
  putBlob: BlobUploader;
}

type Fetch = typeof fetch;

/** The HTTP transport to the central server (`serverUrl` '' = same origin, as in `npm run web`). */
export function createHttpTransport(options: {
  serverUrl: string;
  credential: string;
  fetch?: Fetch;
}): SyncTransport {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const headers = {
    authorization: `Bearer ${options.credential}`,
    [PROTOCOL_HEADER]: String(PROTOCOL_VERSION),
  };
  const url = (path: string) => `${options.serverUrl}${path}`;
  return {
    push: (request) =>
      call(
        doFetch,
        url('/api/v1/sync/push'),
        {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(request),
        },
        pushReplySchema,
      ),
    pull: (cursor) =>
      call(
        doFetch,
        url(`/api/v1/sync/pull?cursor=${encodeURIComponent(cursor)}`),
        { headers },
        pullReplySchema,
      ),
    putBlob: (sha256, bytes) =>
      call(
        doFetch,
        url(`/api/v1/blobs/${sha256}`),
        {
          method: 'PUT',
          headers: { ...headers, 'content-type': 'application/octet-stream' },
          body: bytes as Uint8Array<ArrayBuffer>,
        },
        blobPutReplySchema,
      ),
  };
}

/** POST /api/v1/devices/enroll: exchanges a one-time code for the device credential. */
export function enrollOverHttp(
  serverUrl: string,
  request: EnrollRequest,
  doFetch: Fetch = (i, n) => fetch(i, n),
): Promise<TransportResult<EnrollReply>> {
  return call(
    doFetch,
    `${serverUrl}/api/v1/devices/enroll`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
      body: JSON.stringify(request),
    },
    enrollReplySchema,
  );
}

async function call<T>(
  doFetch: Fetch,
  url: string,
  init: RequestInit,
  schema: z.ZodType<T>,
): Promise<TransportResult<T>> {
  let response: Response;
  try {
    response = await doFetch(url, init);
  } catch (error) {
    return fail(
      'offline',
      'network',
      `无法连接中心服务：${error instanceof Error ? error.message : String(error)}`,
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (response.ok) {
    const value = (body as { value?: unknown } | undefined)?.value;
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, value: parsed.data };
    return fail(
      'fatal',
      'bad-reply',
      '中心服务的答复格式不正确：请升级柜台程序或联系管理员',
      response.status,
    );
  }
  const error = (body as { error?: { code?: unknown; message?: unknown; expectedSeq?: unknown } } | undefined)
    ?.error;
  const code = typeof error?.code === 'string' ? error.code : `http-${response.status}`;
  const message = typeof error?.message === 'string' ? error.message : `中心服务返回 HTTP ${response.status}`;
  const kind: FailureKind =
    response.status === 409
      ? 'conflict'
      : response.status === 401 || response.status === 403
        ? 'auth'
        : response.status >= 500 || response.status === 429 || response.status === 408 || body === undefined
          ? 'retry'
          : 'fatal';
  const failure: TransportFailure = { kind, code, message, status: response.status };
  if (typeof error?.expectedSeq === 'number') failure.expectedSeq = error.expectedSeq;
  return { ok: false, error: failure };
}

function fail(
  kind: FailureKind,
  code: string,
  message: string,
  status?: number,
): { ok: false; error: TransportFailure } {
  return {
    ok: false,
    error: status === undefined ? { kind, code, message } : { kind, code, message, status },
  };
}
