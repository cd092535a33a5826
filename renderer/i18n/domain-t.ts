import type { Credit, CaseEventType, CaseStatus } from '../../shared/domain';
import type { Language } from '../../shared/ipc';
import { creditLabel, eventLabel, STATUS_COLORS, statusLabel } from './domain-labels';

/** The domain's labels in the language in use. */
export function domainT(language: Language) {
  return {
    status: (s: CaseStatus) => statusLabel(s, language),
    statusColor: (s: CaseStatus) => STATUS_COLORS[s],
    event: (e: CaseEventType) => eventLabel(e, language),
    credit: (c: Credit) => creditLabel(c, language),
  };
}
