import {
  ipcContract,
  type Channel,
  type ChannelRequest,
  type ChannelResponse,
  type IpcResult,
} from '../../shared/ipc';
import { fail, ok } from '../../shared/result';

export type IpcHandlers = {
  [C in Channel]: (request: ChannelRequest<C>) => Promise<ChannelResponse<C>> | ChannelResponse<C>;
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
    return fail('failed', message);
  }
}
