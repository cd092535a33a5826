import type { Credit, CaseEventType, CaseState, CaseStatus } from '../../shared/domain';
import type { Language } from '../../shared/ipc';
import { caseStateLabel, creditLabel, eventLabel, STATUS_COLORS, statusLabel } from './domain-labels';

/** The domain's labels in the language in use. */
export function domainT(language: Language) {
  return {
    status: (s: CaseStatus) => statusLabel(s, language),
    /** A case's own status, a 补正 pause named as such. */
    caseStatus: (s: Pick<CaseState, 'status' | 'dates'>) => caseStateLabel(s, language),
    statusColor: (s: CaseStatus) => STATUS_COLORS[s],
    event: (e: CaseEventType) => eventLabel(e, language),
    credit: (c: Credit) => creditLabel(c, language),
  };
}
