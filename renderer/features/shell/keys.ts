/** Whether a key event happens while the officer types into a field (single-letter keys stay text). */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null;
  if (!target) return false;
  if (target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return type !== 'checkbox' && type !== 'radio' && type !== 'button';
}

/**
 * Alt+letter by physical key, so that it works whatever the keyboard layout or IME says. Never
 * with Shift: Alt+Shift+letter belongs to the destructive decisions alone (DESTRUCTIVE_KEYS).
 */
export function isAlt(event: KeyboardEvent, letter: string): boolean {
  return (
    event.altKey &&
    !event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    event.code === `Key${letter.toUpperCase()}`
  );
}

/**
 * The keys of the decisions that end or undo something (docs/DECISIONS.md "Keys"). Each is
 * Alt+Shift+letter, means this one decision on every screen, no plain Alt+letter uses its
 * letter anywhere, and every one of them asks for a confirmation that names the case.
 */
export const DESTRUCTIVE_KEYS = {
  /** 不予受理 (the window's wizard). */
  refuse: 'R',
  /** 退回 (a back-office step). */
  return: 'T',
  /** 不予许可 (the top step: section chief, leader, the meeting). */
  deny: 'J',
  /** 终止 (a tolerance case past its deadline). */
  terminate: 'Z',
  /** 作废 (a case registered by mistake, by its registering officer). */
  void: 'V',
  /** 放弃 the walk-in in progress (its draft). */
  abandon: 'Q',
  /** 撤回 recorded for the applicant of a returned case (ends it). */
  withdraw: 'W',
} as const;
export type DestructiveAction = keyof typeof DESTRUCTIVE_KEYS;

export function isDestructiveKey(event: KeyboardEvent, action: DestructiveAction): boolean {
  return (
    event.altKey &&
    event.shiftKey &&
    !event.ctrlKey &&
    !event.metaKey &&
    event.code === `Key${DESTRUCTIVE_KEYS[action]}`
  );
}

/** The key as shown beside the action (and in the `?` help). */
export function destructiveKeyLabel(action: DestructiveAction): string {
  return `Alt+Shift+${DESTRUCTIVE_KEYS[action]}`;
}

/** Ctrl+P (Cmd+P): prints the screen's main paper instead of the browser's page. */
export function isPrintKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyP';
}

/** Ctrl+Enter: sends what the officer wrote (an opinion, a reason). */
export function isSubmitKey(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key === 'Enter';
}
