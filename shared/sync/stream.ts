import { z } from 'zod';

/**
 * Messages of the live stream (GET /api/v1/sync/stream, server-sent events, one JSON per `data:`
 * line). They only tell an online window to pull now; the pull carries the data, so a message
 * lost on the way costs a little delay, never an event.
 */
export const streamMessageSchema = z.discriminatedUnion('type', [
  /** Sent on connect: the server's high-water mark, so a window that missed messages catches up. */
  z.object({ type: z.literal('hello'), serverSeq: z.int().min(0) }),
  /** New events were committed up to serverSeq. */
  z.object({ type: z.literal('changed'), serverSeq: z.int().min(0) }),
  /** Reference data (catalog, hall, officers, credit list) changed. */
  z.object({ type: z.literal('reference') }),
  /** Keeps proxies from closing an idle stream. */
  z.object({ type: z.literal('ping') }),
]);
export type StreamMessage = z.infer<typeof streamMessageSchema>;

/** Encodes a message as one server-sent event. */
export function encodeStreamMessage(message: StreamMessage): string {
  return `data: ${JSON.stringify(message)}\n\n`;
}

/**
 * Splits a server-sent-events text buffer into complete messages and the unfinished rest.
 * Lines other than `data:` (comments, `event:`, `id:`) are ignored; a malformed message is skipped.
 */
export function decodeStreamMessages(buffer: string): { messages: StreamMessage[]; rest: string } {
  const normalized = buffer.replace(/\r\n?/g, '\n');
  const blocks = normalized.split('\n\n');
  const rest = blocks.pop() ?? '';
  const messages: StreamMessage[] = [];
  for (const block of blocks) {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    if (data === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(data);
    } catch {
      continue; // a foreign or cut message: the next pull recovers whatever it announced
    }
    const parsed = streamMessageSchema.safeParse(json);
    if (parsed.success) messages.push(parsed.data);
  }
  return { messages, rest };
}
