import { useEffect } from 'react';
import { isTyping } from './keys';
import { useNavigationStore } from './navigation-store';

/**
 * Esc goes back to the workbench (the back office's queue) while `active`: not while the officer
 * types in a field, nor while a modal is open (Esc closes the modal).
 */
export function useEscapeToWorkbench(active: boolean): void {
  const go = useNavigationStore((s) => s.go);
  useEffect(() => {
    if (!active) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape' || isTyping(event)) return;
      if (document.querySelector('.ant-modal-wrap')) return;
      event.preventDefault();
      go({ name: 'workbench' });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, active]);
}
