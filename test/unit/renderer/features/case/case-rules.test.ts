import { describe, expect, it } from 'vitest';
import { demoHall } from '../../../../../shared/demo/hall';
import {
  canApproveAtWindow,
  canDeliver,
  canSupplement,
} from '../../../../../renderer/features/case/case-rules';
import { intakeEvents } from '../../../../../renderer/features/intake/intake-plan';
import { calendar, context, draftFor, fold, item } from '../intake/case-fixture';

const ID = '019a0000-0000-7000-8000-000000000004';

describe('what the window may do with a case', () => {
  it('approves on the spot only an instant item authorised to this window, as a window officer', () => {
    const all = item('KFQ-SJ-002')
      .materials.slice(0, 3)
      .map((m) => m.id);
    const { state } = fold(
      intakeEvents(context(draftFor('KFQ-SJ-002', { received: all })), calendar)(ID, 'W01-20261124-0001'),
    );
    expect(canApproveAtWindow(state, demoHall, 'W01', 'window')).toBe(true);
    expect(canApproveAtWindow(state, demoHall, 'W03', 'window')).toBe(false);
    expect(canApproveAtWindow(state, demoHall, 'W01', 'agent')).toBe(false);
    expect(canSupplement(state)).toBe(false);
    expect(canDeliver(state)).toBe(false);
  });

  it('decides a window-tier promise item at a window of its section (it would otherwise wait forever)', () => {
    const all = item('KFQ-SJ-003')
      .materials.filter((m) => m.when === undefined)
      .map((m) => m.id);
    const { state } = fold(
      intakeEvents(context(draftFor('KFQ-SJ-003', { received: all })), calendar)(ID, 'W01-20261124-0003'),
    );
    expect(state.status).toBe('accepted');
    expect(canApproveAtWindow(state, demoHall, 'W02', 'window')).toBe(true);
    expect(canApproveAtWindow(state, demoHall, 'W07', 'window')).toBe(false);
    expect(canApproveAtWindow(state, demoHall, 'W08', 'window')).toBe(false);
  });

  it('records supplies only while tolerated materials are outstanding', () => {
    const nine = item('KFQ-JS-004')
      .materials.slice(0, 9)
      .map((m) => m.id);
    const { state } = fold(
      intakeEvents(context(draftFor('KFQ-JS-004', { received: nine })), calendar)(ID, 'W01-20261124-0002'),
    );
    expect(canSupplement(state)).toBe(true);
    expect(canApproveAtWindow(state, demoHall, 'W05', 'window')).toBe(false);
  });
});
