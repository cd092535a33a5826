import { EventRefusedError } from '../../db/case-repository';

/** What the officer reads when a command fails: every reason of the guard, or the error's words. */
export function commandErrorText(error: unknown): string {
  if (error instanceof EventRefusedError) return error.reasons.join('；');
  if (error instanceof Error) return error.message;
  return String(error);
}
