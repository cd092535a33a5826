import {
  IPC_ERROR_CODES,
  ipcContract,
  type Channel,
  type ChannelParsedRequest,
  type ChannelResponse,
  type IpcErrorCode,
  type IpcResult,
} from '../../shared/ipc';
import { fail, ok } from '../../shared/result';

export type IpcHandlers = {
  [C in Channel]: (request: ChannelParsedRequest<C>) => Promise<ChannelResponse<C>> | ChannelResponse<C>;
};

/**
 * Wraps a channel's handler: checks the sending frame, parses the request with the channel's
 * shared schema, runs the handler, and turns every outcome into an IpcResult. The renderer is
 * never trusted, and a thrown error never crosses IPC without its message.
 */
export async function handleIpcCall<C extends Channel>(
  channel: C,
  handler: IpcHandlers[C],
  senderUrl: string | undefined,
  isTrustedSender: (url: string) => boolean,
  raw: unknown,
): Promise<IpcResult<C>> {
  if (senderUrl === undefined || !isTrustedSender(senderUrl)) {
    return fail('forbidden-sender', `拒绝来自非本应用页面的请求：${senderUrl ?? '未知来源'}`);
  }
  const parsed = ipcContract[channel].request.safeParse(raw);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '请求'}：${i.message}`).join('；');
    return fail('invalid-request', `请求内容不正确：${detail}`);
  }
  try {
    const value = await (handler as (r: unknown) => Promise<ChannelResponse<C>> | ChannelResponse<C>)(
      parsed.data,
    );
    return ok(ipcContract[channel].response.parse(value) as ChannelResponse<C>);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A handler's own refusal (printer not found, scanner busy) keeps its code; anything else is 'failed'.
    const code = (error as { code?: unknown } | null)?.code;
    return fail(isIpcErrorCode(code) ? code : 'failed', message);
  }
}

function isIpcErrorCode(code: unknown): code is IpcErrorCode {
  return typeof code === 'string' && (IPC_ERROR_CODES as readonly string[]).includes(code);
}

/** A refusal a handler throws with one of the IPC error codes, so the renderer can tell cases apart. */
export class IpcRefusal extends Error {
  override readonly name = 'IpcRefusal';
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}
