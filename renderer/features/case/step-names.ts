import type { ApprovalStep } from '../../../shared/domain';
import { STEP_LABELS } from '../../../shared/domain';
import type { Language } from '../../../shared/ipc';

/** The back-office steps in the officer's language. */
export const STEP_NAMES: Readonly<Record<Language, Readonly<Record<ApprovalStep, string>>>> = {
  'zh-CN': STEP_LABELS,
  en: {
    review: 'the review',
    chief: 'the section chief',
    leader: 'the leader',
    meeting: 'the joint meeting',
  },
};
