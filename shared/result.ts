/**
 * The result shape of every call across a boundary (IPC, HTTP): never a thrown error that loses
 * its meaning on the way. `message` is in the officer's language (zh-CN) unless said otherwise.
 */
export type Failure<Code extends string = string> = { code: Code; message: string };
export type Result<T, Code extends string = string> =
  { ok: true; value: T } | { ok: false; error: Failure<Code> };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<Code extends string>(code: Code, message: string): { ok: false; error: Failure<Code> } {
  return { ok: false, error: { code, message } };
}

/** Ends an exhaustive switch: the compiler proves this is never reached. */
export function missingCase(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
