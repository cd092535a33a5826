/**
 * The wire protocol between a counter (window PC or village room) and the central server.
 * Every request carries PROTOCOL_VERSION in the PROTOCOL_HEADER; a server that no longer speaks
 * a client's version answers 426 with `protocol-too-old`, so an old counter says so in words
 * instead of failing oddly. Bump the version only for an incompatible change.
 */
export const PROTOCOL_VERSION = 1;
export const PROTOCOL_HEADER = 'x-onewindow-protocol';

/** Machine-readable codes of every refusal the server can give; messages travel beside them. */
export const ERROR_CODES = [
  'bad-request',
  'not-found',
  'payload-too-large',
  'protocol-too-old',
  'protocol-too-new',
  'rate-limited',
  'catalog-version-not-found',
  'internal',
  // Devices and their credentials.
  'unauthorized',
  'device-revoked',
  'device-mismatch',
  'enrollment-code-invalid',
  'enrollment-code-expired',
  'enrollment-code-used',
  // Push.
  'batch-too-large',
  'device-seq-gap',
  'device-seq-conflict',
  'event-conflict',
  // Blobs.
  'blob-hash-mismatch',
  'blob-too-large',
  // The public progress query.
  'case-not-found',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export * from './limits';
export * from './messages';
export * from './stream';
