import type { ApplicantDraft } from './intake-draft';

/** What an autofill from a returning applicant put in the applicant's fields. */
export type Autofill = Pick<ApplicantDraft, 'name' | 'phone' | 'address'>;
const FIELDS = ['name', 'phone', 'address'] as const;

/**
 * The applicant after the ID now typed turned out to be `next` (a returning applicant, or nobody):
 * a field is filled from `next` while it is empty or still holds what the last autofill (`before`)
 * put there, so changing the ID to another returning applicant replaces their name and phone,
 * and to a new applicant clears them; what the officer typed is never touched.
 */
export function applyReturning(
  applicant: ApplicantDraft,
  before: Autofill | undefined,
  next: Autofill | undefined,
): ApplicantDraft {
  let out = applicant;
  for (const field of FIELDS) {
    const value = applicant[field];
    const ours = value === '' || (before !== undefined && value === before[field]);
    const wanted = next?.[field] ?? '';
    if (ours && value !== wanted) out = { ...out, [field]: wanted };
  }
  return out;
}
