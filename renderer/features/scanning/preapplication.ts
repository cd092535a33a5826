import type { MatchedPreApplication, PreApplication } from '../../../shared/preapply';
import { emptyDraft, type IntakeDraft } from '../intake/intake-draft';

/**
 * A scanned pre-application (shared/preapply) as a new walk-in: the applicant (and agent), the
 * item and the situations the applicant answered, on the applicant step, where the officer checks
 * the data against the ID document and goes on as with any walk-in. Nothing is received yet.
 */
export function draftFromPreApplication(
  pre: PreApplication,
  matched: Pick<MatchedPreApplication, 'item' | 'situations'>,
  startedAt: string,
): IntakeDraft {
  const draft = emptyDraft(startedAt);
  return {
    ...draft,
    step: 'applicant',
    applicant: { ...pre.applicant },
    hasAgent: pre.agent !== undefined,
    agent: pre.agent ? { ...pre.agent } : draft.agent,
    itemCode: matched.item.code,
    situations: [...matched.situations],
  };
}

/** A walk-in opened but not yet filled in at all: a pre-application may take its place. */
export function isUntouched(draft: IntakeDraft): boolean {
  const { applicant: a, agent } = draft;
  return (
    draft.step === 'applicant' &&
    [a.idNumber, a.name, a.phone, a.address, agent.idNumber, agent.name, agent.phone].every(
      (v) => v.trim() === '',
    ) &&
    !draft.hasAgent &&
    draft.itemCode === '' &&
    draft.situations.length === 0 &&
    draft.received.length === 0 &&
    Object.values(draft.pages).every((pages) => pages.length === 0)
  );
}
