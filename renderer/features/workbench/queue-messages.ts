import type { Language } from '../../../shared/ipc';
import { useShellStore } from '../shell/store';
import type { QueueKind } from './work-queue';

const zhCN = {
  title: '工作队列',
  hint: '按 Alt+L 进入队列，↑↓ 选择，Enter 打开',
  kind: {
    approve: '待审批',
    returned: '退回',
    paused: '暂停计时',
    supply: '容缺待补齐',
    certify: '待制证',
    deliver: '待出件',
    notified: '待补正',
    sent: '已送窗口审批',
  } satisfies Record<QueueKind, string>,
  col: { todo: '待办', caseNumber: '办件编号', applicant: '申请人', item: '事项' },
  fromCounter: (code: string) => `${code} 受理`,
  returnedBy: (step: string, opinion: string) => `${step}退回：${opinion}`,
  supplyBy: (date: string) => `补齐期限 ${date}`,
  notifiedOn: (date: string) => `${date} 已一次性告知`,
  waitsAt: (windows: string) => `待 ${windows} 审批`,
};

export type QueueMessages = typeof zhCN;

const en: QueueMessages = {
  title: 'Work queue',
  hint: 'Alt+L enters the queue, ↑↓ choose, Enter opens',
  kind: {
    approve: 'To approve',
    returned: 'Returned',
    paused: 'Clock paused',
    supply: 'Materials owed',
    certify: 'Certificate to make',
    deliver: 'To hand out',
    notified: 'Awaiting materials',
    sent: 'Sent for approval',
  },
  col: { todo: 'To do', caseNumber: 'Case number', applicant: 'Applicant', item: 'Item' },
  fromCounter: (code: string) => `accepted at ${code}`,
  returnedBy: (step: string, opinion: string) => `returned by ${step}: ${opinion}`,
  supplyBy: (date: string) => `materials due ${date}`,
  notifiedOn: (date: string) => `notified of missing materials on ${date}`,
  waitsAt: (windows: string) => `waits for approval at ${windows}`,
};

const MESSAGES: Record<Language, QueueMessages> = { 'zh-CN': zhCN, en };

export function useQueueMessages(): QueueMessages {
  return MESSAGES[useShellStore((s) => s.language)];
}
