import { describe, expect, it } from 'vitest';
import type { ApplicantDraft } from '../../../../../renderer/features/intake/intake-draft';
import { applyReturning } from '../../../../../renderer/features/intake/returning-autofill';

const blank: ApplicantDraft = {
  kind: 'person',
  idType: 'resident-id',
  idNumber: '',
  name: '',
  phone: '',
  address: '',
};
const zhang = { name: '张三', phone: '13800000000', address: '车城路1号' };
const li = { name: '李四', phone: '13900000000', address: '' };

describe('autofill of a returning applicant', () => {
  it('fills empty fields', () => {
    expect(applyReturning(blank, undefined, zhang)).toMatchObject(zhang);
  });

  it('changing the ID to another returning applicant replaces what the first autofill put there', () => {
    const first = applyReturning(blank, undefined, zhang);
    expect(applyReturning(first, zhang, li)).toMatchObject(li);
  });

  it('to a new applicant clears it', () => {
    const first = applyReturning(blank, undefined, zhang);
    expect(applyReturning(first, zhang, undefined)).toMatchObject({ name: '', phone: '', address: '' });
  });

  it('once the officer typed into a field, nothing is touched', () => {
    const typed = { ...applyReturning(blank, undefined, zhang), phone: '13700000000' };
    expect(applyReturning(typed, zhang, li)).toBe(typed);
    const nameOnly = { ...blank, name: '王五' };
    expect(applyReturning(nameOnly, undefined, zhang)).toBe(nameOnly);
  });
});
