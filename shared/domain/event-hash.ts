import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import canonicalize from 'canonicalize';
import type { CaseEvent, UnsealedCaseEvent } from './events';

/**
 * sha256 (hex) of the RFC 8785 canonical JSON of the event without its `hash` field. Key order
 * and whitespace do not matter; every value does. Both the device and the server compute it, so
 * the same id arriving with a different hash is a different event (409), not a retry.
 */
export function eventHash(event: UnsealedCaseEvent | CaseEvent): string {
  const rest: Record<string, unknown> = { ...event };
  delete rest['hash'];
  const canonical = canonicalize(rest);
  // canonicalize gives undefined only for undefined input; an event object is never that.
  if (canonical === undefined) throw new TypeError('eventHash: the event is not JSON');
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** Adds the hash to an event built on the device. */
export function sealEvent<E extends UnsealedCaseEvent>(event: E): E & { hash: string } {
  return { ...event, hash: eventHash(event) };
}
