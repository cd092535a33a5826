import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  caseEventSchema,
  EVENT_TYPES,
  foldEvents,
  type CaseEvent,
  type CaseState,
} from '../../../../shared/domain';
import { generateLife, MODEL_ITEMS } from './life-model';

const life = fc
  .record({
    code: fc.constantFrom(...MODEL_ITEMS),
    start: fc.nat({ max: 40 }),
    choices: fc.array(fc.nat({ max: 1000 }), { minLength: 15, maxLength: 60 }),
  })
  .map(({ code, start, choices }) => generateLife(code, start, choices).map((s) => s.event));

// Hundreds of whole case lives per property: seconds of CPU, more on a loaded CI machine.
describe('the command model', { timeout: 30_000 }, () => {
  it('reaches every event type, so the properties below cover whole lives', () => {
    const seen = new Set<string>();
    for (const events of fc.sample(life, { numRuns: 400, seed: 20261124 }))
      for (const e of events) seen.add(e.type);
    expect([...seen].sort()).toEqual([...EVENT_TYPES].sort());
  });
});

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe('the reducer over generated valid lives', () => {
  it('is deterministic, and its state survives JSON both ways', () => {
    fc.assert(
      fc.property(life, (events) => {
        const state = foldEvents(events);
        expect(state).toBeDefined();
        expect(foldEvents(events)).toStrictEqual(state);
        expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
        const overTheWire = events.map((e) => caseEventSchema.parse(JSON.parse(JSON.stringify(e))));
        expect(foldEvents(overTheWire)).toStrictEqual(state);
      }),
      { numRuns: 150 },
    );
  });

  it('applies every guarded event, never mutates, and never moves a deadline backwards', () => {
    fc.assert(
      fc.property(life, (events) => {
        let state: CaseState | undefined;
        events.forEach((event, i) => {
          const before = state;
          const next = applyEvent(before === undefined ? undefined : deepFreeze(before), event);
          if (!next) throw new Error('the life did not start a case');
          expect(next.ignored).toEqual([]);
          expect(next.eventCount).toBe(i + 1);
          // Once set, the promise only moves later (pauses) and the supply deadline never moves;
          // acceptance ≤ supply deadline ≤ promise. '' sorts before every date.
          const d = next.dates;
          const promised = d.promisedDate ?? '';
          if (before?.dates.promisedDate !== undefined)
            expect(promised >= before.dates.promisedDate).toBe(true);
          if (before?.dates.supplyDeadline !== undefined)
            expect(d.supplyDeadline).toBe(before.dates.supplyDeadline);
          if (d.acceptedOn !== undefined) expect(d.acceptedOn <= promised).toBe(true);
          if (d.supplyDeadline !== undefined) {
            expect(d.supplyDeadline <= promised).toBe(true);
            expect(d.supplyDeadline >= (d.acceptedOn ?? '')).toBe(true);
          }
          state = next;
        });
      }),
      { numRuns: 150 },
    );
  });

  it('never throws and never corrupts state on valid-by-schema events in any order', () => {
    const shuffled = life.chain((events) => fc.shuffledSubarray(events, { minLength: events.length }));
    fc.assert(
      fc.property(shuffled, (events: CaseEvent[]) => {
        const start = events.findIndex((e) => e.type === 'registered');
        const state = foldEvents(events);
        // Before `registered` there is no case; after it, each event is applied or recorded as ignored.
        if (start < 0) return expect(state).toBeUndefined();
        expect(state?.eventCount).toBeDefined();
        expect((state?.eventCount ?? 0) + (state?.ignored.length ?? 0)).toBe(events.length - start);
        expect(JSON.parse(JSON.stringify(state))).toStrictEqual(state);
      }),
      { numRuns: 100 },
    );
  });
});
