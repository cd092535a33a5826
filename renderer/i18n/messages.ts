import type { Language } from '../../shared/ipc';
import { calendarEn, calendarZh } from './messages-calendar';
import { counterZh } from './messages-counter';
import { counterEn } from './messages-counter-en';
import { officeZh } from './messages-office';
import { keysZh } from './messages-keys';
import { keysEn } from './messages-keys-en';
import { officeEn } from './messages-office-en';
import { searchZh } from './messages-search';
import { searchEn } from './messages-search-en';

/** Every word the UI shows, in zh-CN (the default) and English. Keys are grouped by screen. */
export const messages = {
  'zh-CN': {
    'app.title': '一窗受理',
    'app.window': '窗口',
    'app.language': 'English',
    'app.settings': '本机设置',
    'server.online': '中心服务在线',
    'server.offline': '离线工作中',
    'server.checking': '正在连接中心服务',
    'catalog.title': '事项目录',
    'catalog.version': '目录版本 {version}，共 {count} 项',
    'catalog.empty': '尚未从中心服务获取事项目录。请确认网络连接后刷新；离线时仍可查看已下载的目录。',
    'catalog.search': '按名称、编码或拼音搜索（如 spjy），按 / 聚焦',
    'catalog.allSections': '全部科室',
    'catalog.col.code': '事项编码',
    'catalog.col.name': '事项名称',
    'catalog.col.department': '实施部门',
    'catalog.col.section': '科室',
    'catalog.col.handling': '办件类型',
    'catalog.col.tolerance': '容缺',
    'catalog.col.tier': '审批层级',
    'catalog.col.promised': '承诺时限',
    'catalog.col.legal': '法定时限',
    'catalog.col.materials': '材料',
    'catalog.refused': '事项目录更新失败：{message}',
    'handling.instant': '即办件',
    'handling.promise': '承诺件',
    'tolerance.A': 'A类（不容缺）',
    'tolerance.B': 'B类（可容缺）',
    'tier.window': '窗口办结',
    'tier.section': '科长审批',
    'tier.leader': '分管领导审批',
    'tier.meeting': '联席会议',
    'limit.workday': '{n} 个工作日',
    'limit.day': '{n} 日',
    'limit.month': '{n} 个月',
    'limit.instant': '即办',
    'materials.count': '{n} 项',
    ...counterZh,
    ...officeZh,
    ...calendarZh,
    ...searchZh,
    ...keysZh,
  },
  en: {
    'app.title': 'OneWindow',
    'app.window': 'Window',
    'app.language': '中文',
    'app.settings': 'Device settings',
    'server.online': 'Central server online',
    'server.offline': 'Working offline',
    'server.checking': 'Connecting to the central server',
    'catalog.title': 'Item catalog',
    'catalog.version': 'Catalog version {version}, {count} items',
    'catalog.empty':
      'No catalog has been received from the central server yet. Check the network and reload; a downloaded catalog stays available offline.',
    'catalog.search': 'Search by name, code or pinyin (e.g. spjy); press / to focus',
    'catalog.allSections': 'All sections',
    'catalog.col.code': 'Code',
    'catalog.col.name': 'Item',
    'catalog.col.department': 'Department',
    'catalog.col.section': 'Section',
    'catalog.col.handling': 'Handling',
    'catalog.col.tolerance': 'Tolerance',
    'catalog.col.tier': 'Tier',
    'catalog.col.promised': 'Promised',
    'catalog.col.legal': 'Legal limit',
    'catalog.col.materials': 'Materials',
    'catalog.refused': 'Catalog update failed: {message}',
    'handling.instant': 'Instant',
    'handling.promise': 'Promise',
    'tolerance.A': 'Class A (none missing)',
    'tolerance.B': 'Class B (tolerance)',
    'tier.window': 'At the window',
    'tier.section': 'Section chief',
    'tier.leader': 'Leader in charge',
    'tier.meeting': 'Joint meeting',
    'limit.workday': '{n} working days',
    'limit.day': '{n} days',
    'limit.month': '{n} months',
    'limit.instant': 'Instant',
    'materials.count': '{n}',
    ...counterEn,
    ...officeEn,
    ...calendarEn,
    ...searchEn,
    ...keysEn,
  },
} as const satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['zh-CN'];

export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template: string = messages[language][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
