import { z } from 'zod';

/** A civil date 'YYYY-MM-DD' (a real one: 2026-02-30 is refused). Compares correctly as a string. */
export const isoDateSchema = z.iso.date();
/**
 * An instant from a device clock, ISO 8601 with an offset. Devices write the hall's local offset
 * (2026-11-24T09:30:00+08:00) so that the first ten characters are the hall's date.
 */
export const isoDateTimeSchema = z.iso.datetime({ offset: true });
export const sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/);
export const uuidV7Schema = z.uuidv7();
/** Case ids are UUIDs made on the device (v7 by convention; any RFC 9562 UUID is accepted). */
export const caseIdSchema = z.uuid();
export const officerIdSchema = z.string().min(1).max(64);
export const deviceIdSchema = z.string().min(1).max(64);
/** Free text an officer types: never empty, bounded so one event stays small. */
export const textSchema = z.string().min(1).max(2000);
export const shortTextSchema = z.string().min(1).max(200);

/** The hall's civil date of a device instant (see isoDateTimeSchema for why this is right). */
export function dateOf(dateTime: string): string {
  return dateTime.slice(0, 10);
}

export function earlierDate(a: string, b: string): string {
  return a <= b ? a : b;
}

const HALL_OFFSET_MINUTES = 8 * 60;

/**
 * An instant as a device writes it: the hall's wall clock with its +08:00 offset (China keeps one
 * offset all year), so `dateOf` gives the hall's date whatever zone the PC is set to.
 */
export function hallDateTime(epochMs: number): string {
  const local = new Date(epochMs + HALL_OFFSET_MINUTES * 60_000).toISOString();
  return `${local.slice(0, 23)}+08:00`;
}
