import { useEffect, useRef } from 'react';
import { isDialogOpen } from '../shell/key-help-store';
import { isAlt, isDestructiveKey, isTyping } from '../shell/keys';
import { INTAKE_STEPS, type IntakeStep } from './intake-draft';

export interface WizardKeyActions {
  step: IntakeStep;
  enabled: boolean;
  next(): void;
  previous(): void;
  jump(step: IntakeStep): void;
  refuse(): void;
  abandon(): void;
  allReceived(): void;
  confirm(): void;
  leave(): void;
}

/**
 * The wizard's keyboard: Alt+N / PageDown next, Alt+P / PageUp back, Alt+1…5 a step, Alt+A every
 * material received, Enter goes on (confirms on the last step), Esc back to the workbench (the
 * draft stays). Its destructive keys are Alt+Shift+R 不予受理 and Alt+Shift+Q 放弃, each asking
 * first (DESTRUCTIVE_KEYS). Select lists and dialogs keep their own Enter and Esc.
 */
export function useWizardKeys(actions: WizardKeyActions): void {
  const ref = useRef(actions);
  useEffect(() => {
    ref.current = actions;
  });
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const a = ref.current;
      if (!a.enabled || event.defaultPrevented || isDialogOpen()) return;
      const target = event.target as HTMLElement | null;
      const inSelect = Boolean(target?.closest('.ant-select'));
      const handled = (fn: () => void) => {
        event.preventDefault();
        event.stopPropagation();
        fn();
      };
      if (isAlt(event, 'n') || (event.key === 'PageDown' && !event.altKey)) return handled(a.next);
      if (isAlt(event, 'p') || (event.key === 'PageUp' && !event.altKey)) return handled(a.previous);
      if (isDestructiveKey(event, 'refuse')) return handled(a.refuse);
      if (isDestructiveKey(event, 'abandon')) return handled(a.abandon);
      if (isAlt(event, 'a') && a.step === 'materials') return handled(a.allReceived);
      if (event.altKey && !event.shiftKey && /^Digit[1-5]$/.test(event.code)) {
        const step = INTAKE_STEPS[Number(event.code.slice(5)) - 1];
        if (step) return handled(() => a.jump(step));
      }
      if (event.key === 'Escape' && !inSelect) return handled(a.leave);
      if (event.key !== 'Enter' || event.altKey || event.shiftKey || inSelect) return;
      if (
        target?.tagName === 'BUTTON' ||
        target?.tagName === 'TEXTAREA' ||
        target?.getAttribute('role') === 'radio'
      )
        return;
      if (a.step === 'confirm') return handled(a.confirm);
      if (a.step === 'item') return; // the search box takes Enter to choose the highlighted item
      if (a.step === 'applicant' || !isTyping(event)) return handled(a.next);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
