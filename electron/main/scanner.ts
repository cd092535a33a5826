/**
 * Flatbed and feeder scanners through SANE's `scanimage` (Linux, including UOS and Kylin). Pure
 * functions given the command runner, so tests can run them against fakes and against the real
 * SANE `test` backend alike. Windows halls use the watched scan folder instead (scan-folder.ts).
 */
export interface BinaryCommandResult {
  code: number | null;
  stdout: Uint8Array;
  stderr: string;
}

export type RunBinary = (command: string, args: string[]) => Promise<BinaryCommandResult>;

export interface ScannerInfo {
  device: string;
  description: string;
}

export interface ScanRequest {
  device: string;
  resolution: number;
  mode: 'Color' | 'Gray' | 'Lineart';
  source?: 'Flatbed' | 'Automatic Document Feeder';
}

export type ScanResult =
  | { ok: true; value: { mime: 'image/png'; bytes: Uint8Array } }
  | { ok: false; error: { code: 'no-scanner' | 'invalid-request' | 'scan-failed'; message: string } };

/** SANE device names look like `backend:bus:address` (`test:0`, `hpaio:/usb/...`); nothing a shell would read. */
const DEVICE_PATTERN = /^[A-Za-z0-9_.-]+(:[A-Za-z0-9_./=?&%-]*)*$/;

/** Parses `scanimage -L`: "device `test:0' is a Noname frontend-tester virtual device". */
export function parseScannerList(output: string): ScannerInfo[] {
  const scanners: ScannerInfo[] = [];
  for (const line of output.split('\n')) {
    const match = /^device `([^']+)' is an? (.+)$/.exec(line.trim());
    if (match?.[1] && match[2]) scanners.push({ device: match[1], description: match[2] });
  }
  return scanners;
}

export async function listScanners(run: RunBinary): Promise<ScannerInfo[]> {
  const result = await run('scanimage', ['-L']);
  return parseScannerList(new TextDecoder().decode(result.stdout));
}

export function validateScanRequest(request: ScanRequest): string | undefined {
  if (!DEVICE_PATTERN.test(request.device) || request.device.length > 200)
    return `扫描仪名称无效：${request.device}`;
  if (!Number.isInteger(request.resolution) || request.resolution < 50 || request.resolution > 1200) {
    return `分辨率应为 50–1200 dpi 的整数，收到 ${request.resolution}`;
  }
  return undefined;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Scans one page as PNG. A scanner that is off, busy or out of paper gives its reason in Chinese. */
export async function scanPage(request: ScanRequest, run: RunBinary): Promise<ScanResult> {
  const invalid = validateScanRequest(request);
  if (invalid) return { ok: false, error: { code: 'invalid-request', message: invalid } };
  const args = [
    '-d',
    request.device,
    '--format=png',
    '--resolution',
    String(request.resolution),
    '--mode',
    request.mode,
  ];
  if (request.source) args.push('--source', request.source);
  let result: BinaryCommandResult;
  try {
    result = await run('scanimage', args);
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    return {
      ok: false,
      error: {
        code: 'no-scanner',
        message: missing
          ? '本机未安装 SANE 扫描程序（scanimage），请联系信息管理员'
          : `扫描失败：${String(error)}`,
      },
    };
  }
  const isPng = PNG_SIGNATURE.every((byte, i) => result.stdout[i] === byte);
  if (result.code !== 0 || !isPng) {
    return { ok: false, error: { code: 'scan-failed', message: scanFailure(result.stderr) } };
  }
  return { ok: true, value: { mime: 'image/png', bytes: result.stdout } };
}

function scanFailure(stderr: string): string {
  if (/Document feeder out of documents|no more documents/i.test(stderr))
    return '进纸器中没有纸张，请放入材料后重试';
  if (/Device busy/i.test(stderr)) return '扫描仪正忙，请稍后重试';
  if (/Invalid argument|no SANE devices|open of device .* failed/i.test(stderr)) {
    return '找不到扫描仪，请检查扫描仪是否开机并已连接';
  }
  return `扫描失败：${stderr.trim().split('\n').at(-1) ?? '未知原因'}`;
}
