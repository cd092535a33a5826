import { finalStep, STEP_ROLE, type CaseState } from '../../../shared/domain';
import type { Role, Section } from '../../../shared/hall';

/** The officer as the back office sees them: their roles and the sections they answer for. */
export interface OfficeOfficer {
  roles: readonly Role[];
  /** Reviewers and chiefs: the section whose cases they review. */
  sectionId?: string | undefined;
  /** Leaders: the sections they are in charge of (分管). */
  inChargeOf?: readonly string[] | undefined;
}

const AT_A_STEP = new Set<CaseState['status']>(['in-review', 'paused']);

/**
 * The role in which the officer acts on the case now: the holder of its current step, if the
 * officer holds that role. Events are recorded in this role, so the guard sees the step's holder.
 */
export function actingRole(state: CaseState, roles: readonly Role[]): Role | undefined {
  const step = state.approval.currentStep;
  if (step === undefined || !AT_A_STEP.has(state.status)) return undefined;
  const role = STEP_ROLE[step];
  return roles.includes(role) ? role : undefined;
}

/**
 * Whether the case waits in this officer's queue: its current step is held by one of their roles,
 * and — for reviewers and chiefs — the item belongs to their section, for leaders to a section
 * they are in charge of. The item snapshot names its section by the hall's section name. The
 * joint meeting's secretary sees every meeting case.
 */
export function isInQueue(state: CaseState, officer: OfficeOfficer, sections: readonly Section[]): boolean {
  const role = actingRole(state, officer.roles);
  if (role === undefined) return false;
  const sectionName = (id: string) => sections.find((s) => s.id === id)?.name;
  switch (role) {
    case 'reviewer':
    case 'chief':
      return officer.sectionId !== undefined && sectionName(officer.sectionId) === state.item.section;
    case 'leader':
      return (officer.inChargeOf ?? []).some((id) => sectionName(id) === state.item.section);
    case 'secretary':
      return true;
    default:
      return false;
  }
}

/** Whether the case stands at its route's top step, whose holder decides (approved / denied). */
export function atFinalStep(state: CaseState): boolean {
  return state.approval.currentStep !== undefined && state.approval.currentStep === finalStep(state);
}

/** Attendees as typed: separated by 、，, or spaces. */
export function parseAttendees(text: string): string[] {
  return text
    .split(/[、，,;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
