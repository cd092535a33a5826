import { z } from 'zod';
import { calendarOverridesSchema } from '../calendar/overrides';
import { roleSchema, type Role } from './roles';
import { documentNumber } from '../documents/format';

/**
 * The configuration of one service hall, sent down from the server as reference data and kept
 * on every window PC. Cross-references (a window's sections, an officer's window …) are checked
 * here so that no screen has to cope with a dangling code.
 *
 * Unknown keys are dropped, not refused: an older client must still read a hall written by a
 * newer server.
 */

/** A zod issue option carrying both languages; parseHall shows the one the UI needs. */
export function bilingual(zh: string, en: string): { message: string; params: { zh: string; en: string } } {
  return { message: zh, params: { zh, en } };
}

// Only custom issues keep `params`, so every rule with our own words is a refinement.
function text(max: number, zhName: string, enName: string): z.ZodString {
  return z
    .string()
    .trim()
    .refine((v) => v.length >= 1, bilingual(`请填写${zhName}`, `Enter the ${enName}`))
    .refine(
      (v) => v.length <= max,
      bilingual(`${zhName}不超过 ${max} 字`, `The ${enName} has at most ${max} characters`),
    );
}

function pattern(re: RegExp, zh: string, en: string): z.ZodString {
  return z.string().refine((v) => re.test(v), bilingual(zh, en));
}

function nonEmpty<T extends z.ZodType>(item: T, zh: string, en: string): z.ZodArray<T> {
  return z.array(item).refine((a) => a.length >= 1, bilingual(zh, en));
}

/** Window and service point codes also start case numbers ({code}-{yyyymmdd}-{seq}). */
export const counterCodeSchema = pattern(
  /^[A-Z0-9]{2,8}$/,
  '编号应为 2–8 位大写字母或数字，如 W03',
  'A code has 2–8 capital letters or digits, e.g. W03',
);
const sectionIdSchema = pattern(
  /^[a-z][a-z0-9-]{1,31}$/,
  '科室编号应为小写字母开头的字母、数字或连字符，如 business',
  'A section id is lower-case letters, digits or hyphens, e.g. business',
);
const officerIdSchema = pattern(
  /^[A-Z0-9]{4,16}$/,
  '工号应为 4–16 位大写字母或数字，如 KFQ0101',
  'An officer id has 4–16 capital letters or digits, e.g. KFQ0101',
);

/** Kinds of numbered documents, each with its own prefix: 开审受字〔2026〕第0123号. */
export const DOCUMENT_NUMBER_KINDS = [
  'receipt',
  'missing-notice',
  'tolerance-notice',
  'refusal',
  'approval',
  'denial',
] as const;
export type DocumentNumberKind = (typeof DOCUMENT_NUMBER_KINDS)[number];

export const DOCUMENT_NUMBER_KIND_LABELS: Readonly<Record<DocumentNumberKind, { zh: string; en: string }>> = {
  receipt: { zh: '受理通知书', en: 'Acceptance notice' },
  'missing-notice': { zh: '一次性告知书', en: 'One-time notice of missing materials' },
  'tolerance-notice': { zh: '容缺受理通知书', en: 'Notice of acceptance with missing items' },
  refusal: { zh: '不予受理通知书', en: 'Notice of refusal to accept' },
  approval: { zh: '准予行政许可决定书', en: 'Licensing decision' },
  denial: { zh: '不予行政许可决定书', en: 'Decision to deny a licence' },
};

const prefixSchema = pattern(
  /^[\u4e00-\u9fff]{1,8}$/,
  '文号前缀应为 1–8 个汉字，如“开审受字”',
  'A number prefix is 1–8 Chinese characters, e.g. 开审受字',
);
export const documentNumberPrefixesSchema = z.object({
  receipt: prefixSchema,
  'missing-notice': prefixSchema,
  'tolerance-notice': prefixSchema,
  refusal: prefixSchema,
  approval: prefixSchema,
  denial: prefixSchema,
});

export const publicUrlSchema = pattern(
  /^https?:\/\/[^\s/?#]+(?:\/[^\s?#]*)?$/,
  '公网地址应为 http:// 或 https:// 开头的网址（不含 ? 和 #），如 https://zwfw.example.gov.cn',
  'The public address is an http:// or https:// URL without ? or #, e.g. https://zwfw.example.gov.cn',
);

/** The public progress query page of a hall's public address: {publicUrl}/query. */
export function publicQueryUrl(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/query`;
}

/**
 * How the authority's seal appears on printed documents (一枚印章管审批: one seal for all).
 * - 'image': the registered electronic seal, a PNG blob (by SHA-256) printed at `diameterMm`.
 * - 'drawn': a red ring with `ringText`, drawn by the document code. For demonstrations and
 *   training only; a drawn seal is not a seal.
 * - 'none': the space is left blank and the paper is stamped by hand.
 */
export const sealSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('image'),
    blobSha256: pattern(/^[0-9a-f]{64}$/, '应为 SHA-256', 'Expected a SHA-256'),
    diameterMm: z.number().min(30).max(60),
  }),
  z.object({
    kind: z.literal('drawn'),
    ringText: text(40, '印章文字', 'seal text'),
    centreText: text(12, '印章中心文字', 'centre text').optional(),
  }),
  z.object({ kind: z.literal('none') }),
]);
export type Seal = z.infer<typeof sealSchema>;

export const sectionSchema = z.object({ id: sectionIdSchema, name: text(20, '科室名称', 'section name') });
export type Section = z.infer<typeof sectionSchema>;

export const hallWindowSchema = z.object({
  code: counterCodeSchema,
  name: text(30, '窗口名称', 'window name'),
  /** The sections whose items this window takes in. */
  sectionIds: nonEmpty(sectionIdSchema, '窗口至少属于一个科室', 'A window serves at least one section'),
  /** Instant items (即办件) this window may approve on the spot; catalog item codes. */
  instantItemCodes: z.array(text(40, '事项编码', 'item code')).optional(),
  /** 出件窗口: hands out the results of every window's cases (its work queue lists them all). */
  handsOutResults: z.boolean().optional(),
});
export type HallWindow = z.infer<typeof hallWindowSchema>;

/** A village / community service room (村/社区便民服务室) where an agent takes applications. */
export const servicePointSchema = z.object({
  code: counterCodeSchema,
  name: text(40, '服务点名称', 'service point name'),
});
export type ServicePoint = z.infer<typeof servicePointSchema>;

export const officerSchema = z.object({
  id: officerIdSchema,
  name: text(20, '姓名', 'name'),
  roles: nonEmpty(roleSchema, '至少要有一个角色', 'At least one role is needed'),
  /** Required for reviewers and chiefs: the section whose cases they review. */
  sectionId: sectionIdSchema.optional(),
  /** Required for window officers: the window they sit at. */
  windowCode: counterCodeSchema.optional(),
  /** Required for village agents: their service point. */
  servicePointCode: counterCodeSchema.optional(),
  /** Leaders: the sections they are in charge of (分管), for routing leader-tier cases. */
  inChargeOf: z.array(sectionIdSchema).optional(),
});
export type Officer = z.infer<typeof officerSchema>;

export const toleranceRuleSchema = z.discriminatedUnion('onDefault', [
  /** The case is terminated on the day after the supply deadline (the bureau's rule). */
  z.object({ onDefault: z.literal('terminate') }),
  /** The case is paused for a grace period first, then terminated (some cities). */
  z.object({ onDefault: z.literal('pause-then-terminate'), graceWorkingDays: z.int().min(1).max(30) }),
]);
export type ToleranceRule = z.infer<typeof toleranceRuleSchema>;

export const hallSchema = z
  .object({
    id: pattern(
      /^[a-z0-9][a-z0-9-]{1,39}$/,
      '大厅编号应为小写字母、数字或连字符',
      'A hall id is lower-case letters, digits or hyphens',
    ),
    name: text(40, '大厅名称', 'hall name'),
    /** The authority whose seal and name the documents carry. */
    authority: text(40, '审批机关名称', 'authority name'),
    /** GB/T 2260 code of the division the hall serves. */
    divisionCode: pattern(/^\d{6}$/, '行政区划代码应为6位数字', 'A division code has 6 digits'),
    address: text(80, '地址', 'address'),
    phone: pattern(
      /^[0-9][0-9-]{6,19}$/,
      '电话号码只含数字和“-”，如 0719-8000000',
      'A phone number has digits and "-" only',
    ),
    documentNumberPrefixes: documentNumberPrefixesSchema,
    /**
     * Where applicants' phones reach the central server's public pages (progress query,
     * pre-application), e.g. https://zwfw.example.gov.cn: the receipt's QR code opens
     * {publicUrl}/query?case=…&code=…. Without it the QR code carries ONEWINDOW:<case>:<code>,
     * which only the counter's scanner reads.
     */
    publicUrl: publicUrlSchema.optional(),
    seal: sealSchema,
    sections: nonEmpty(sectionSchema, '至少要有一个科室', 'At least one section is needed'),
    windows: nonEmpty(hallWindowSchema, '至少要有一个窗口', 'At least one window is needed'),
    servicePoints: z.array(servicePointSchema).optional(),
    officers: z.array(officerSchema),
    supervision: z.object({
      /** Share of a limit's working days after which it shows yellow, in (0, 1]. */
      yellowAt: z
        .number()
        .refine(
          (v) => v > 0 && v <= 1,
          bilingual(
            '预警比例应大于0且不超过1（如 0.8）',
            'yellowAt must be above 0 and at most 1 (e.g. 0.8)',
          ),
        ),
    }),
    tolerance: toleranceRuleSchema,
    calendar: calendarOverridesSchema,
  })
  .superRefine((hall, ctx) => checkReferences(hall, ctx));
export type Hall = z.infer<typeof hallSchema>;

function checkReferences(hall: Hall, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], zh: string, en: string): void => {
    ctx.addIssue({ code: 'custom', path, ...bilingual(zh, en) });
  };
  const unique = (
    values: string[],
    path: (i: number) => (string | number)[],
    what: string,
    whatEn: string,
  ): Set<string> => {
    const seen = new Set<string>();
    values.forEach((v, i) => {
      if (seen.has(v)) issue(path(i), `${what} ${v} 重复`, `Duplicate ${whatEn} ${v}`);
      seen.add(v);
    });
    return seen;
  };
  const sectionIds = unique(
    hall.sections.map((s) => s.id),
    (i) => ['sections', i, 'id'],
    '科室编号',
    'section id',
  );
  unique(
    hall.sections.map((s) => s.name),
    (i) => ['sections', i, 'name'],
    '科室名称',
    'section name',
  );
  const windowCodes = unique(
    hall.windows.map((w) => w.code),
    (i) => ['windows', i, 'code'],
    '窗口编号',
    'window code',
  );
  const points = hall.servicePoints ?? [];
  const pointCodes = new Set<string>();
  points.forEach((p, i) => {
    if (windowCodes.has(p.code) || pointCodes.has(p.code)) {
      issue(['servicePoints', i, 'code'], `编号 ${p.code} 已被使用`, `The code ${p.code} is already used`);
    }
    pointCodes.add(p.code);
  });
  unique(
    hall.officers.map((o) => o.id),
    (i) => ['officers', i, 'id'],
    '工号',
    'officer id',
  );

  const sectionRef = (id: string, path: (string | number)[]): void => {
    if (!sectionIds.has(id)) issue(path, `科室 ${id} 不存在`, `There is no section ${id}`);
  };
  hall.windows.forEach((w, i) => {
    w.sectionIds.forEach((id, j) => sectionRef(id, ['windows', i, 'sectionIds', j]));
    unique(w.instantItemCodes ?? [], (j) => ['windows', i, 'instantItemCodes', j], '事项编码', 'item code');
  });
  hall.officers.forEach((o, i) => {
    const at = (field: string): (string | number)[] => ['officers', i, field];
    const has = (role: Role): boolean => o.roles.includes(role);
    if (o.sectionId !== undefined) sectionRef(o.sectionId, at('sectionId'));
    (o.inChargeOf ?? []).forEach((id, j) => sectionRef(id, ['officers', i, 'inChargeOf', j]));
    if (o.windowCode !== undefined && !windowCodes.has(o.windowCode)) {
      issue(at('windowCode'), `窗口 ${o.windowCode} 不存在`, `There is no window ${o.windowCode}`);
    }
    if (o.servicePointCode !== undefined && !pointCodes.has(o.servicePointCode)) {
      issue(
        at('servicePointCode'),
        `服务点 ${o.servicePointCode} 不存在`,
        `There is no service point ${o.servicePointCode}`,
      );
    }
    if (new Set(o.roles).size !== o.roles.length) issue(at('roles'), '角色重复', 'A role is listed twice');
    if (has('window') && o.windowCode === undefined) {
      issue(
        at('windowCode'),
        `${o.name} 是窗口受理人员，须指定窗口`,
        `${o.id} is a window officer and needs a window`,
      );
    }
    if (has('agent') && o.servicePointCode === undefined) {
      issue(
        at('servicePointCode'),
        `${o.name} 是代办员，须指定便民服务室`,
        `${o.id} is a village agent and needs a service point`,
      );
    }
    if ((has('reviewer') || has('chief')) && o.sectionId === undefined) {
      issue(
        at('sectionId'),
        `${o.name} 是审查人员或科长，须指定科室`,
        `${o.id} reviews cases and needs a section`,
      );
    }
  });
}

/** "开审受字〔2026〕第0123号": the prefix of `kind`, the year in 〔〕 and the sequence of at least 4 digits. */
export function formatDocumentNumber(
  hall: Pick<Hall, 'documentNumberPrefixes'>,
  kind: DocumentNumberKind,
  year: number,
  seq: number,
): string {
  return documentNumber(hall.documentNumberPrefixes[kind], year, seq);
}
