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

/** Alt+letter by physical key, so that it works whatever the keyboard layout or IME says. */
export function isAlt(event: KeyboardEvent, letter: string): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.code === `Key${letter.toUpperCase()}`;
}
