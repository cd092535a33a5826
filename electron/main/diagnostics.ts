import type { Settings } from '../../shared/ipc';

export interface DiagnosticsInput {
  now: Date;
  appVersion: string;
  versions: Readonly<Record<string, string | undefined>>;
  platform: string;
  arch: string;
  settings: Settings | { error: string };
  secretsBackend: string;
  logText: string | undefined;
}

const LOG_TAIL_LINES = 500;

/**
 * The report IT attaches to a ticket: what runs, how it is configured, and the end of the log.
 * Never the device credential or an officer's session: those stay in safeStorage.
 */
export function diagnosticsReport(input: DiagnosticsInput): string {
  const logLines = input.logText?.split('\n') ?? [];
  const tail = logLines.slice(-LOG_TAIL_LINES).join('\n');
  const versions = Object.entries(input.versions)
    .filter(([name]) => ['electron', 'chrome', 'node', 'v8'].includes(name))
    .map(([name, version]) => `${name} ${version ?? '?'}`)
    .join(', ');
  return [
    '一窗受理 诊断信息 OneWindow diagnostics',
    `时间 time: ${input.now.toISOString()}`,
    `版本 version: ${input.appVersion} (${versions})`,
    `系统 system: ${input.platform} ${input.arch}`,
    `凭据存储 secrets backend: ${input.secretsBackend}`,
    `设置 settings: ${JSON.stringify(input.settings)}`,
    '',
    `--- 日志（最后 ${LOG_TAIL_LINES} 行） log tail ---`,
    tail === '' ? '(无日志 no log)' : tail,
    '',
  ].join('\n');
}

export function diagnosticsFileName(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:T]/g, '');
  return `onewindow-diagnostics-${stamp}.txt`;
}
