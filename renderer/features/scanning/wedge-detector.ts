/**
 * Tells a keyboard-wedge scanner (barcode/QR gun, ID-card reader) from a person at the keyboard.
 * A scanner "types" a whole code with every key a few milliseconds after the previous one and
 * ends it with Enter; a person never keeps keys under ~30 ms apart for a whole code. So a scan is
 * at least `minLength` characters, every gap (Enter included) at most `maxGapMs`, no key held
 * down (auto-repeat) and no modifier shortcut in between. Pure: it sees key names and times only.
 */

export interface WedgeOptions {
  /** The longest gap between two keys of one scan (ms). */
  maxGapMs: number;
  /** The shortest code taken for a scan; shorter fast bursts stay typing. */
  minLength: number;
}

export const DEFAULT_WEDGE_OPTIONS: WedgeOptions = { maxGapMs: 30, minLength: 6 };

export interface KeyInput {
  /** KeyboardEvent.key. */
  key: string;
  /** KeyboardEvent.timeStamp (ms); only differences matter. */
  time: number;
  /** A key held down (KeyboardEvent.repeat): a person. */
  repeat?: boolean;
  /** Ctrl, Alt or Meta held: a shortcut, never part of a code (Shift is: upper case). */
  modified?: boolean;
}

export type WedgeVerdict =
  /** Not part of a burst (or its first key): let it through. */
  | { kind: 'pass' }
  /** A character inside a fast burst: it must not trigger single-key shortcuts. */
  | { kind: 'burst' }
  /** Enter closing a scan: the code, and the Enter belongs to the scanner. */
  | { kind: 'scan'; text: string }
  /** Enter closing typed text: an ordinary Enter. */
  | { kind: 'typed'; text: string };

export interface WedgeDetector {
  feed(input: KeyInput): WedgeVerdict;
  reset(): void;
}

const IGNORED_KEYS = new Set(['Shift', 'CapsLock']);

export function createWedgeDetector(options: WedgeOptions = DEFAULT_WEDGE_OPTIONS): WedgeDetector {
  let text = '';
  /** When the last key of `text` came; a slow key starts `text` over, so every gap in it was fast. */
  let last = Number.NEGATIVE_INFINITY;

  function reset(): void {
    text = '';
    last = Number.NEGATIVE_INFINITY;
  }

  function feed(input: KeyInput): WedgeVerdict {
    if (IGNORED_KEYS.has(input.key)) return { kind: 'pass' };
    if (input.repeat || input.modified) {
      reset();
      return { kind: 'pass' };
    }
    const gap = input.time - last;
    if (input.key === 'Enter') {
      const code = text;
      const scanned = code.length >= options.minLength && gap <= options.maxGapMs;
      reset();
      if (code === '') return { kind: 'pass' };
      return scanned ? { kind: 'scan', text: code } : { kind: 'typed', text: code };
    }
    if ([...input.key].length !== 1) {
      // Tab, Backspace, arrows, F-keys: a person editing, not a code.
      reset();
      return { kind: 'pass' };
    }
    if (text !== '' && gap <= options.maxGapMs) {
      text += input.key;
      last = input.time;
      return { kind: 'burst' };
    }
    // A slow key starts over: only an unbroken fast run can be a scan.
    text = input.key;
    last = input.time;
    return { kind: 'pass' };
  }

  return { feed, reset };
}
