import { z } from 'zod';

/**
 * The roles an officer can hold in a hall. An officer may hold several (a section chief who also
 * reviews). Event types name the roles allowed to record them (shared/domain).
 */
export const ROLES = [
  'window', // 窗口受理人员
  'agent', // 村/社区代办员
  'reviewer', // 审查人员
  'chief', // 科长
  'leader', // 分管领导
  'secretary', // 联席会议秘书 (records the joint meeting's decision)
  'supervisor', // 大厅管理 / 电子监察
  'admin', // 系统管理员
] as const;

export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABELS: Readonly<Record<Role, { zh: string; en: string }>> = {
  window: { zh: '窗口受理', en: 'Window officer' },
  agent: { zh: '代办员', en: 'Village agent' },
  reviewer: { zh: '审查', en: 'Reviewer' },
  chief: { zh: '科长', en: 'Section chief' },
  leader: { zh: '分管领导', en: 'Leader in charge' },
  secretary: { zh: '联席会议秘书', en: 'Joint meeting secretary' },
  supervisor: { zh: '电子监察', en: 'Supervisor' },
  admin: { zh: '系统管理员', en: 'Administrator' },
};
