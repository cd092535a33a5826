import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DatabaseOpenError, errorText } from './database';

/** Lock files this process holds: a lock naming our own pid that is not in here is stale. */
const heldHere = new Set<string>();

/**
 * PGlite has no lock of its own: two processes on one data folder corrupt it. So the folder gets a
 * sibling `<folder>.lock` naming the owner's pid; a lock whose process is gone is taken over.
 * Returns the release function.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = `${resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(path, `${process.pid}\n`, { flag: 'wx' });
      heldHere.add(path);
      return () => release(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new DatabaseOpenError(`无法锁定数据目录 ${dataDir}：${errorText(error)}`, { cause: error });
      }
    }
    const holder = readHolder(path);
    if (holder === 'gone') continue; // released between our attempt and the read
    if (holder === 'unknown' || heldHere.has(path) || (holder !== process.pid && processExists(holder))) {
      throw new DatabaseOpenError(
        `数据目录 ${dataDir} 正被${holder === 'unknown' ? '另一个' : `进程 ${holder} 的`}中心服务使用` +
          `（若确无服务在运行，删除 ${path} 后重试） — data folder in use`,
      );
    }
    release(path); // its process is gone (a crash, or our own pid reused after a restart)
  }
  throw new DatabaseOpenError(`无法锁定数据目录 ${dataDir}：锁文件 ${path} 反复出现`);
}

function release(path: string): void {
  heldHere.delete(path);
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** 'unknown' (unreadable or half-written) counts as held: the refusal names the file to delete. */
function readHolder(path: string): number | 'unknown' | 'gone' {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : 'unknown';
  }
  const pid = Number.parseInt(text, 10);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : 'unknown';
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
