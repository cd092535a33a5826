import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../../shared/domain/canonical-json';
import { eventHash, sha256Hex } from '../../../../shared/domain';
import { CaseScript, registeredPayload } from './fixtures';

/** What the reference package answers: its text, or that it threw. */
function reference(value: unknown): { text: string | undefined } | { threw: true } {
  try {
    return { text: canonicalize(value) };
  } catch {
    return { threw: true };
  }
}

function ours(value: unknown): { text: string | undefined } | { threw: true } {
  try {
    return { text: canonicalJson(value) };
  } catch {
    return { threw: true };
  }
}

// Values the way events carry them, and the corners RFC 8785 is about: keys that sort differently
// by code unit than by code point, escapes, exponents, -0, unpaired surrogates, NaN, undefined.
const corners = fc.oneof(
  fc.constantFrom(
    -0,
    1e21,
    1e-7,
    0.1 + 0.2,
    Number.MAX_SAFE_INTEGER,
    Number.MIN_VALUE,
    NaN,
    Infinity,
    '\u2028',
    '\ud83d\ude00',
    '\ud800',
    'a\udc00b',
    '"\\\b\f\n\r\t\u0000\u001f\u007f',
    undefined,
  ),
  fc.string({ unit: 'binary' }),
  fc.double(),
);
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue(),
    corners,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(
      fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\ue000', '\ud83d\ude00', '', 'é')),
      tie('value'),
      {
        maxKeys: 6,
      },
    ),
  ),
})).value;

describe('canonicalJson', () => {
  it('writes what the canonicalize package writes, and refuses what it refuses', () => {
    fc.assert(
      fc.property(values, (value) => {
        expect(ours(value)).toEqual(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders keys by UTF-16 code units (U+E000 after U+1F600, as RFC 8785 says)', () => {
    expect(canonicalJson({ '\ue000': 1, '\ud83d\ude00': 2, b: [undefined, 1e21], a: -0 })).toBe(
      '{"a":0,"b":[null,1e+21],"😀":2,"\ue000":1}',
    );
  });

  it('honours toJSON, as a Date is written', () => {
    const at = new Date('2026-11-25T01:02:03Z');
    expect(canonicalJson({ at })).toBe('{"at":"2026-11-25T01:02:03.000Z"}');
    expect(canonicalJson({ at })).toBe(canonicalize({ at }));
  });
});

describe('eventHash with another sha256', () => {
  it('gives the same hash with the device’s @noble sha256 and the server’s native one', () => {
    const s = new CaseScript();
    const event = s.event('registered', registeredPayload('KFQ-JS-004'));
    const native = (text: string) => createHash('sha256').update(text).digest('hex');
    expect(eventHash(event, native)).toBe(event.hash);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(sha256Hex(text)).toBe(native(text));
      }),
    );
  });
});
