import { spawn } from 'node:child_process';
import type { BinaryCommandResult } from './scanner';

/**
 * Runs a command without a shell (arguments are never parsed by one) in the C locale, so that
 * CUPS's and SANE's messages can be recognised, and collects stdout as bytes (a scanned image, or
 * text the caller decodes). Rejects only if the command cannot start; a hung one is killed.
 */
export function runBinary(
  command: string,
  args: string[],
  options: { stdin?: Uint8Array; timeoutMs?: number } = {},
): Promise<BinaryCommandResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      shell: false,
      windowsHide: true,
      env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const timer = setTimeout(() => child.kill(), options.timeoutMs ?? 120_000);
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
        stdout: new Uint8Array(Buffer.concat(stdout)),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
    child.stdin.on('error', () => undefined); // a command that does not read stdin closes it early
    child.stdin.end(options.stdin ? Buffer.from(options.stdin) : undefined);
  });
}
