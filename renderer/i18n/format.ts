import type { Language } from '../../shared/ipc';

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** A date as officers write it: 2026年11月24日 星期二 (or 24 Nov 2026, Tue in English). */
export function formatLongDate(date: Date, language: Language): string {
  if (language === 'zh-CN') {
    return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日 ${WEEKDAYS_ZH[date.getDay()] ?? ''}`;
  }
  return date.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}
