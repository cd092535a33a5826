import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult, PrintDeps } from './print';
import { runBinary } from './run-binary';

/** The real side effects of printing in the main process: commands (see runBinary) and private temporary files. */
export async function runCommand(
  command: string,
  args: string[],
  stdin?: Uint8Array,
): Promise<CommandResult> {
  const result = await runBinary(command, args, { timeoutMs: 60_000, ...(stdin ? { stdin } : {}) });
  return { code: result.code, stdout: new TextDecoder().decode(result.stdout), stderr: result.stderr };
}

export async function writeTempFile(
  bytes: Uint8Array,
  suffix: string,
): Promise<{ path: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'onewindow-print-'));
  const path = join(dir, `${randomUUID()}${suffix}`);
  await writeFile(path, bytes, { mode: 0o600 });
  return { path, remove: () => rm(dir, { recursive: true, force: true }) };
}

export function nodePrintDeps(options: { sumatraPdf?: string } = {}): PrintDeps {
  return { platform: process.platform, runCommand, writeTempFile, ...options };
}
