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

/** '2026-11-24' (or the start of an ISO date-time) as 2026年11月24日, or 24 Nov 2026. */
export function formatDate(iso: string, language: Language): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return iso;
  if (language === 'zh-CN') return `${y}年${m}月${d}日`;
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** The wall-clock time of a device instant as written ('2026-11-24T09:30:00.000+08:00' → 09:30). */
export function formatTime(dateTime: string): string {
  return dateTime.slice(11, 16);
}

/** 2026年11月24日 09:30, or 24 Nov 2026 09:30. */
export function formatDateTime(dateTime: string, language: Language): string {
  return `${formatDate(dateTime, language)} ${formatTime(dateTime)}`;
}
