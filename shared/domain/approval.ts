import { z } from 'zod';
import type { ApprovalTier } from '../catalog/schema';
import type { Role } from '../hall/roles';
import { missingCase } from '../result';

/**
 * The back-office ladder (审查 → 科长审核 → 分管领导审批 → 联席会议). A case of a non-window tier
 * climbs the ladder from the bottom up to its tier's step; the holder of the top step decides
 * (approved / denied). Window items have no steps: the window decides (窗口审批).
 *
 * The reviewer step comes first for every back-office tier: the three-level 受理-审查-决定 split
 * is how halls keep one person from both checking and deciding. A section chief who also reviews
 * holds both roles (shared/hall/roles.ts).
 */
export const APPROVAL_STEPS = ['review', 'chief', 'leader', 'meeting'] as const;
export const approvalStepSchema = z.enum(APPROVAL_STEPS);
export type ApprovalStep = z.infer<typeof approvalStepSchema>;

export const STEP_LABELS: Readonly<Record<ApprovalStep, string>> = {
  review: '审查',
  chief: '科长审核',
  leader: '分管领导审批',
  meeting: '联席会议审议',
};

/** Who holds each step. The joint meeting's decision is recorded by its secretary. */
export const STEP_ROLE: Readonly<Record<ApprovalStep, Role>> = {
  review: 'reviewer',
  chief: 'chief',
  leader: 'leader',
  meeting: 'secretary',
};

export function routeForTier(tier: ApprovalTier): ApprovalStep[] {
  switch (tier) {
    case 'window':
      return [];
    case 'section':
      return ['review', 'chief'];
    case 'leader':
      return ['review', 'chief', 'leader'];
    case 'meeting':
      return ['review', 'chief', 'leader', 'meeting'];
    default:
      return missingCase(tier);
  }
}

/** The step above `step` on the ladder, if any (where an escalation goes). */
export function stepAbove(step: ApprovalStep): ApprovalStep | undefined {
  return APPROVAL_STEPS[APPROVAL_STEPS.indexOf(step) + 1];
}
