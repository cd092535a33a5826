import type { Language } from '../../../shared/ipc';
import { useShellStore } from '../shell/store';

/** Words of the case page's queue actions: the reviewer's return, 补正后受理, where a case waits. */
const zhCN = {
  waitsAt: (windows: string) => `本件为即办件，代办员不能决定：已送大厅窗口审批（${windows}）`,
  returnedTitle: '审查退回窗口',
  returnedBy: (step: string, who: string, date: string) => `${step}（${who}）于 ${date} 退回，理由：`,
  corrected: '已更正并重新收取的材料（空格勾选）',
  note: '更正说明（随转办送审查）',
  notePlaceholder: '如：已补正位置图尺寸',
  resend: '重新转办',
  resent: '已重新转办审查',
  withdraw: '申请人撤回',
  withdrawConfirm: (caseNumber: string) => `确认办件 ${caseNumber} 由申请人撤回？撤回后办件结束，记录保留。`,
  withdrawOk: '确认撤回',
  cancel: '取消',
  withdrawn: '已记录撤回',
  resumeTitle: '补正后受理',
  resumeHint: (date: string) =>
    `${date} 已一次性告知。勾选申请人本次带来的材料（空格），已收取的材料保持不变。`,
  stillMissing: (names: string) => `仍缺：${names}`,
  resume: { accept: '予以受理', 'accept-with-tolerance': '容缺受理', 'notify-missing': '再次一次性告知' },
  resumed: { accept: '已受理', 'accept-with-tolerance': '已容缺受理', 'notify-missing': '已再次一次性告知' },
  noHall: '本机尚未收到大厅配置，不能受理',
  correctionTitle: '收取补正材料',
  correctionHint: (reason: string) =>
    `审批科室要求补正：${reason}。勾选申请人送来的材料（空格），由审批科室恢复计时。`,
  correctionRecord: '收取勾选的材料',
  correctionRecorded: '已收取补正材料',
};

export type CaseQueueMessages = typeof zhCN;

const en: CaseQueueMessages = {
  waitsAt: (windows: string) =>
    `An instant item a village agent cannot decide: sent to the hall for approval (${windows})`,
  returnedTitle: 'Returned to the window',
  returnedBy: (step: string, who: string, date: string) => `Returned by ${step} (${who}) on ${date}. Reason:`,
  corrected: 'Materials corrected and received again (Space ticks)',
  note: 'What was corrected (sent with the case)',
  notePlaceholder: 'e.g. the site plan now gives the dimensions',
  resend: 'Send again',
  resent: 'Sent to the review again',
  withdraw: 'Applicant withdraws',
  withdrawConfirm: (caseNumber: string) =>
    `Record that the applicant withdraws case ${caseNumber}? The case ends; its record is kept.`,
  withdrawOk: 'Withdraw',
  cancel: 'Cancel',
  withdrawn: 'Withdrawal recorded',
  resumeTitle: 'Continue after the notice',
  resumeHint: (date: string) =>
    `Notified of missing materials on ${date}. Tick what the applicant brought now (Space); what was received stays.`,
  stillMissing: (names: string) => `Still missing: ${names}`,
  resume: {
    accept: 'Accept',
    'accept-with-tolerance': 'Accept with missing items',
    'notify-missing': 'Notify again',
  },
  resumed: {
    accept: 'Accepted',
    'accept-with-tolerance': 'Accepted with missing items',
    'notify-missing': 'Notified again',
  },
  noHall: 'This device has not received the hall configuration yet',
  correctionTitle: 'Receive the corrections',
  correctionHint: (reason: string) =>
    `The back office asked for corrections: ${reason}. Tick what the applicant brought (Space); the back office restarts the clock.`,
  correctionRecord: 'Receive the ticked materials',
  correctionRecorded: 'Corrections received',
};

const MESSAGES: Record<Language, CaseQueueMessages> = { 'zh-CN': zhCN, en };

export function useCaseQueueMessages(): CaseQueueMessages {
  return MESSAGES[useShellStore((s) => s.language)];
}
