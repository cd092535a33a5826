import { win32 } from 'node:path';
import { fail, ok, type Result } from '../../shared/result';
import { PAPER_SIZES } from '../../shared/ipc';
import {
  classifyLpError,
  hasControlCharacters,
  isValidPrinterName,
  parseLpRequestId,
  parseLpstatDefault,
  parseLpstatDestinations,
  parseLpstatStates,
  parseWindowsPrinters,
  type PrinterInfo,
} from './print-parse';

export type { PrinterInfo, PrinterState } from './print-parse';

/**
 * Printing without a dialog. Pure: every side effect (spawning a command, a temporary file)
 * comes in through `PrintDeps`, so unit tests use fakes and test/printer uses the real CUPS queue.
 *
 * - Linux and macOS: CUPS `lp -d <printer> -n <copies> -o media=<paper> -t <title> <file>`; the
 *   printer list from `lpstat -e`, `lpstat -d` and `lpstat -p`. Exercised by test/printer.
 * - Windows: SumatraPDF `-print-to <printer> -print-settings "<n>x,paper=<paper>,noscale" -silent
 *   <file>`, found beside the app (shipped in its resources) or installed in Program Files or the
 *   user's AppData (sumatraPdfCandidates); the printer list from PowerShell's Win32_Printer. NOT
 *   exercised on these machines (unit tests check the commands with the platform injected): the
 *   Windows spooler gives no job id, so `jobId` is null there.
 * Commands are spawned without a shell and the printer name is checked first.
 */

export type PaperSize = (typeof PAPER_SIZES)[number];

export type PrintRequest = {
  pdf: Uint8Array;
  /** A queue name; absent = the system's default printer. */
  printer?: string | undefined;
  copies: number;
  paper: PaperSize;
  /** The job's title in the queue (the document and case number). */
  title?: string | undefined;
};

export type PrintJob = { jobId: string | null; printer: string };

export type CommandResult = { code: number | null; stdout: string; stderr: string };

export type PrintDeps = {
  platform: string;
  /** Spawns `command` with `args` (never through a shell); rejects only if it cannot start. */
  runCommand(command: string, args: string[], stdin?: Uint8Array): Promise<CommandResult>;
  /** Writes bytes to a new private temporary file. */
  writeTempFile(bytes: Uint8Array, suffix: string): Promise<{ path: string; remove(): Promise<void> }>;
  /** Windows only: finds SumatraPDF.exe (print-node.ts looks in the places of sumatraPdfCandidates). */
  findSumatraPdf?: () => Promise<SumatraLookup>;
};

/** Where SumatraPDF was found, and every place looked at (for the message when it was not). */
export type SumatraLookup = { path: string | undefined; searched: string[] };

/**
 * The places SumatraPDF.exe may be, in order: the copy shipped with the app (its resources
 * folder), next to OneWindow.exe, then an installation of its own — Program Files (64- and
 * 32-bit) or the user's AppData, where Sumatra's installer puts it without administrator rights.
 */
export function sumatraPdfCandidates(places: {
  shipped?: string | undefined;
  appDir?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
}): string[] {
  const { env } = places;
  const installed = [env['ProgramFiles'], env['ProgramW6432'], env['ProgramFiles(x86)'], env['LOCALAPPDATA']]
    .filter((dir): dir is string => typeof dir === 'string' && dir.trim() !== '')
    .map((dir) => win32.join(dir, 'SumatraPDF', 'SumatraPDF.exe'));
  const all = [
    places.shipped,
    places.appDir ? win32.join(places.appDir, 'SumatraPDF.exe') : undefined,
    ...installed,
  ].filter((p): p is string => p !== undefined && p !== '');
  // Windows paths ignore case: C:\Program Files and c:\program files are one place.
  const seen = new Set<string>();
  return all.filter((p) => {
    const key = p.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The first candidate that exists. */
export async function locateSumatraPdf(
  candidates: string[],
  exists: (path: string) => Promise<boolean>,
): Promise<SumatraLookup> {
  for (const path of candidates) {
    if (await exists(path).catch(() => false)) return { path, searched: candidates };
  }
  return { path: undefined, searched: candidates };
}

/** SumatraPDF's arguments: silent, to the printer (or the default one), copies, paper, actual size. */
export function sumatraPrintArgs(request: PrintRequest, path: string): string[] {
  const target = request.printer ? ['-print-to', request.printer] : ['-print-to-default'];
  // noscale: print at 100 %. Sumatra's default shrinks an A4 page into the printable area, and a
  // seal or a form must come out at its real size.
  const settings = `${request.copies}x,paper=${request.paper},noscale`;
  return [...target, '-print-settings', settings, '-silent', path];
}

/** The zh-CN message when SumatraPDF is nowhere. */
export function sumatraMissingMessage(searched: string[]): string {
  return (
    '无法打印：本机没有找到 PDF 打印组件 SumatraPDF。请重新安装一窗受理（安装包自带该组件），' +
    `或将 SumatraPDF 安装到 C:\\Program Files\\SumatraPDF 后重试。已查找：${searched.join('；') || '（无）'}`
  );
}

export const PRINT_ERROR_CODES = [
  'invalid-request',
  'invalid-printer',
  'printer-not-found',
  'no-default-printer',
  'printing-unavailable',
  'print-failed',
] as const;
export type PrintErrorCode = (typeof PRINT_ERROR_CODES)[number];

const MESSAGES: Record<Exclude<PrintErrorCode, 'invalid-request'>, string> = {
  'invalid-printer': '打印机名称不正确，请在设置中重新选择打印机',
  'printer-not-found': '找不到设置的打印机，请检查打印机是否已安装，或在设置中重新选择',
  'no-default-printer': '未设置默认打印机，请在设置中选择打印机',
  'printing-unavailable': '打印服务不可用（CUPS 未运行或未安装），请联系大厅信息管理员',
  'print-failed': '打印失败',
};

const MAX_COPIES = 99;
const MAX_PDF_BYTES = 50 * 1024 * 1024;

function checkRequest(request: PrintRequest, platform: string): Result<null, PrintErrorCode> {
  if (!(request.pdf instanceof Uint8Array) || request.pdf.byteLength === 0) {
    return fail('invalid-request', '没有要打印的文书');
  }
  if (request.pdf.byteLength > MAX_PDF_BYTES) return fail('invalid-request', '文书过大，无法打印');
  if (String.fromCharCode(...request.pdf.subarray(0, 5)) !== '%PDF-') {
    return fail('invalid-request', '要打印的内容不是 PDF 文件');
  }
  if (!Number.isInteger(request.copies) || request.copies < 1 || request.copies > MAX_COPIES) {
    return fail('invalid-request', `打印份数应为 1–${MAX_COPIES} 的整数`);
  }
  if (!(PAPER_SIZES as readonly string[]).includes(request.paper)) {
    return fail('invalid-request', `不支持的纸张：${String(request.paper)}`);
  }
  if (request.printer !== undefined && !isValidPrinterName(request.printer, platform)) {
    return fail('invalid-printer', `${MESSAGES['invalid-printer']}（${JSON.stringify(request.printer)}）`);
  }
  return ok(null);
}

/** Job titles are shown in the queue; keep them to plain printable text. */
function safeTitle(title: string | undefined): string {
  const clean = [...(title ?? 'OneWindow')]
    .map((c) => (hasControlCharacters(c) || '"\'`\\'.includes(c) ? ' ' : c))
    .join('')
    .trim();
  return clean.slice(0, 120) || 'OneWindow';
}

export async function printPdf(
  request: PrintRequest,
  deps: PrintDeps,
): Promise<Result<PrintJob, PrintErrorCode>> {
  const checked = checkRequest(request, deps.platform);
  if (!checked.ok) return checked;
  let file: { path: string; remove(): Promise<void> };
  try {
    file = await deps.writeTempFile(request.pdf, '.pdf');
  } catch (error) {
    return fail('print-failed', `${MESSAGES['print-failed']}：无法写入临时文件（${describe(error)}）`);
  }
  try {
    return deps.platform === 'win32'
      ? await printWindows(request, file.path, deps)
      : await printCups(request, file.path, deps);
  } finally {
    // lp has copied the file into the spool when it returns; Sumatra has sent it to the spooler.
    await file.remove().catch(() => undefined);
  }
}

async function printCups(
  request: PrintRequest,
  path: string,
  deps: PrintDeps,
): Promise<Result<PrintJob, PrintErrorCode>> {
  const args = [
    ...(request.printer ? ['-d', request.printer] : []),
    '-n',
    String(request.copies),
    '-o',
    `media=${request.paper}`,
    '-t',
    safeTitle(request.title),
    '--',
    path,
  ];
  let result: CommandResult;
  try {
    result = await deps.runCommand('lp', args);
  } catch (error) {
    return fail('printing-unavailable', `${MESSAGES['printing-unavailable']}（${describe(error)}）`);
  }
  if (result.code !== 0) {
    const code = classifyLpError(result.stderr);
    const detail = result.stderr.trim() || `lp 退出码 ${String(result.code)}`;
    return fail(code, `${MESSAGES[code]}（${detail}）`);
  }
  const jobId = parseLpRequestId(result.stdout);
  if (!jobId)
    return fail('print-failed', `${MESSAGES['print-failed']}：无法识别 lp 的回复（${result.stdout.trim()}）`);
  return ok({ jobId, printer: request.printer ?? jobId.replace(/-\d+$/, '') });
}

async function printWindows(
  request: PrintRequest,
  path: string,
  deps: PrintDeps,
): Promise<Result<PrintJob, PrintErrorCode>> {
  const lookup = (await deps.findSumatraPdf?.()) ?? { path: undefined, searched: [] };
  if (!lookup.path) return fail('printing-unavailable', sumatraMissingMessage(lookup.searched));
  let result: CommandResult;
  try {
    result = await deps.runCommand(lookup.path, sumatraPrintArgs(request, path));
  } catch (error) {
    return fail('printing-unavailable', `${MESSAGES['printing-unavailable']}（${describe(error)}）`);
  }
  if (result.code !== 0) {
    return fail('print-failed', `${MESSAGES['print-failed']}（SumatraPDF 退出码 ${String(result.code)}）`);
  }
  return ok({ jobId: null, printer: request.printer ?? '默认打印机' });
}

export async function listPrinters(deps: PrintDeps): Promise<Result<PrinterInfo[], PrintErrorCode>> {
  try {
    if (deps.platform === 'win32') {
      const query =
        'Get-CimInstance -ClassName Win32_Printer | ForEach-Object { "$($_.Name)`t$($_.Default)" }';
      const result = await deps.runCommand('powershell.exe', [
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        query,
      ]);
      if (result.code !== 0) return fail('printing-unavailable', MESSAGES['printing-unavailable']);
      return ok(parseWindowsPrinters(result.stdout));
    }
    const destinations = await deps.runCommand('lpstat', ['-e']);
    if (destinations.code !== 0) {
      // No queue at all is not an error of the service: lpstat says so on stderr with code 1.
      if (/No destinations added/i.test(destinations.stderr)) return ok([]);
      return fail(
        'printing-unavailable',
        `${MESSAGES['printing-unavailable']}（${destinations.stderr.trim()}）`,
      );
    }
    const [fallback, states] = await Promise.all([
      deps.runCommand('lpstat', ['-d']),
      deps.runCommand('lpstat', ['-p']),
    ]);
    const defaultName = parseLpstatDefault(fallback.stdout);
    const stateOf = parseLpstatStates(states.stdout);
    return ok(
      parseLpstatDestinations(destinations.stdout).map((name) => ({
        name,
        isDefault: name === defaultName,
        state: stateOf.get(name) ?? 'unknown',
      })),
    );
  } catch (error) {
    return fail('printing-unavailable', `${MESSAGES['printing-unavailable']}（${describe(error)}）`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Carries a print failure's code through handlers that turn thrown errors into IPC results. */
export class PrintError extends Error {
  override readonly name = 'PrintError';
  constructor(
    readonly code: PrintErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The IPC handlers' bodies: results are unwrapped, failures thrown as PrintError (zh-CN message). */
export function createPrintHandlers(deps: PrintDeps) {
  return {
    print: async (request: PrintRequest): Promise<PrintJob> => {
      const result = await printPdf(request, deps);
      if (!result.ok) throw new PrintError(result.error.code, result.error.message);
      return result.value;
    },
    printers: async (): Promise<PrinterInfo[]> => {
      const result = await listPrinters(deps);
      if (!result.ok) throw new PrintError(result.error.code, result.error.message);
      return result.value;
    },
  };
}
