import { useEffect, useRef } from 'react';
import { classifyScan, takesScan } from './scan-routing';
import { onApplicantStep, useScanRouter } from './useScanRouter';
import { createWedgeDetector } from './wedge-detector';

type TextField = HTMLInputElement | HTMLTextAreaElement;

function textFieldOf(target: EventTarget | null): TextField | undefined {
  if (target instanceof HTMLTextAreaElement) return target;
  if (target instanceof HTMLInputElement && !['checkbox', 'radio', 'button'].includes(target.type))
    return target;
  return undefined;
}

/** Puts back what a field held before a scan typed into it, through React's own input event. */
function restoreField(field: TextField, value: string): void {
  if (field.value === value) return;
  const proto =
    field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Counts on <body> (data-wedge-scans, data-wedge-typed): what the detector decided, for IT and tests. */
function count(attribute: 'wedgeScans' | 'wedgeTyped'): void {
  document.body.dataset[attribute] = String(Number(document.body.dataset[attribute] ?? '0') + 1);
}

/**
 * Keyboard-wedge scanners anywhere in the logged-in counter. Installed once (CounterScreen): a
 * window capture listener sees every key before any field or shortcut does. Keys inside a fast
 * burst are kept from shortcuts (their characters still reach a focused field, and press no
 * focused button); when the Enter
 * closing a scan comes, the field gets its earlier text back, the Enter is consumed, and the code
 * is routed (`takesScan`: in a field, a code the app has no use for stays as typed). Password
 * fields are never read.
 */
export function useWedgeScanner(): void {
  // The router is a new function on most renders (its confirmation and naming helpers are); the
  // listener reads the latest one, so a render during a scan never restarts the detector mid-code.
  const route = useScanRouter();
  const latestRoute = useRef(route);
  useEffect(() => {
    latestRoute.current = route;
  });

  useEffect(() => {
    const detector = createWedgeDetector();
    let field: { element: TextField; before: string } | undefined;

    function onKey(event: KeyboardEvent): void {
      if (event.isComposing || event.key === 'Process') return detector.reset();
      const target = textFieldOf(event.target);
      if (target instanceof HTMLInputElement && target.type === 'password') return detector.reset();
      const verdict = detector.feed({
        key: event.key,
        time: event.timeStamp,
        repeat: event.repeat,
        modified: event.ctrlKey || event.altKey || event.metaKey,
      });
      switch (verdict.kind) {
        case 'pass':
          // The first key of what may become a scan: remember the field as it was.
          if (event.key.length === 1) field = target ? { element: target, before: target.value } : undefined;
          else if (event.key !== 'Shift' && event.key !== 'CapsLock') field = undefined;
          return;
        case 'burst':
          event.stopPropagation();
          // Outside a text field a code's characters do nothing: a space must not press the
          // focused button (it opened the camera) nor tick a box.
          if (!target) event.preventDefault();
          return;
        case 'typed':
          count('wedgeTyped');
          return;
        case 'scan': {
          // Where the characters went: the field focused now (a shortcut such as "/" may have moved
          // the focus into it after the burst began).
          const inField = textFieldOf(document.activeElement) !== undefined;
          if (!takesScan(classifyScan(verdict.text), { inField, applicantStep: onApplicantStep() })) {
            count('wedgeTyped');
            return;
          }
          event.preventDefault();
          event.stopPropagation();
          if (field && document.activeElement === field.element) restoreField(field.element, field.before);
          field = undefined;
          count('wedgeScans');
          void latestRoute.current(verdict.text);
          return;
        }
      }
    }

    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, []);
}
