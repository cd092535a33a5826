import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, win32 } from 'node:path';
import { locateSumatraPdf, sumatraPdfCandidates, type CommandResult, type PrintDeps } from './print';
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

async function isFile(path: string): Promise<boolean> {
  return access(path, constants.R_OK).then(
    () => true,
    () => false,
  );
}

export type NodePrintOptions = {
  /** The SumatraPDF.exe shipped with the app (Windows). */
  sumatraPdf?: string;
  /** Injected by tests; the process's own otherwise. */
  platform?: string;
  env?: Readonly<Record<string, string | undefined>>;
  execPath?: string;
  exists?: (path: string) => Promise<boolean>;
};

export function nodePrintDeps(options: NodePrintOptions = {}): PrintDeps {
  const platform = options.platform ?? process.platform;
  const deps: PrintDeps = { platform, runCommand, writeTempFile };
  if (platform === 'win32') {
    // Looked up at every print: an administrator may install SumatraPDF while the app runs.
    deps.findSumatraPdf = () =>
      locateSumatraPdf(
        sumatraPdfCandidates({
          shipped: options.sumatraPdf,
          appDir: win32.dirname(options.execPath ?? process.execPath),
          env: options.env ?? process.env,
        }),
        options.exists ?? isFile,
      );
  }
  return deps;
}
