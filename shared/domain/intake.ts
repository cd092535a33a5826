import type { Item, Material, SituationKey } from '../catalog/schema';
import { requiredMaterials } from '../catalog/lookup';
import type { Credit } from './credit';

/** What intake needs of an item: a catalog Item or a case's item snapshot both fit. */
export type IntakeItem = Pick<Item, 'toleranceClass' | 'materials'>;

export type IntakeInput = {
  /** Ids of the materials handed in (duplicates are harmless). */
  received: readonly string[];
  /** Situation keys that apply to this applicant; keys the item does not use are ignored. */
  situations: readonly SituationKey[];
  credit: Credit;
};

export const INTAKE_OUTCOMES = ['accept', 'accept-with-tolerance', 'notify-missing'] as const;
export type IntakeOutcome = (typeof INTAKE_OUTCOMES)[number];

export const INTAKE_CODES = [
  'complete',
  'missing-essential',
  'missing-non-essential',
  'essential-never-tolerated',
  'class-a-no-tolerance',
  'dishonest-no-tolerance',
  'tolerance-allowed',
  'green-channel',
  'one-time-notice',
  'not-required',
] as const;
export type IntakeCode = (typeof INTAKE_CODES)[number];

export type IntakeResult = {
  outcome: IntakeOutcome;
  /** Materials this applicant must hand in, in catalog order. */
  required: Material[];
  /** Every required material not received, in catalog order: what a one-time notice lists. */
  missing: Material[];
  /** The essential (要件) ones among `missing`. */
  missingEssential: Material[];
  /**
   * The materials tolerated if the case is accepted now: the non-essential missing ones when the
   * outcome is 'accept-with-tolerance', and [] otherwise (nothing may be tolerated then; the
   * non-essential missing ones are still in `missing`).
   */
  missingTolerable: Material[];
  /**
   * Received ids that this applicant did not need to hand in (another situation's material, or
   * not of this item), in the order received. They never change the outcome; they are reported
   * so the officer can hand them back or fix the situations ticked.
   */
  notRequired: string[];
  /** Sentences the officer reads (zh-CN), in order. */
  reasons: string[];
  /** The machine code of each reason: codes[i] belongs to reasons[i]. */
  codes: IntakeCode[];
};

function names(materials: readonly Material[]): string {
  return materials.map((m) => m.name).join('、');
}

/**
 * The intake rules (DOMAIN.md "Missing-item tolerance"):
 * - only materials without a situation, or whose situation applies, are required;
 * - nothing missing → accept;
 * - tolerance only for class B items, only for non-essential materials, never for a dishonest
 *   applicant → accept-with-tolerance listing exactly the non-essential missing materials;
 * - anything else missing → notify-missing, and the one-time notice lists ALL missing materials,
 *   essential and non-essential, so the applicant never has to come back twice.
 * Every rule that blocks tolerance is given as a reason, not only the first.
 */
export function evaluateIntake(item: IntakeItem, input: IntakeInput): IntakeResult {
  const required = requiredMaterials(item, input.situations);
  const received = new Set(input.received);
  const missing = required.filter((m) => !received.has(m.id));
  const missingEssential = missing.filter((m) => m.essential);
  const missingOther = missing.filter((m) => !m.essential);
  const requiredIds = new Set(required.map((m) => m.id));
  const notRequired = [...new Set(input.received)].filter((id) => !requiredIds.has(id));

  const reasons: string[] = [];
  const codes: IntakeCode[] = [];
  const say = (code: IntakeCode, text: string): void => {
    codes.push(code);
    reasons.push(text);
  };

  let outcome: IntakeOutcome;
  let missingTolerable: Material[] = [];
  if (missing.length === 0) {
    outcome = 'accept';
    say('complete', '材料齐全，符合受理条件');
  } else {
    if (missingEssential.length > 0) say('missing-essential', `缺少要件：${names(missingEssential)}`);
    if (missingOther.length > 0) say('missing-non-essential', `缺少非要件材料：${names(missingOther)}`);
    const blocked =
      missingEssential.length > 0 || item.toleranceClass === 'A' || input.credit === 'dishonest';
    if (missingEssential.length > 0) say('essential-never-tolerated', '要件不允许容缺');
    if (item.toleranceClass === 'A') say('class-a-no-tolerance', 'A类事项不允许容缺');
    if (input.credit === 'dishonest') say('dishonest-no-tolerance', '申请人列入失信名单，不适用容缺受理');
    if (blocked) {
      outcome = 'notify-missing';
    } else {
      outcome = 'accept-with-tolerance';
      missingTolerable = missingOther;
      say(
        'tolerance-allowed',
        `可容缺受理：申请人须签署容缺受理承诺书，在补齐期限内补交${missingOther.length}项材料`,
      );
      if (input.credit === 'good') say('green-channel', '申请人信用良好，适用绿色通道');
    }
    if (outcome === 'notify-missing') {
      say('one-time-notice', `应出具一次性告知书，一次告知全部${missing.length}项缺少材料`);
    }
  }
  if (notRequired.length > 0) {
    const byId = new Map(item.materials.map((m) => [m.id, m.name]));
    say('not-required', `以下材料本次无需提交：${notRequired.map((id) => byId.get(id) ?? id).join('、')}`);
  }

  return { outcome, required, missing, missingEssential, missingTolerable, notRequired, reasons, codes };
}
