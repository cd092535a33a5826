import type { Language } from '../../../shared/ipc';
import { useShellStore } from '../shell/store';

/** The sync feature's own words (kept here, beside the feature, in both languages). */
const zhCN = {
  online: '已同步',
  syncing: '同步中',
  offline: '离线（数据保存在本机）',
  notEnrolled: '设备未注册',
  revoked: '设备已停用',
  waiting: (cases: number, events: number, blobs: number) =>
    `待上传：办件 ${cases} 件（记录 ${events} 条），扫描件 ${blobs} 份`,
  cases: (n: number) => `${n} 件待上传`,
  nothingWaiting: '没有待上传的数据',
  lastSuccess: (when: string) => `上次同步：${when}`,
  never: '尚未同步',
  lastError: (message: string) => `最近错误：${message}`,
  retryAt: (when: string) => `将于 ${when} 重试`,
  backlog: (done: number, total: number) => `正在上传积压数据 ${done}/${total}`,
  storageWarning: '本机存储空间将满',
  storageCritical: '本机存储空间几乎已满：请立即联系管理员清理，在此之前数据仍安全保存',
  storageUsage: (used: string, quota: string) => `已用 ${used} / ${quota}`,
  notPersisted: '浏览器未授予持久存储：数据可能在空间紧张时被清除，请联系管理员',
  rejected: (n: number) => `被中心退回 ${n} 条`,
};

export type SyncMessages = typeof zhCN;

const en: SyncMessages = {
  online: 'Synced',
  syncing: 'Syncing',
  offline: 'Offline (data kept on this PC)',
  notEnrolled: 'Device not enrolled',
  revoked: 'Device revoked',
  waiting: (cases: number, events: number, blobs: number) =>
    `Waiting to upload: ${cases} ${cases === 1 ? 'case' : 'cases'} (${events} records), ${blobs} scans`,
  cases: (n: number) => `${n} ${n === 1 ? 'case' : 'cases'} to upload`,
  nothingWaiting: 'Nothing waiting to upload',
  lastSuccess: (when: string) => `Last sync: ${when}`,
  never: 'Not synced yet',
  lastError: (message: string) => `Last error: ${message}`,
  retryAt: (when: string) => `Retrying at ${when}`,
  backlog: (done: number, total: number) => `Uploading backlog ${done}/${total}`,
  storageWarning: 'Local storage nearly full',
  storageCritical: 'Local storage almost full: call the administrator now; your data is still safe',
  storageUsage: (used: string, quota: string) => `Used ${used} of ${quota}`,
  notPersisted: 'The browser did not grant persistent storage: call the administrator',
  rejected: (n: number) => `${n} rejected by the centre`,
};

const MESSAGES: Record<Language, SyncMessages> = { 'zh-CN': zhCN, en };

export function syncMessages(language: Language): SyncMessages {
  return MESSAGES[language];
}

export function useSyncMessages(): SyncMessages {
  return syncMessages(useShellStore((s) => s.language));
}
