import { z } from 'zod';
import type { Item } from '../catalog';
import { askedSituations, type IdType } from '../domain';
import type { PreApplication } from './codec';
import {
  addressProblem,
  checkIdNumber,
  nameProblem,
  normalizePhone,
  ORGANISATION_ID_TYPES,
  PERSON_ID_TYPES,
  phoneProblem,
  type Said,
} from './party-checks';

/**
 * The public pre-application form as posted (application/x-www-form-urlencoded, every value a
 * string; ticked situations repeat `situation`), checked as the counter checks the applicant step.
 */
const field = (max: number) => z.string().max(max).default('');
export const preApplyFormSchema = z.object({
  kind: z.enum(['person', 'organisation']).default('person'),
  idType: field(32),
  idNumber: field(64),
  // Long enough that a name or address past its limit gets its own message, not a bad post.
  name: field(1000),
  phone: field(40),
  address: field(1000),
  situation: z
    .union([z.string().max(64), z.array(z.string().max(64)).max(32)])
    .default([])
    .transform((v) => (typeof v === 'string' ? [v] : v)),
  hasAgent: z.literal('yes').optional(),
  agentIdType: field(32),
  agentIdNumber: field(64),
  agentName: field(1000),
  agentPhone: field(40),
});
export type PreApplyForm = z.output<typeof preApplyFormSchema>;

export type PreApplyField =
  | 'idType'
  | 'idNumber'
  | 'name'
  | 'phone'
  | 'address'
  | 'situation'
  | 'agentIdType'
  | 'agentIdNumber'
  | 'agentName'
  | 'agentPhone';
export type PreApplyErrors = Partial<Record<PreApplyField, Said>>;

const offered = (types: readonly string[], t: string): t is IdType => types.includes(t);

interface PartyInput {
  idType: string;
  idNumber: string;
  name: string;
  phone: string;
}

function checkParty(
  p: PartyInput,
  types: readonly string[],
  today: string,
  names: Said,
  key: (f: 'idType' | 'idNumber' | 'name' | 'phone') => PreApplyField,
  errors: PreApplyErrors,
): { idType: IdType; idNumber: string; name: string; phone: string } | undefined {
  let id: { idType: IdType; idNumber: string } | undefined;
  const idType = p.idType;
  if (!offered(types, idType))
    errors[key('idType')] =
      idType === ''
        ? { zh: '请选择证件类型', en: 'Choose a document type' }
        : {
            zh: '证件类型与申请人类别不符：个人选个人证件，单位选统一社会信用代码',
            en: 'The document type does not fit: a person’s document for a person, the credit code for an organisation',
          };
  else {
    const checked = checkIdNumber(idType, p.idNumber, today);
    if (checked.ok) id = { idType, idNumber: checked.value };
    else errors[key('idNumber')] = checked.reason;
  }
  const name = p.name.trim();
  const nameError = nameProblem(name, names);
  if (nameError) errors[key('name')] = nameError;
  const phoneError = phoneProblem(p.phone);
  if (phoneError) errors[key('phone')] = phoneError;
  if (!id || nameError || phoneError) return undefined;
  return { ...id, name, phone: normalizePhone(p.phone) };
}

/**
 * The pre-application the form describes for `item`, or what is wrong, field by field, in both
 * languages. `catalogVersion` and `today` (the hall's date) go into the code.
 */
export function checkPreApplyForm(
  form: PreApplyForm,
  item: Item,
  catalogVersion: string,
  today: string,
): { ok: true; value: PreApplication } | { ok: false; errors: PreApplyErrors } {
  const errors: PreApplyErrors = {};
  const isOrg = form.kind === 'organisation';
  const applicant = checkParty(
    form,
    isOrg ? ORGANISATION_ID_TYPES : PERSON_ID_TYPES,
    today,
    isOrg ? { zh: '单位名称', en: "organisation's name" } : { zh: '申请人姓名', en: "applicant's name" },
    (f) => f,
    errors,
  );
  const address = form.address.trim();
  const addressError = addressProblem(address);
  if (addressError) errors.address = addressError;
  const asked = askedSituations(item);
  const situations = [...new Set(form.situation)];
  if (situations.some((s) => !asked.includes(s)))
    errors.situation = { zh: '所选情形不属于该事项', en: 'A chosen situation is not one of this item’s' };
  // Agent fields filled in without the box ticked are an agent all the same, not data to drop.
  const byAgent =
    form.hasAgent !== undefined ||
    [form.agentIdNumber, form.agentName, form.agentPhone].some((v) => v.trim() !== '');
  const agent = byAgent
    ? checkParty(
        {
          idType: form.agentIdType,
          idNumber: form.agentIdNumber,
          name: form.agentName,
          phone: form.agentPhone,
        },
        PERSON_ID_TYPES,
        today,
        { zh: '代理人姓名', en: "agent's name" },
        (f) => `agent${f[0]?.toUpperCase()}${f.slice(1)}` as PreApplyField,
        errors,
      )
    : undefined;
  if (agent && applicant && agent.idNumber === applicant.idNumber)
    errors.agentIdNumber = { zh: '代理人不能是申请人本人', en: 'The agent cannot be the applicant' };
  if (!applicant || Object.keys(errors).length > 0 || (byAgent && !agent)) return { ok: false, errors };
  return {
    ok: true,
    value: {
      catalogVersion,
      itemCode: item.code,
      situations: asked.filter((s) => situations.includes(s)),
      madeOn: today,
      applicant: { kind: form.kind, ...applicant, address },
      ...(agent ? { agent } : {}),
    },
  };
}
