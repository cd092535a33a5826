import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  caseEventSchema,
  caseNumber,
  CaseNumberError,
  eventHash,
  parseCaseEvent,
  parseCaseNumber,
} from '../../../../shared/domain';
import { CaseScript, registeredPayload } from './fixtures';

/** The same JSON value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  return value;
}

describe('eventHash', () => {
  const s = new CaseScript();
  const event = s.event('registered', registeredPayload('KFQ-JS-004'));

  it('is the sha256 of the RFC 8785 form of the event without its hash', () => {
    const { hash, ...rest } = event;
    expect(hash).toBe(
      createHash('sha256')
        .update(canonicalize(rest) ?? '')
        .digest('hex'),
    );
    expect(eventHash(event)).toBe(hash);
    expect(eventHash(rest as never)).toBe(hash);
  });

  it('does not depend on key order, but on every value', () => {
    expect(eventHash(reverseKeys(event) as never)).toBe(event.hash);
    expect(eventHash({ ...event, deviceSeq: event.deviceSeq + 1 })).not.toBe(event.hash);
    expect(eventHash({ ...event, payload: { ...event.payload, credit: 'good' } } as never)).not.toBe(
      event.hash,
    );
  });

  it('survives the wire: JSON out, parse in, same hash', () => {
    const parsed = parseCaseEvent(JSON.parse(JSON.stringify(event)));
    if (!parsed.ok) throw parsed.error;
    expect(parsed.value).toEqual(event);
    expect(eventHash(parsed.value)).toBe(event.hash);
  });
});

describe('caseEventSchema', () => {
  const s = new CaseScript();

  it('refuses unknown fields, bad ids and payloads of another type', () => {
    const note = s.event('note', { text: '请核对' });
    expect(caseEventSchema.safeParse({ ...note, extra: 1 }).success).toBe(false);
    expect(caseEventSchema.safeParse({ ...note, payload: { text: '请核对', x: 1 } }).success).toBe(false);
    expect(caseEventSchema.safeParse({ ...note, id: '7d444840-9dc0-11d1-b245-5ffdce74fad2' }).success).toBe(
      false,
    );
    expect(caseEventSchema.safeParse({ ...note, deviceSeq: 0 }).success).toBe(false);
    expect(caseEventSchema.safeParse({ ...note, type: 'accepted' }).success).toBe(false);
    expect(caseEventSchema.safeParse({ ...note, at: '2026-03-02 09:00' }).success).toBe(false);
  });

  it('needs a tracking number for mail and an authority for other-authority refusals', () => {
    const mail = s.event('delivered', {
      method: 'pickup',
      receiver: '张三',
      at: '2026-03-02T10:00:00+08:00',
    });
    expect(caseEventSchema.safeParse(mail).success).toBe(true);
    expect(caseEventSchema.safeParse({ ...mail, payload: { ...mail.payload, method: 'mail' } }).success).toBe(
      false,
    );
    const refused = {
      ...s.event('note', { text: 'x' }),
      type: 'refused',
      payload: { reason: { kind: 'other-authority' }, text: '应向市住建局申请' },
    };
    expect(caseEventSchema.safeParse(refused).success).toBe(false);
  });
});

describe('case numbers', () => {
  it('are {window}-{yyyymmdd}-{4-digit seq}', () => {
    expect(caseNumber('W03', '2026-11-24', 7)).toBe('W03-20261124-0007');
    expect(caseNumber('CUN0102', '2026-02-28', 9999)).toBe('CUN0102-20260228-9999');
    expect(parseCaseNumber('W03-20261124-0007')).toEqual({ windowCode: 'W03', date: '2026-11-24', seq: 7 });
  });

  it('refuse bad inputs with a named error', () => {
    for (const [w, d, n] of [
      ['w03', '2026-11-24', 1],
      ['W', '2026-11-24', 1],
      ['W-3', '2026-11-24', 1],
      ['W03', '2026-02-29', 1],
      ['W03', '20261124', 1],
      ['W03', '2026-11-24', 0],
      ['W03', '2026-11-24', 10000],
      ['W03', '2026-11-24', 1.5],
    ] as const)
      expect(() => caseNumber(w, d, n)).toThrow(CaseNumberError);
    for (const bad of ['W03-20261124-0000', 'W03-20261131-0001', 'W03-20261124-7', 'w03-20261124-0007', ''])
      expect(parseCaseNumber(bad)).toBeUndefined();
  });

  it('round-trip for every valid input', () => {
    const window = fc.stringMatching(/^[A-Z0-9]{2,8}$/);
    const date = fc
      .date({
        min: new Date('2004-01-01T00:00:00Z'),
        max: new Date('2099-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(window, date, fc.integer({ min: 1, max: 9999 }), (w, d, n) => {
        expect(parseCaseNumber(caseNumber(w, d, n))).toEqual({ windowCode: w, date: d, seq: n });
      }),
    );
  });
});
