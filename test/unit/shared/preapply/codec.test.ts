import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { create as createQr } from 'qrcode';
import { describe, expect, it } from 'vitest';
import { demoCatalog, findItem, type Item } from '../../../../shared/catalog';
import {
  base45Decode,
  base45Encode,
  BASE45_ALPHABET,
  checkPreApplyForm,
  decodePreApplication,
  encodePreApplication,
  isPreApplicationCode,
  matchPreApplication,
  preApplyFormSchema,
  type PreApplication,
} from '../../../../shared/preapply';
import { ZHANG_PREAPPLICATION } from '../../../fixtures/preapplication';

const catalog = demoCatalog;
const food = findItem(catalog, 'KFQ-SJ-001') as Item; // asks vending-machine (and by-agent)

const ZHANG = ZHANG_PREAPPLICATION;

/** A code with the right prefix and a correct check over any JSON: what a forger or a bug would make. */
function sealed(json: string, prefix = 'OWP1.'): string {
  const bytes = utf8ToBytes(json);
  const check = sha256(concatBytes(utf8ToBytes(prefix), bytes)).slice(0, 4);
  return prefix + base45Encode(concatBytes(bytes, check));
}

describe('Base45 (RFC 9285)', () => {
  it('gives the RFC’s examples and reads them back', () => {
    const enc = (s: string) => base45Encode(utf8ToBytes(s));
    expect(enc('AB')).toBe('BB8');
    expect(enc('Hello!!')).toBe('%69 VD92EX0');
    expect(enc('base-45')).toBe('UJCLQE7W581');
    expect(new TextDecoder().decode(base45Decode('QED8WEX0'))).toBe('ietf!');
  });

  it('round-trips any bytes and never ends with a space', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const text = base45Encode(bytes);
        expect([...text].every((c) => BASE45_ALPHABET.includes(c))).toBe(true);
        expect(text.endsWith(' ')).toBe(false);
        expect(base45Decode(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses characters outside the alphabet, a dangling character and values over a byte pair', () => {
    expect(base45Decode('ab8')).toBeUndefined();
    expect(base45Decode('BB8B')).toBeUndefined();
    expect(base45Decode(':::')).toBeUndefined(); // 44 + 44·45 + 44·2025 > 65535
    expect(base45Decode('::')).toBeUndefined(); // 44 + 44·45 > 255
  });
});

describe('the pre-application code', () => {
  it('round-trips a person with an agent, and an organisation without one', () => {
    const code = encodePreApplication(ZHANG);
    expect(code.startsWith('OWP1.')).toBe(true);
    expect(isPreApplicationCode(code)).toBe(true);
    expect(decodePreApplication(code)).toEqual({ ok: true, value: ZHANG });
    const org: PreApplication = {
      catalogVersion: catalog.catalogVersion,
      itemCode: 'KFQ-SJ-003',
      situations: [],
      madeOn: '2026-12-31',
      applicant: {
        kind: 'organisation',
        idType: 'uscc',
        idNumber: '91420300MA4F0YQD2K',
        name: '十堰某某科技有限公司',
        phone: '0719-8123456',
        address: '',
      },
    };
    expect(decodePreApplication(encodePreApplication(org))).toEqual({ ok: true, value: org });
  });

  it('is compact: QR alphanumeric mode, a symbol a phone shows and a 640×480 camera reads', () => {
    const code = encodePreApplication(ZHANG);
    expect(code).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(code.length).toBeLessThan(400);
    const qr = createQr(code, { errorCorrectionLevel: 'M' });
    expect(qr.segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
    expect(qr.version).toBeLessThanOrEqual(12);
  });

  it('reads a code typed by a scanner with Caps Lock on, and one with spaces around it', () => {
    const code = encodePreApplication(ZHANG);
    expect(decodePreApplication(`  ${code.toLowerCase()} `)).toEqual({ ok: true, value: ZHANG });
  });

  it('says what is wrong: another kind of code, a later format, damage, alteration, bad contents', () => {
    const code = encodePreApplication(ZHANG);
    const refusal = (text: string) => {
      const r = decodePreApplication(text);
      return r.ok ? 'ok' : `${r.code}: ${r.reason.zh} / ${r.reason.en}`;
    };
    expect(isPreApplicationCode('ONEWINDOW:W01-20261124-0001:AB12CD')).toBe(false);
    expect(refusal('ONEWINDOW:W01-20261124-0001')).toMatch(/^not-preapplication: 不是预填码/);
    expect(refusal(code.replace('OWP1.', 'OWP2.'))).toMatch(/^version: 预填码格式版本 2 本机不支持/);
    expect(refusal(code.slice(0, -1))).toMatch(/^damaged: 预填码不完整或已损坏/);
    expect(refusal('OWP1.')).toMatch(/^damaged:/);
    expect(refusal(`${code.slice(0, 5)}#${code.slice(6)}`)).toMatch(/^damaged:/);
    // One character changed inside: still Base45, the check catches it.
    const at = 40;
    const other = code[at] === '0' ? '1' : '0';
    expect(refusal(code.slice(0, at) + other + code.slice(at + 1))).toMatch(
      /^checksum: 预填码校验不通过.*\/ The pre-application code fails its check/,
    );
    // Sealed correctly but not the format: wrong shape, unknown ID type number, impossible date.
    expect(refusal(sealed('{"a":1}'))).toMatch(/^format: 预填码内容格式不正确/);
    expect(refusal(sealed('not json'))).toMatch(/^format:/);
    const wire = (changes: Record<number, unknown>) => {
      const base: unknown[] = [
        '2026.1',
        'KFQ-SJ-001',
        [],
        20261124,
        0,
        0,
        '420302199001011237',
        '张三',
        '13907191234',
        '',
        0,
      ];
      for (const [i, v] of Object.entries(changes)) base[Number(i)] = v;
      return sealed(JSON.stringify(base));
    };
    expect(refusal(wire({}))).toBe('ok');
    expect(refusal(wire({ 5: 9 }))).toMatch(/^format:/);
    expect(refusal(wire({ 3: 20260230 }))).toMatch(/^format:/);
    expect(refusal(wire({ 7: '' }))).toMatch(/^format:/);
    expect(refusal(wire({ 2: ['Not A Key'] }))).toMatch(/^format:/);
    // Bytes that are not UTF-8.
    const bad = new Uint8Array([0xff, 0xfe]);
    const check = sha256(concatBytes(utf8ToBytes('OWP1.'), bad)).slice(0, 4);
    expect(refusal(`OWP1.${base45Encode(concatBytes(bad, check))}`)).toMatch(/^format:/);
  });

  it('refuses to encode what the format cannot carry', () => {
    expect(() => encodePreApplication({ ...ZHANG, madeOn: '2026-13-01' })).toThrow();
    expect(() =>
      encodePreApplication({ ...ZHANG, applicant: { ...ZHANG.applicant, name: '张'.repeat(61) } }),
    ).toThrow();
  });
});

describe('a pre-application against the counter’s catalog', () => {
  it('takes the item and its situations from the same catalog', () => {
    const matched = matchPreApplication(ZHANG, catalog);
    expect(matched.ok && matched.value.item.code).toBe('KFQ-SJ-001');
    expect(matched.ok && matched.value.situations).toEqual(['vending-machine']);
    expect(matched.ok && matched.value.otherCatalog).toBe(false);
  });

  it('takes a code of another catalog version whose item still asks the same, and says so', () => {
    const matched = matchPreApplication({ ...ZHANG, catalogVersion: '2027.1' }, catalog);
    expect(matched.ok && matched.value.otherCatalog).toBe(true);
  });

  it('refuses an item this catalog lacks and situations it no longer asks, naming both versions', () => {
    const unknown = matchPreApplication({ ...ZHANG, itemCode: 'KFQ-XX-999' }, catalog);
    expect(unknown.ok ? '' : `${unknown.code} ${unknown.reason.zh}`).toBe(
      'unknown-item 本机事项目录中没有预填的事项 KFQ-XX-999：请联网更新目录，或现场选择事项',
    );
    const newer = matchPreApplication(
      { ...ZHANG, catalogVersion: '2027.1', situations: ['drive-through'] },
      catalog,
    );
    expect(newer.ok ? '' : `${newer.code} ${newer.reason.zh}`).toBe(
      'catalog-mismatch 预填的情形与本机事项目录不一致（预填时目录版本 2027.1，本机 2026.1）：请联网更新目录，或现场勾选情形',
    );
    const unknownElsewhere = matchPreApplication(
      { ...ZHANG, catalogVersion: '2027.1', itemCode: 'KFQ-XX-999' },
      catalog,
    );
    expect(unknownElsewhere.ok ? '' : unknownElsewhere.reason.zh).toContain(
      '预填时目录版本 2027.1，本机 2026.1',
    );
  });
});

describe('the public form', () => {
  const check = (values: Record<string, string | string[]>) =>
    checkPreApplyForm(preApplyFormSchema.parse(values), food, '2026.1', '2026-11-24');
  const person = {
    kind: 'person',
    idType: 'resident-id',
    idNumber: '42030219900101123x',
    name: ' 王五 ',
    phone: '139 0719 1234',
    address: '',
  };

  it('makes the pre-application with normalised ID and phone, by-agent following the agent', () => {
    const r = check({ ...person, idNumber: '420302199001011237', situation: 'vending-machine' });
    expect(r).toEqual({
      ok: true,
      value: {
        catalogVersion: '2026.1',
        itemCode: 'KFQ-SJ-001',
        situations: ['vending-machine'],
        madeOn: '2026-11-24',
        applicant: {
          kind: 'person',
          idType: 'resident-id',
          idNumber: '420302199001011237',
          name: '王五',
          phone: '13907191234',
          address: '',
        },
      },
    });
  });

  it('refuses field by field as the counter does', () => {
    const r = check({
      ...person,
      idType: 'uscc',
      phone: '12345',
      situation: ['by-agent', 'prior-approval'],
      hasAgent: 'yes',
      agentIdType: 'resident-id',
      agentIdNumber: '420302199001011238',
      agentName: '',
      agentPhone: '13907191234',
    });
    expect(r.ok).toBe(false);
    const zh = r.ok ? {} : Object.fromEntries(Object.entries(r.errors).map(([k, v]) => [k, v.zh]));
    expect(Object.keys(zh).sort()).toEqual(['agentIdNumber', 'agentName', 'idType', 'phone', 'situation']);
    expect(zh['idType']).toBe('证件类型与申请人类别不符：个人选个人证件，单位选统一社会信用代码');
    expect(zh['agentIdNumber']).toContain('校验码');
    expect(zh['agentName']).toBe('请填写代理人姓名');
    expect(zh['situation']).toBe('所选情形不属于该事项');
  });

  it('takes agent fields filled in without the box ticked as an agent', () => {
    const r = check({
      ...person,
      idNumber: '420302199001011237',
      agentIdType: 'resident-id',
      agentIdNumber: '',
      agentName: '李四',
      agentPhone: '',
    });
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(['agentIdNumber', 'agentPhone']);
  });

  it('refuses an agent who is the applicant, and names too long for the code', () => {
    const selfAsAgent = {
      ...person,
      idNumber: '420302199001011237',
      hasAgent: 'yes',
      agentIdType: 'resident-id',
      agentIdNumber: '420302199001011237',
      agentName: '张三',
      agentPhone: '13907191234',
    };
    const same = check({ ...selfAsAgent, name: '张'.repeat(61) });
    expect(same.ok ? {} : same.errors).toMatchObject({
      name: { zh: '申请人姓名至多 60 个字（现有 61 个）' },
    });
    const justAgent = check(selfAsAgent);
    expect(justAgent.ok ? {} : justAgent.errors).toEqual({
      agentIdNumber: { zh: '代理人不能是申请人本人', en: 'The agent cannot be the applicant' },
    });
  });
});
