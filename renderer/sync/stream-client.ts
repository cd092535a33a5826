import {
  decodeStreamMessages,
  PROTOCOL_HEADER,
  PROTOCOL_VERSION,
  type StreamMessage,
} from '../../shared/sync';
import { backoffDelay } from './sync-engine';

export interface StreamHandle {
  close(): void;
}

/**
 * Listens to GET /api/v1/sync/stream while the page lives, reconnecting with backoff. Uses fetch
 * (not EventSource) so the credential travels in the Authorization header, never in a URL.
 * A 401/403 ends it: the engine reports the refusal.
 */
export function openStream(options: {
  serverUrl: string;
  credential: string;
  onMessage: (message: StreamMessage) => void;
  onConnected?: (connected: boolean) => void;
  fetch?: typeof fetch;
}): StreamHandle {
  const doFetch = options.fetch ?? ((i, n) => fetch(i, n));
  const controller = new AbortController();
  let attempt = 0;

  async function connectOnce(): Promise<'again' | 'stop'> {
    const response = await doFetch(`${options.serverUrl}/api/v1/sync/stream`, {
      headers: { authorization: `Bearer ${options.credential}`, [PROTOCOL_HEADER]: String(PROTOCOL_VERSION) },
      signal: controller.signal,
    });
    if (response.status === 401 || response.status === 403 || response.status === 426) return 'stop';
    if (!response.ok || !response.body) return 'again';
    attempt = 0;
    options.onConnected?.(true);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return 'again';
      buffer += decoder.decode(value, { stream: true });
      const { messages, rest } = decodeStreamMessages(buffer);
      buffer = rest;
      for (const message of messages) options.onMessage(message);
    }
  }

  void (async () => {
    while (!controller.signal.aborted) {
      let next: 'again' | 'stop';
      try {
        next = await connectOnce();
      } catch {
        next = 'again'; // network gone or aborted: the loop condition decides
      }
      options.onConnected?.(false);
      if (next === 'stop' || controller.signal.aborted) return;
      attempt += 1;
      await new Promise((resolve) => setTimeout(resolve, backoffDelay(attempt, 1000, 30_000, Math.random)));
    }
  })();

  return { close: () => controller.abort() };
}
