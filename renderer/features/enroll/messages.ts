import type { Language } from '../../../shared/ipc';
import { useShellStore } from '../shell/store';

const zhCN = {
  title: '注册本设备',
  intro:
    '本设备尚未在中心注册。请输入管理员提供的一次性注册码（管理员在中心服务器上运行 npm run server -- enroll --window 窗口编号 生成）。',
  codeLabel: '注册码',
  codePlaceholder: '如 7KQ2M-X9TBC',
  codeRequired: '请输入注册码',
  codeFormat: '注册码为 10 位字母或数字（不区分大小写，可含连字符）',
  submit: '注册',
  checking: '正在检查设备注册状态…',
  enrolled: (counter: string) => `注册成功：本设备为 ${counter}`,
  failed: (message: string) => `注册失败：${message}`,
};

export type EnrollMessages = typeof zhCN;

const en: EnrollMessages = {
  title: 'Enroll this device',
  intro:
    'This device is not enrolled with the centre yet. Enter the one-time code from your administrator (made on the server with npm run server -- enroll --window CODE).',
  codeLabel: 'Enrollment code',
  codePlaceholder: 'e.g. 7KQ2M-X9TBC',
  codeRequired: 'Enter the enrollment code',
  codeFormat: 'The code has 10 letters or digits (any case, hyphens allowed)',
  submit: 'Enroll',
  checking: 'Checking the device enrollment…',
  enrolled: (counter: string) => `Enrolled: this device is ${counter}`,
  failed: (message: string) => `Enrollment failed: ${message}`,
};

const MESSAGES: Record<Language, EnrollMessages> = { 'zh-CN': zhCN, en };

export function useEnrollMessages(): EnrollMessages {
  return MESSAGES[useShellStore((s) => s.language)];
}
