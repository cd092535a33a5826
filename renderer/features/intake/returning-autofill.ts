import type { ApplicantDraft } from './intake-draft';

/** What an autofill from a returning applicant put in the applicant's fields. */
export type Autofill = Pick<ApplicantDraft, 'name' | 'phone' | 'address'>;
const FIELDS = ['name', 'phone', 'address'] as const;

/**
 * The applicant after the ID now typed turned out to be `next` (a returning applicant, or nobody).
 * The fields are ours while each is empty or still holds what the last autofill (`before`) put
 * there: then changing the ID to another returning applicant replaces their name and phone, and
 * to a new applicant clears them. Once the officer has typed into any of them, nothing is touched
 * (the lookup is asynchronous: filling the phone under a name just typed would mix two people).
 */
export function applyReturning(
  applicant: ApplicantDraft,
  before: Autofill | undefined,
  next: Autofill | undefined,
): ApplicantDraft {
  const ours = FIELDS.every(
    (f) => applicant[f] === '' || (before !== undefined && applicant[f] === before[f]),
  );
  if (!ours) return applicant;
  let out = applicant;
  for (const field of FIELDS) {
    const wanted = next?.[field] ?? '';
    if (applicant[field] !== wanted) out = { ...out, [field]: wanted };
  }
  return out;
}
