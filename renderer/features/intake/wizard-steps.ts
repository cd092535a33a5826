import type { Item } from '../../../shared/catalog';
import { situationsOf } from '../../../shared/catalog';
import type { Hall } from '../../../shared/hall';
import { applicantErrors, type FieldErrors } from './intake-plan';
import { INTAKE_STEPS, type IntakeDraft, type IntakeStep } from './intake-draft';

/** The steps this walk-in goes through: the situations step only when the item asks something. */
export function stepsFor(item: Pick<Item, 'materials'> | undefined): IntakeStep[] {
  const hasQuestions = item === undefined || situationsOf(item).length > 0;
  return INTAKE_STEPS.filter((s) => s !== 'situations' || hasQuestions);
}

export type StepBlock = { kind: 'applicant'; errors: FieldErrors } | { kind: 'item' } | undefined;

/** What keeps the officer on `step` (shown on the step; Next focuses the first problem). */
export function stepBlock(draft: IntakeDraft, item: Item | undefined, today: string): StepBlock {
  if (draft.step === 'applicant') {
    const errors = applicantErrors(draft, today);
    return Object.keys(errors).length > 0 ? { kind: 'applicant', errors } : undefined;
  }
  if (draft.step === 'item' && item === undefined) return { kind: 'item' };
  return undefined;
}

/** The step after (or before) `step`, or undefined at the ends. */
export function neighbourStep(
  step: IntakeStep,
  item: Item | undefined,
  direction: 1 | -1,
): IntakeStep | undefined {
  const steps = stepsFor(item);
  const at = steps.indexOf(step);
  if (at < 0) return steps[0];
  return steps[at + direction];
}

/**
 * May the officer jump to `target`? Every step before it must be complete: a case is never
 * confirmed with an unchecked ID because someone pressed Alt+5.
 */
export function canReach(
  draft: IntakeDraft,
  item: Item | undefined,
  target: IntakeStep,
  today: string,
): boolean {
  const steps = stepsFor(item);
  const at = steps.indexOf(target);
  if (at < 0) return false;
  for (const step of steps.slice(0, at)) {
    if (stepBlock({ ...draft, step }, item, today) !== undefined) return false;
  }
  return true;
}

/** The items this window may approve on the spot (hall configuration). */
export function instantItemsOf(
  hall: Pick<Hall, 'windows'> | undefined,
  windowCode: string,
): readonly string[] {
  return hall?.windows.find((w) => w.code === windowCode)?.instantItemCodes ?? [];
}
