import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  caseEventSchema,
  checkEvent,
  foldEvents,
  planAcceptance,
  ROLE_FOR_EVENT,
  type CaseEvent,
  type CaseState,
  type PagesArrangedPayload,
} from '../../../../shared/domain';
import { calendar, CaseScript, demoItem, play, refusal, registeredPayload } from './fixtures';

// 整理材料页面: a received material's pages put in order, turned or taken off, as an event of
// the case — the blobs stay stored and the earlier arrangement stays in the log.

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);
const D = 'd'.repeat(64);

/** KFQ-JS-002 (a section-tier item) with every material received, the first one with pages A, B, C. */
function caseWithPages() {
  const code = 'KFQ-JS-002';
  const s = new CaseScript();
  const [first, ...others] = demoItem(code).materials.filter((m) => m.when === undefined);
  if (!first) throw new Error('KFQ-JS-002 has materials');
  const log: Array<readonly [CaseEvent, 'window']> = [
    [s.event('registered', registeredPayload(code)), 'window'],
    [s.event('materialReceived', { materialId: first.id, blobs: [A, B, C] }, { blobs: [A, B, C] }), 'window'],
    ...others.map((m) => [s.event('materialReceived', { materialId: m.id, blobs: [] }), 'window'] as const),
  ];
  return { s, log, materialId: first.id, name: first.name, state: play(log) };
}

function arranged(s: CaseScript, payload: PagesArrangedPayload, blobs = payload.pages.map((p) => p.blob)) {
  return s.event('pagesArranged', payload, { blobs });
}

describe('pagesArranged', () => {
  it('gives the material its new page list: order, turns, and pages left out are off it', () => {
    const { s, log, materialId, state } = caseWithPages();
    const event = arranged(s, {
      materialId,
      pages: [
        { blob: C, rotation: 90 },
        { blob: A, rotation: 0 },
      ],
    });
    expect(checkEvent(state, event, 'window', { calendar })).toEqual({ ok: true });
    const after = applyEvent(state, event);
    expect(after.materials[materialId]).toMatchObject({ blobs: [C, A], rotation: { [C]: 90 } });
    // Only the pages changed: when it was received, its copies and form stay.
    const { blobs: _b, rotation: _r, ...rest } = after.materials[materialId] ?? {};
    const { blobs: _b0, ...restBefore } = state.materials[materialId] ?? {};
    expect(rest).toEqual(restBefore);
    expect(after.eventCount).toBe(state.eventCount + 1);
    // Nothing is overwritten: the log still holds the pages as received, and folds to the same state
    // on a device and (after JSON, as the server stores it) in the server's projection.
    const events = [...log.map(([e]) => e), event];
    expect(events.find((e) => e.type === 'materialReceived')?.payload).toMatchObject({ blobs: [A, B, C] });
    const overTheWire = events.map((e) => caseEventSchema.parse(JSON.parse(JSON.stringify(e))));
    expect(foldEvents(overTheWire)).toStrictEqual(after);
    expect(JSON.parse(JSON.stringify(after))).toStrictEqual(after);
  });

  it('turning a page back to 0° drops its entry; no turned page means no rotation at all', () => {
    const { s, materialId, state } = caseWithPages();
    const turned = play(
      [
        [
          arranged(s, { materialId, pages: [A, B, C].map((blob) => ({ blob, rotation: 180 as const })) }),
          'window',
        ],
      ],
      state,
    );
    expect(turned.materials[materialId]?.rotation).toEqual({ [A]: 180, [B]: 180, [C]: 180 });
    const back = play(
      [
        [
          arranged(s, { materialId, pages: [A, B, C].map((blob) => ({ blob, rotation: 0 as const })) }),
          'window',
        ],
      ],
      turned,
    );
    expect(back.materials[materialId]).not.toHaveProperty('rotation');
    expect(back.materials[materialId]?.blobs).toEqual([A, B, C]);
  });

  it('may take off every page: the material stays received, with no scans', () => {
    const { s, materialId, state } = caseWithPages();
    const after = play([[arranged(s, { materialId, pages: [] }), 'window']], state);
    expect(after.materials[materialId]?.blobs).toEqual([]);
    expect(Object.keys(after.materials)).toEqual(Object.keys(state.materials));
  });

  it('a material received again keeps the turns of the pages it still lists', () => {
    const { s, materialId, state } = caseWithPages();
    const turned = play(
      [
        [
          arranged(s, {
            materialId,
            pages: [
              { blob: A, rotation: 270 },
              { blob: B, rotation: 90 },
            ],
          }),
          'window',
        ],
      ],
      state,
    );
    const again = play(
      [[s.event('materialReceived', { materialId, blobs: [B, D] }, { blobs: [B, D] }), 'window']],
      turned,
    );
    expect(again.materials[materialId]).toMatchObject({ blobs: [B, D], rotation: { [B]: 90 } });
  });

  it('is refused for a page the material does not hold, a page named twice, or one not in the envelope', () => {
    const { s, materialId, name, state } = caseWithPages();
    const bad = arranged(
      s,
      {
        materialId,
        pages: [
          { blob: A, rotation: 0 },
          { blob: D, rotation: 0 },
          { blob: A, rotation: 90 },
        ],
      },
      [A],
    );
    const verdict = refusal(state, bad, 'window');
    expect(verdict.codes).toEqual(['page-not-held', 'page-repeated', 'blobs-not-in-envelope']);
    expect(verdict.reasons[0]).toBe(`材料「${name}」没有这些页面：${D}`);
    // The reducer keeps it aside and changes nothing else.
    const after = applyEvent(state, bad);
    expect(after.materials).toEqual(state.materials);
    expect(after.ignored).toEqual([{ eventId: bad.id, type: 'pagesArranged', reasons: verdict.reasons }]);
  });

  it('is refused for a material not received or not of the item', () => {
    const code = 'KFQ-JS-002';
    const s = new CaseScript();
    const state = play([[s.event('registered', registeredPayload(code)), 'window']]);
    const first = demoItem(code).materials[0];
    expect(refusal(state, arranged(s, { materialId: first?.id ?? '', pages: [] }), 'window').codes).toEqual([
      'material-not-received',
    ]);
    expect(refusal(state, arranged(s, { materialId: 'KFQ-XX-M01', pages: [] }), 'window').codes).toEqual([
      'material-unknown',
    ]);
  });

  it('is for those who handle the case: the window and the back office, not the supervisor', () => {
    const { s, log, materialId } = caseWithPages();
    const item = demoItem('KFQ-JS-002');
    const plan = planAcceptance(item, '2026-03-02', { tolerated: [] }, calendar);
    let state: CaseState = play([
      ...log,
      [s.event('accepted', { acceptedOn: '2026-03-02', ...plan, tolerated: [] }), 'window'],
      [s.event('routed', { to: 'review' }), 'window'],
    ]);
    expect(state.status).toBe('in-review');
    const turn = arranged(s, { materialId, pages: [{ blob: B, rotation: 90 }] });
    expect(checkEvent(state, turn, 'reviewer', { calendar })).toEqual({ ok: true });
    const verdict = refusal(state, turn, 'supervisor');
    expect(verdict.codes).toEqual(['role']);
    expect(verdict.reasons[0]).toBe(
      '「电子监察」无权记录「整理材料页面」（应为：窗口受理、代办员、审查、科长、分管领导、联席会议秘书）',
    );
    expect(ROLE_FOR_EVENT.pagesArranged).not.toContain('supervisor');
    state = play([[turn, 'reviewer']], state);
    expect(state.materials[materialId]).toMatchObject({ blobs: [B], rotation: { [B]: 90 } });
  });

  it('is refused once the case is closed', () => {
    const { s, materialId, state } = caseWithPages();
    const withdrawn = play([[s.event('withdrawn', { on: '2026-03-02' }), 'window']], state);
    const verdict = refusal(
      withdrawn,
      arranged(s, { materialId, pages: [{ blob: A, rotation: 0 }] }),
      'window',
    );
    expect(verdict.codes).toEqual(['status']);
    expect(verdict.reasons[0]).toBe('当前状态「已撤回」下不能记录「整理材料页面」');
  });

  it('the schema takes only quarter turns', () => {
    const { s, materialId } = caseWithPages();
    const event = arranged(s, { materialId, pages: [{ blob: A, rotation: 90 }] });
    const wrong = { ...event, payload: { materialId, pages: [{ blob: A, rotation: 45 }] } };
    expect(caseEventSchema.safeParse(event).success).toBe(true);
    expect(caseEventSchema.safeParse(wrong).success).toBe(false);
  });
});
