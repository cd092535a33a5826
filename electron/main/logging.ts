/** The parts of electron-log's file transport that are configured here (injected for tests). */
export interface FileTransportLike {
  maxSize: number;
  level: string | false;
}

export const LOG_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Logs rotate at 5 MB and keep one archive (main.old.log): a window PC runs for years and its disk
 * must never fill with logs. `info` and above in production; the renderer's errors reach the same file.
 */
export function configureFileLog(file: FileTransportLike, packaged: boolean): void {
  file.maxSize = LOG_MAX_BYTES;
  file.level = packaged ? 'info' : 'debug';
}
