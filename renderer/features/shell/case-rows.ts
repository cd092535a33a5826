import type { KeyboardEvent, MouseEvent } from 'react';

/** Moves the focus to the row above or below (↑/↓) among the focusable case rows of one table. */
export function focusSiblingRow(event: KeyboardEvent<HTMLElement>): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const rows = [
    ...(event.currentTarget.parentElement?.querySelectorAll<HTMLElement>('tr.ow-case-row') ?? []),
  ];
  const at = rows.indexOf(event.currentTarget);
  const next = rows[event.key === 'ArrowDown' ? at + 1 : at - 1];
  event.preventDefault();
  next?.focus();
  return true;
}

/**
 * A row that opens its case: focusable, Enter or a click opens, ↑/↓ moves between rows. Keys and
 * clicks meant for a control inside the row (e.g. 终止办理) stay that control's.
 */
export function caseRowProps(caseNumber: string, open: () => void) {
  const own = (event: KeyboardEvent | MouseEvent) =>
    event.target === event.currentTarget ||
    !(event.target as HTMLElement).closest('button, a, input, textarea, .ant-select');
  return {
    tabIndex: 0,
    className: 'ow-case-row',
    'data-case-number': caseNumber,
    onClick: (event: MouseEvent<HTMLElement>) => {
      if (own(event)) open();
    },
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter') {
        event.preventDefault();
        open();
      } else focusSiblingRow(event);
    },
  };
}
