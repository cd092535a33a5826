import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandResult, PrintDeps } from './print';

/**
 * The real side effects of printing in the main process: commands spawned without a shell (with
 * the C locale so that CUPS's messages can be recognised), and private temporary files.
 */
export function runCommand(command: string, args: string[], stdin?: Uint8Array): Promise<CommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      shell: false,
      windowsHide: true,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const timer = setTimeout(() => child.kill(), 60_000);
    child.stdout.on('data', (b: Buffer) => stdout.push(b));
    child.stderr.on('data', (b: Buffer) => stderr.push(b));
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    child.stdin.on('error', () => undefined); // a command that does not read stdin closes it early
    child.stdin.end(stdin ? Buffer.from(stdin) : undefined);
  });
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
