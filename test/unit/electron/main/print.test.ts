import { describe, expect, test } from 'vitest';
import {
  createPrintHandlers,
  listPrinters,
  locateSumatraPdf,
  PrintError,
  printPdf,
  sumatraMissingMessage,
  sumatraPdfCandidates,
  sumatraPrintArgs,
  type CommandResult,
  type PrintDeps,
  type PrintRequest,
} from '../../../../electron/main/print';
import {
  classifyLpError,
  isValidPrinterName,
  parseLpRequestId,
  parseLpstatStates,
} from '../../../../electron/main/print-parse';
import { nodePrintDeps } from '../../../../electron/main/print-node';

// printPdf with fake side effects: the commands it would run and how it reads their answers.

const PDF = new TextEncoder().encode('%PDF-1.7\n%fake\n');

type Call = { command: string; args: string[] };

const SUMATRA = 'C:\\Program Files\\OneWindow\\SumatraPDF.exe';

function fakeDeps(
  answer: (call: Call) => CommandResult | Error,
  platform = 'linux',
): PrintDeps & { calls: Call[]; removed: string[] } {
  const calls: Call[] = [];
  const removed: string[] = [];
  return {
    platform,
    calls,
    removed,
    findSumatraPdf: async () => ({ path: SUMATRA, searched: [SUMATRA] }),
    runCommand: async (command, args) => {
      const call = { command, args };
      calls.push(call);
      const result = answer(call);
      if (result instanceof Error) throw result;
      return result;
    },
    writeTempFile: async (_bytes, suffix) => {
      const path = `/tmp/onewindow-print-x/job${suffix}`;
      return { path, remove: async () => void removed.push(path) };
    },
  };
}

const request = (extra: Partial<PrintRequest> = {}): PrintRequest => ({
  pdf: PDF,
  printer: 'PDF',
  copies: 2,
  paper: 'A4',
  title: '受理通知书 W01-20261124-0007',
  ...extra,
});

describe('printPdf with CUPS', () => {
  test('runs lp with printer, copies, paper and title as separate arguments and returns the job id', async () => {
    const deps = fakeDeps(() => ({ code: 0, stdout: 'request id is PDF-12 (1 file(s))\n', stderr: '' }));
    const result = await printPdf(request(), deps);
    expect(result).toEqual({ ok: true, value: { jobId: 'PDF-12', printer: 'PDF' } });
    expect(deps.calls).toEqual([
      {
        command: 'lp',
        args: [
          '-d',
          'PDF',
          '-n',
          '2',
          '-o',
          'media=A4',
          '-t',
          '受理通知书 W01-20261124-0007',
          '--',
          '/tmp/onewindow-print-x/job.pdf',
        ],
      },
    ]);
    expect(deps.removed).toEqual(['/tmp/onewindow-print-x/job.pdf']);
  });

  test('without a printer the system default is used (no -d)', async () => {
    const deps = fakeDeps(() => ({ code: 0, stdout: 'request id is Office-3 (1 file(s))', stderr: '' }));
    const result = await printPdf(request({ printer: undefined, copies: 1 }), deps);
    expect(result).toEqual({ ok: true, value: { jobId: 'Office-3', printer: 'Office' } });
    expect(deps.calls[0]?.args.slice(0, 2)).toEqual(['-n', '1']);
  });

  test.each([
    ['PDF; rm -rf /', 'shell metacharacters'],
    ['-oraw', 'an option in disguise'],
    ['my printer', 'a space'],
    ['a/b', 'a slash'],
    ['', 'nothing'],
  ])('refuses the printer name %j (%s) before running anything', async (printer) => {
    const deps = fakeDeps(() => ({ code: 0, stdout: '', stderr: '' }));
    const result = await printPdf(request({ printer }), deps);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-printer');
      expect(result.error.message).toContain('打印机名称不正确');
    }
    expect(deps.calls).toEqual([]);
  });

  test('refuses what is not a PDF, and copies outside 1–99', async () => {
    const deps = fakeDeps(() => ({ code: 0, stdout: '', stderr: '' }));
    const notPdf = await printPdf(request({ pdf: new TextEncoder().encode('<html>') }), deps);
    expect(notPdf.ok || notPdf.error).toEqual({
      code: 'invalid-request',
      message: '要打印的内容不是 PDF 文件',
    });
    const tooMany = await printPdf(request({ copies: 100 }), deps);
    expect(tooMany.ok || tooMany.error.message).toContain('1–99');
    expect(deps.calls).toEqual([]);
  });

  test.each([
    ['lp: Error - The printer or class does not exist.', 'printer-not-found', '找不到设置的打印机'],
    ['lp: Error - no default destination available.', 'no-default-printer', '未设置默认打印机'],
    ['lp: Error - Unable to connect to server: Connection refused', 'printing-unavailable', '打印服务不可用'],
    ['lp: Error - something else', 'print-failed', '打印失败'],
  ])('lp failing with %j is reported as %s in Chinese', async (stderr, code, words) => {
    const deps = fakeDeps(() => ({ code: 1, stdout: '', stderr }));
    const result = await printPdf(request(), deps);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message).toContain(words);
      expect(result.error.message).toContain(stderr);
    }
    expect(deps.removed).toHaveLength(1);
  });

  test('lp missing altogether means printing is unavailable', async () => {
    const deps = fakeDeps(() => Object.assign(new Error('spawn lp ENOENT'), { code: 'ENOENT' }));
    const result = await printPdf(request(), deps);
    expect(result.ok || result.error.code).toBe('printing-unavailable');
  });
});

// Windows: not exercised on these machines. print.ts and print-node.ts load no Electron (nothing
// to mock): the platform, the environment, OneWindow.exe's path and the file checks are injected,
// and the commands are recorded instead of run.
describe('printPdf on Windows (SumatraPDF; platform injected, commands recorded)', () => {
  test('prints silently to the named printer with copies, paper and actual size, no job id', async () => {
    const deps = fakeDeps(() => ({ code: 0, stdout: '', stderr: '' }), 'win32');
    const result = await printPdf(request({ printer: '窗口1 HP LaserJet' }), deps);
    expect(result).toEqual({ ok: true, value: { jobId: null, printer: '窗口1 HP LaserJet' } });
    expect(deps.calls[0]).toEqual({
      command: 'C:\\Program Files\\OneWindow\\SumatraPDF.exe',
      args: [
        '-print-to',
        '窗口1 HP LaserJet',
        '-print-settings',
        '2x,paper=A4,noscale',
        '-silent',
        '/tmp/onewindow-print-x/job.pdf',
      ],
    });
    expect(deps.removed).toEqual(['/tmp/onewindow-print-x/job.pdf']);
  });

  test('without a printer it prints to the default one; other paper sizes pass through', () => {
    expect(sumatraPrintArgs(request({ printer: undefined, copies: 1, paper: 'A5' }), 'C:\\t\\a.pdf')).toEqual(
      ['-print-to-default', '-print-settings', '1x,paper=A5,noscale', '-silent', 'C:\\t\\a.pdf'],
    );
  });

  test('SumatraPDF is looked for beside the app, then in Program Files and AppData', async () => {
    const env = {
      ProgramFiles: 'C:\\Program Files',
      ProgramW6432: 'C:\\Program Files',
      'ProgramFiles(x86)': 'C:\\Program Files (x86)',
      LOCALAPPDATA: 'C:\\Users\\officer\\AppData\\Local',
    };
    const candidates = sumatraPdfCandidates({
      shipped: 'C:\\Program Files\\OneWindow\\resources\\SumatraPDF.exe',
      appDir: 'C:\\Program Files\\OneWindow',
      env,
    });
    expect(candidates).toEqual([
      'C:\\Program Files\\OneWindow\\resources\\SumatraPDF.exe',
      'C:\\Program Files\\OneWindow\\SumatraPDF.exe',
      'C:\\Program Files\\SumatraPDF\\SumatraPDF.exe',
      'C:\\Program Files (x86)\\SumatraPDF\\SumatraPDF.exe',
      'C:\\Users\\officer\\AppData\\Local\\SumatraPDF\\SumatraPDF.exe',
    ]);
    const onlyInstalled = new Set(['C:\\Program Files (x86)\\SumatraPDF\\SumatraPDF.exe']);
    expect(await locateSumatraPdf(candidates, async (p) => onlyInstalled.has(p))).toEqual({
      path: 'C:\\Program Files (x86)\\SumatraPDF\\SumatraPDF.exe',
      searched: candidates,
    });
    // A check that throws (no access) counts as absent.
    expect(
      await locateSumatraPdf(candidates, async () => {
        throw new Error('EACCES');
      }),
    ).toEqual({ path: undefined, searched: candidates });
  });

  test('nodePrintDeps on Windows finds an installed SumatraPDF and prints with it', async () => {
    const looked: string[] = [];
    const deps = nodePrintDeps({
      platform: 'win32',
      sumatraPdf: 'D:\\OneWindow\\resources\\SumatraPDF.exe',
      execPath: 'D:\\OneWindow\\OneWindow.exe',
      env: { ProgramFiles: 'C:\\Program Files' },
      exists: async (p) => {
        looked.push(p);
        return p === 'C:\\Program Files\\SumatraPDF\\SumatraPDF.exe';
      },
    });
    const calls: Call[] = [];
    deps.runCommand = async (command, args) => {
      calls.push({ command, args });
      return { code: 0, stdout: '', stderr: '' };
    };
    deps.writeTempFile = async () => ({ path: 'C:\\Temp\\job.pdf', remove: async () => undefined });
    const result = await printPdf(request({ printer: '窗口1 HP LaserJet', copies: 1 }), deps);
    expect(result.ok).toBe(true);
    expect(looked).toEqual([
      'D:\\OneWindow\\resources\\SumatraPDF.exe',
      'D:\\OneWindow\\SumatraPDF.exe',
      'C:\\Program Files\\SumatraPDF\\SumatraPDF.exe',
    ]);
    expect(calls).toEqual([
      {
        command: 'C:\\Program Files\\SumatraPDF\\SumatraPDF.exe',
        args: sumatraPrintArgs(request({ printer: '窗口1 HP LaserJet', copies: 1 }), 'C:\\Temp\\job.pdf'),
      },
    ]);
    // Elsewhere there is nothing to look for: CUPS prints.
    expect(nodePrintDeps({ platform: 'linux' }).findSumatraPdf).toBeUndefined();
  });

  test('no SumatraPDF anywhere: a Chinese message naming the places looked at, nothing run', async () => {
    const deps = nodePrintDeps({
      platform: 'win32',
      execPath: 'D:\\OneWindow\\OneWindow.exe',
      env: { ProgramFiles: 'C:\\Program Files' },
      exists: async () => false,
    });
    let ran = false;
    deps.runCommand = async () => {
      ran = true;
      return { code: 0, stdout: '', stderr: '' };
    };
    deps.writeTempFile = async () => ({ path: 'C:\\Temp\\job.pdf', remove: async () => undefined });
    const result = await printPdf(request(), deps);
    expect(ran).toBe(false);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('printing-unavailable');
      expect(result.error.message).toContain('没有找到 PDF 打印组件 SumatraPDF');
      expect(result.error.message).toContain('C:\\Program Files\\SumatraPDF\\SumatraPDF.exe');
      expect(result.error.message).toContain('D:\\OneWindow\\SumatraPDF.exe');
    }
    expect(sumatraMissingMessage([])).toContain('请重新安装一窗受理');
  });

  test('SumatraPDF failing is a print failure with its exit code', async () => {
    const deps = fakeDeps(() => ({ code: 1, stdout: '', stderr: '' }), 'win32');
    const result = await printPdf(request(), deps);
    expect(result.ok || result.error).toEqual({
      code: 'print-failed',
      message: '打印失败（SumatraPDF 退出码 1）',
    });
  });

  test('Windows names may have spaces and backslashes but no quotes or metacharacters', () => {
    expect(isValidPrinterName('\\\\print-server\\窗口 3', 'win32')).toBe(true);
    expect(isValidPrinterName('x" & del', 'win32')).toBe(false);
    expect(isValidPrinterName('x$(calc)', 'win32')).toBe(false);
  });
});

describe('the printer list', () => {
  test('names from lpstat -e, the default from lpstat -d, the state from lpstat -p', async () => {
    const deps = fakeDeps(({ args }) => {
      if (args[0] === '-e') return { code: 0, stdout: 'Office\nPDF\n', stderr: '' };
      if (args[0] === '-d') return { code: 0, stdout: 'system default destination: PDF\n', stderr: '' };
      return {
        code: 0,
        stdout:
          'printer Office disabled since Tue 24 Nov 2026 -\n\treason unknown\nprinter PDF is idle.  enabled since x\n',
        stderr: '',
      };
    });
    expect(await listPrinters(deps)).toEqual({
      ok: true,
      value: [
        { name: 'Office', isDefault: false, state: 'disabled' },
        { name: 'PDF', isDefault: true, state: 'idle' },
      ],
    });
  });

  test('no queue at all is an empty list, not an error', async () => {
    const deps = fakeDeps(() => ({ code: 1, stdout: '', stderr: 'lpstat: No destinations added.' }));
    expect(await listPrinters(deps)).toEqual({ ok: true, value: [] });
  });
});

describe('IPC handler bodies', () => {
  test('a failure is thrown as PrintError with its code and Chinese message', async () => {
    const handlers = createPrintHandlers(
      fakeDeps(() => ({ code: 1, stdout: '', stderr: 'The printer or class does not exist.' })),
    );
    const error = await handlers.print(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PrintError);
    expect((error as PrintError).code).toBe('printer-not-found');
  });
});

describe('parsing helpers', () => {
  test('the job id, states and failure kinds', () => {
    expect(parseLpRequestId('request id is PDF-12 (1 file(s))')).toBe('PDF-12');
    expect(parseLpRequestId('nothing')).toBeUndefined();
    expect(parseLpstatStates('printer A now printing A-3.  enabled since x').get('A')).toBe('printing');
    expect(classifyLpError('lpstat: Bad file descriptor')).toBe('printing-unavailable');
  });
});
