import { exportDB, importInto, peakImportFile } from 'dexie-export-import';
import type { CounterDb } from './schema';

export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/**
 * The whole local database — cases, events, the outbox, scans and reference data — as one file,
 * for moving a window's work off a broken PC. Blobs are included.
 */
export async function exportBackup(db: CounterDb): Promise<Blob> {
  return exportDB(db, { prettyJson: false });
}

export interface BackupSummary {
  databaseName: string;
  databaseVersion: number;
  tables: Array<{ name: string; rowCount: number }>;
}

export async function readBackupSummary(file: Blob): Promise<BackupSummary> {
  let meta;
  try {
    meta = await peakImportFile(file);
  } catch (cause) {
    throw new BackupError('这不是一窗受理的备份文件（无法读取）', { cause });
  }
  if (meta.formatName !== 'dexie') throw new BackupError('这不是一窗受理的备份文件');
  return {
    databaseName: meta.data.databaseName,
    databaseVersion: meta.data.databaseVersion,
    tables: meta.data.tables.map((t) => ({ name: t.name, rowCount: t.rowCount })),
  };
}

/**
 * Restores a backup onto this PC. Only into a database that holds no work of its own yet (no
 * events): merging two windows' logs would give two devices one identity. A backup written by a
 * newer version of the app is refused rather than half-read.
 */
export async function importBackup(db: CounterDb, file: Blob): Promise<BackupSummary> {
  const summary = await readBackupSummary(file);
  if (summary.databaseName !== db.name) {
    throw new BackupError(`备份来自另一个数据库（${summary.databaseName}），不能导入`);
  }
  if (summary.databaseVersion > db.verno) {
    throw new BackupError('备份由更新版本的一窗受理生成，请先升级本机程序再导入');
  }
  if ((await db.events.count()) > 0) {
    throw new BackupError('本机已有办件数据，只能导入到新安装的一窗受理中（以免两台电脑使用同一设备身份）');
  }
  await importInto(db, file, {
    overwriteValues: true,
    clearTablesBeforeImport: true,
    acceptVersionDiff: true,
  });
  return summary;
}
