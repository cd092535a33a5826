import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';
import type { CaseEvent, UnsealedCaseEvent } from './events';

/** sha256 (lowercase hex) of a text's UTF-8 bytes. */
export type Sha256Hex = (text: string) => string;

/** The portable one (@noble/hashes), for the device; the server passes Node's native one instead. */
export const sha256Hex: Sha256Hex = (text) => bytesToHex(sha256(utf8ToBytes(text)));

/**
 * sha256 (hex) of the RFC 8785 canonical JSON of the event without its `hash` field. Key order
 * and whitespace do not matter; every value does. Both the device and the server compute it, so
 * the same id arriving with a different hash is a different event (409), not a retry.
 */
export function eventHash(event: UnsealedCaseEvent | CaseEvent, digest: Sha256Hex = sha256Hex): string {
  const { hash: _hash, ...rest } = event as UnsealedCaseEvent & { hash?: string };
  const canonical = canonicalJson(rest);
  // canonicalJson gives undefined only for undefined input; an event object is never that.
  if (canonical === undefined) throw new TypeError('eventHash: the event is not JSON');
  return digest(canonical);
}

/** Adds the hash to an event built on the device. */
export function sealEvent<E extends UnsealedCaseEvent>(event: E): E & { hash: string } {
  return { ...event, hash: eventHash(event) };
}
