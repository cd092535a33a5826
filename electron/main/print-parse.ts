/**
 * Pure helpers of printing: printer-name checks and parsing of CUPS command output. Kept apart
 * from print.ts so that the rules can be read (and tested) on their own.
 */

export type PrinterState = 'idle' | 'printing' | 'disabled' | 'unknown';
export type PrinterInfo = { name: string; isDefault: boolean; state: PrinterState };

/**
 * CUPS queue names: printable ASCII without space, tab, '/', '\\', quotes or '#', at most 127
 * characters (lpadmin's rule). We also refuse a leading '-', which `lp` would read as an option,
 * and every shell metacharacter although commands are spawned without a shell.
 */
const CUPS_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:@+=-]{0,126}$/;

/**
 * Windows printer names may hold spaces, Chinese and backslashes (\\server\queue) but never
 * control characters, quotes or the characters cmd and PowerShell treat specially.
 */
const WINDOWS_NAME = /^[^"'`$;&|<>^%*?]{1,220}$/u;

export function hasControlCharacters(text: string): boolean {
  return [...text].some((c) => (c.codePointAt(0) ?? 0) < 0x20 || c === '\u007f');
}

export function isValidPrinterName(name: string, platform: string): boolean {
  if (name !== name.trim() || name.startsWith('-') || hasControlCharacters(name)) return false;
  return platform === 'win32' ? WINDOWS_NAME.test(name) : CUPS_NAME.test(name);
}

/** The job id from `lp`: "request id is PDF-12 (1 file(s))" → "PDF-12". */
export function parseLpRequestId(stdout: string): string | undefined {
  return /request id is (\S+)/.exec(stdout)?.[1];
}

/** `lpstat -e`: one destination a line. */
export function parseLpstatDestinations(stdout: string): string[] {
  return stdout
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.includes(' '));
}

/** `lpstat -d`: "system default destination: PDF" (or "no system default destination"). */
export function parseLpstatDefault(stdout: string): string | undefined {
  return /system default destination:\s*(\S+)/.exec(stdout)?.[1];
}

/** `lpstat -p`: "printer PDF is idle.  enabled since …" / "printer X disabled since …". */
export function parseLpstatStates(stdout: string): Map<string, PrinterState> {
  const states = new Map<string, PrinterState>();
  for (const line of stdout.split('\n')) {
    const m = /^printer (\S+) (.*)$/.exec(line.trim());
    if (!m?.[1]) continue;
    const rest = m[2] ?? '';
    const state: PrinterState = /disabled/.test(rest)
      ? 'disabled'
      : /is idle/.test(rest)
        ? 'idle'
        : /now printing/.test(rest)
          ? 'printing'
          : 'unknown';
    states.set(m[1], state);
  }
  return states;
}

/** Output of the PowerShell printer query: "name<TAB>True|False" a line. */
export function parseWindowsPrinters(stdout: string): PrinterInfo[] {
  return stdout
    .split(/\r?\n/)
    .map((l) => l.split('\t'))
    .filter(([name]) => name !== undefined && name.trim() !== '')
    .map(([name = '', isDefault = '']) => ({
      name: name.trim(),
      isDefault: isDefault.trim().toLowerCase() === 'true',
      state: 'unknown' as const,
    }));
}

export type CupsFailure =
  'printer-not-found' | 'no-default-printer' | 'printing-unavailable' | 'print-failed';

/** What went wrong, judged from lp's stderr (CUPS's messages are English in the C locale we set). */
export function classifyLpError(stderr: string): CupsFailure {
  if (/does not exist|Unknown destination|not exist/i.test(stderr)) return 'printer-not-found';
  if (/no default destination/i.test(stderr)) return 'no-default-printer';
  if (/Unable to connect|scheduler is not running|Connection refused|Bad file descriptor/i.test(stderr)) {
    return 'printing-unavailable';
  }
  return 'print-failed';
}
