import { describe, expect, it } from 'vitest';
import { demoHall } from '../../../../../shared/demo/hall';
import { resumeIntakeDrafts, resumedIntake } from '../../../../../renderer/features/case/resume-intake';
import { intakeEvents } from '../../../../../renderer/features/intake/intake-plan';
import { calendar, context, draftFor, fold, item } from '../intake/case-fixture';

const ID = '019a0000-0000-7000-8000-000000000021';
const LATER = '2026-11-26';

function notified(code: string, received: string[]) {
  return fold(intakeEvents(context(draftFor(code, { received })), calendar)(ID, 'W01-20261124-0001')).state;
}

describe('补正后受理', () => {
  const ids = item('KFQ-JS-002').materials.map((m) => m.id); // M04 is the non-essential one

  it('accepts the same case and sends it to review when the rest arrives', () => {
    const before = notified('KFQ-JS-002', ids.slice(0, 1));
    expect(before.status).toBe('notified-missing');
    const drafts = resumeIntakeDrafts(before, ids.slice(1), LATER, demoHall, calendar);
    expect(drafts.map((d) => d.type)).toEqual([
      'materialReceived',
      'materialReceived',
      'materialReceived',
      'accepted',
      'routed',
    ]);
    const after = fold(drafts, before).state;
    expect(after.status).toBe('in-review');
    expect(after.caseNumber).toBe(before.caseNumber);
    expect(after.materials[ids[0]!]).toEqual(before.materials[ids[0]!]);
    expect(after.dates.acceptedOn).toBe(LATER);
    expect(after.dates.promisedDate).toBe(calendar.addWorkingDays(LATER, 3));
  });

  it('accepts with tolerance when only the non-essential material is still missing', () => {
    const before = notified('KFQ-JS-002', ids.slice(0, 1));
    expect(resumedIntake(before, ids.slice(1, 3)).outcome).toBe('accept-with-tolerance');
    const after = fold(resumeIntakeDrafts(before, ids.slice(1, 3), LATER, demoHall, calendar), before).state;
    expect(after.tolerated.map((m) => m.materialId)).toEqual([ids[3]]);
    expect(after.dates.supplyDeadline).toBeDefined();
  });

  it('notifies again of what is still missing, keeping what came', () => {
    const before = notified('KFQ-JS-002', ids.slice(0, 1));
    const after = fold(resumeIntakeDrafts(before, ids.slice(1, 2), LATER, demoHall, calendar), before).state;
    expect(after.status).toBe('notified-missing');
    expect(after.notice?.missing.map((m) => m.materialId)).toEqual(ids.slice(2));
    expect(Object.keys(after.materials).sort()).toEqual(ids.slice(0, 2).sort());
  });
});
