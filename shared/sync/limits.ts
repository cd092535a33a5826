/**
 * Limits both sides know. The server refuses past them with a code; the client stays under them,
 * so a refusal for size means a bug or a foreign client, never a normal backlog.
 */

/** Most events one push may carry (`batch-too-large` past it). */
export const MAX_PUSH_EVENTS = 500;
/** Largest push body the server reads, in bytes (`payload-too-large` past it). */
export const MAX_PUSH_BYTES = 8 * 1024 * 1024;
/** The client's own batch: well under both limits, so one slow link still finishes a batch. */
export const CLIENT_PUSH_EVENTS = 250;
export const CLIENT_PUSH_BYTES = 2 * 1024 * 1024;
/** Most events one pull returns; `more` tells the client to ask again at once. */
export const MAX_PULL_EVENTS = 1000;
/** Largest scan or photo, in bytes (`blob-too-large` past it). */
export const MAX_BLOB_BYTES = 20 * 1024 * 1024;
