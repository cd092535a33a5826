import { chineseDate, ID_TYPE_LABELS, MATERIAL_FORM_LABELS, printedId } from '../format';
import {
  LABEL_FILL,
  MM,
  type Block,
  type ClosingBlock,
  type PageSpec,
  type SealMark,
  type TableRow,
  type TextStyle,
} from '../model';
import { qrPayload } from '../qr';
import type {
  AgentInfo,
  ApplicantInfo,
  DocumentSeal,
  HallInfo,
  MaterialLine,
  Remedies,
  ToleratedLine,
} from '../schemas';

/** Type sizes follow Chinese official practice: 二号 22pt titles, 小四 12pt text, 五号 10.5pt tables. */
export const STYLES = {
  authority: { font: 'serif-bold', size: 15 },
  title: { font: 'serif-bold', size: 22 },
  number: { font: 'serif-regular', size: 12 },
  body: { font: 'serif-regular', size: 12 },
  heading: { font: 'serif-bold', size: 12 },
  table: { font: 'sans-regular', size: 10.5 },
  tableHeader: { font: 'sans-bold', size: 10.5 },
  small: { font: 'serif-regular', size: 10.5 },
  caption: { font: 'sans-regular', size: 9 },
  footer: { font: 'sans-regular', size: 9 },
} as const satisfies Record<string, TextStyle>;

export const PORTRAIT: PageSpec = {
  orientation: 'portrait',
  margin: { top: 24 * MM, right: 24 * MM, bottom: 22 * MM, left: 26 * MM },
  footer: { text: '第 {page} 页 共 {pages} 页', style: STYLES.footer, onlyWhenSeveralPages: true },
};

export const SEAL_DIAMETER = 42 * MM;

export function sealMark(seal: DocumentSeal, authority: string): SealMark {
  switch (seal.kind) {
    case 'image':
      return { kind: 'image', diameter: seal.diameterMm * MM };
    case 'drawn':
      return {
        kind: 'drawn',
        diameter: SEAL_DIAMETER,
        ringText: seal.ringText ?? authority,
        centreText: seal.centreText ?? '行政审批专用章',
        specimenText: '样章',
      };
    case 'none':
      return { kind: 'none', diameter: SEAL_DIAMETER };
  }
}

/** The authority's name, the document's title (spaced), an optional subtitle and its number. */
export function heading(
  hall: HallInfo | undefined,
  title: string,
  number?: string,
  subtitle?: string,
): Block[] {
  const blocks: Block[] = [];
  if (hall)
    blocks.push({
      type: 'text',
      text: hall.authority,
      style: STYLES.authority,
      align: 'center',
      spaceAfter: 2,
    });
  blocks.push({
    type: 'text',
    text: title,
    style: STYLES.title,
    align: 'center',
    letterSpacing: title.length <= 6 ? 8 : 2,
    leading: 1.5,
    spaceAfter: subtitle ? 0 : 4,
  });
  if (subtitle)
    blocks.push({ type: 'text', text: subtitle, style: STYLES.body, align: 'center', spaceAfter: 4 });
  if (number)
    blocks.push({ type: 'text', text: number, style: STYLES.number, align: 'right', spaceAfter: 6 });
  else blocks.push({ type: 'spacer', height: 8 });
  return blocks;
}

export function salutation(name: string): Block {
  return { type: 'text', text: `${name}：`, style: STYLES.body, align: 'left', spaceAfter: 2 };
}

/** A body paragraph: justified, two characters of first-line indent. */
export function paragraph(text: string, spaceAfter = 4): Block {
  return {
    type: 'text',
    text,
    style: STYLES.body,
    align: 'justify',
    indent: STYLES.body.size * 2,
    spaceAfter,
  };
}

export function sectionHeading(text: string): Block {
  return {
    type: 'text',
    text,
    style: STYLES.heading,
    align: 'left',
    spaceBefore: 4,
    spaceAfter: 2,
    keepWithNext: true,
  };
}

type Pair = readonly [label: string, value: string];

/** A ruled form of label | value pairs, two pairs a row; a single pair spans the row. */
export function fieldsTable(rows: Array<readonly [Pair] | readonly [Pair, Pair]>): Block {
  const label = (text: string) => ({ text, fill: LABEL_FILL, align: 'center' as const });
  return {
    type: 'table',
    columns: [1.15, 2.1, 1.15, 2.1],
    style: STYLES.table,
    rows: rows.map((row): TableRow => {
      const [first, second] = row;
      return second
        ? { cells: [label(first[0]), { text: first[1] }, label(second[0]), { text: second[1] }] }
        : { cells: [label(first[0]), { text: first[1], span: 3 }] };
    }),
    spaceBefore: 4,
    spaceAfter: 8,
  };
}

/** The label of an ID row; the type is named in the value unless it is the usual resident ID. */
export function idLabel(idType: keyof typeof ID_TYPE_LABELS): string {
  return idType === 'uscc' ? '信用代码' : idType === 'resident-id' ? '身份证号' : '证件号码';
}

/**
 * An ID as a party row prints it: masked, but for a credit code, which is public (it is on the
 * licence and in the national enterprise credit register) and which the company checks on its papers.
 */
export function idValue(idType: keyof typeof ID_TYPE_LABELS, idNumber: string): string {
  const masked = printedId(idNumber, idType === 'uscc');
  return idType === 'uscc' || idType === 'resident-id' ? masked : `${masked}（${ID_TYPE_LABELS[idType]}）`;
}

/** 申请人 / 证件 / 联系 rows, and the agent's when there is one (IDs as idValue prints them). */
export function partyRows(
  applicant: ApplicantInfo,
  agent?: AgentInfo,
): Array<readonly [Pair] | readonly [Pair, Pair]> {
  const rows: Array<readonly [Pair] | readonly [Pair, Pair]> = [
    [
      [applicant.kind === 'organisation' ? '申请单位' : '申请人', applicant.name],
      [idLabel(applicant.idType), idValue(applicant.idType, applicant.idNumber)],
    ],
  ];
  rows.push(
    applicant.contact
      ? [
          ['联系人', applicant.contact],
          ['联系电话', applicant.phone],
        ]
      : [['联系电话', applicant.phone]],
  );
  if (applicant.address) rows.push([['地址', applicant.address]]);
  if (agent) {
    rows.push([
      ['代理人', agent.name],
      [idLabel(agent.idType), idValue(agent.idType, agent.idNumber)],
    ]);
    rows.push([['代理人电话', agent.phone]]);
  }
  return rows;
}

/** A numbered table of materials: 序号 | 材料名称 | 形式 | 份数 [| 补齐期限] [| 要求]. */
export function materialsTable(
  materials: ReadonlyArray<MaterialLine | ToleratedLine>,
  options: { due?: boolean; notes?: boolean; noteTitle?: string } = {},
): Block {
  const header = ['序号', '材料名称', '形式', '份数'];
  const columns = [0.7, options.notes ? 3.3 : 4.8, 0.95, 0.75];
  if (options.due) {
    header.push('补齐期限');
    columns.push(1.8);
  }
  if (options.notes) {
    header.push(options.noteTitle ?? '备注');
    columns.push(3.6);
  }
  return {
    type: 'table',
    columns,
    style: STYLES.table,
    headerStyle: STYLES.tableHeader,
    header: { cells: header.map((text) => ({ text, align: 'center' as const })) },
    rows: materials.map((m, i) => {
      const cells = [
        { text: String(i + 1), align: 'center' as const },
        { text: m.name },
        { text: MATERIAL_FORM_LABELS[m.form], align: 'center' as const },
        { text: String(m.copies), align: 'center' as const },
      ];
      if (options.due) cells.push({ text: 'dueDate' in m ? chineseDate(m.dueDate) : '', align: 'center' });
      if (options.notes) cells.push({ text: m.note ?? '' });
      return { cells };
    }),
    spaceBefore: 2,
    spaceAfter: 8,
  };
}

/** 落款: the authority and the date under the seal, optionally the case's QR code at the left. */
export function closing(
  hall: HallInfo,
  date: string,
  qr?: { caseNumber: string; queryCode?: string | undefined },
): ClosingBlock {
  const block: ClosingBlock = {
    type: 'closing',
    lines: [hall.authority, chineseDate(date)],
    style: STYLES.body,
    seal: sealMark(hall.seal, hall.authority),
    spaceBefore: 6,
  };
  if (qr) {
    const caption = ['扫码查询办理进度', `办件编号：${qr.caseNumber}`];
    if (qr.queryCode) caption.push(`查询码：${qr.queryCode}`);
    block.qr = {
      payload: qrPayload(qr.caseNumber, qr.queryCode, hall.queryUrl),
      size: 25 * MM,
      caption,
      style: STYLES.caption,
    };
  }
  return block;
}

/** 救济途径: the right to reconsideration (60 days) or a lawsuit (6 months), with the laws. */
export function remediesParagraph(remedies: Remedies, what: string): Block {
  return paragraph(
    `如对本${what}不服，可以自收到本${what}之日起六十日内依照《中华人民共和国行政复议法》向${remedies.reconsideration}申请行政复议，` +
      `也可以自收到本${what}之日起六个月内依照《中华人民共和国行政诉讼法》向${remedies.court}提起行政诉讼。`,
  );
}

/** Contact line for the window: 经办人 and phone. */
export function contactLine(
  officer: { name: string; window: string; phone?: string | undefined },
  hall: HallInfo,
): Block {
  const phone = officer.phone ?? hall.phone;
  return {
    type: 'text',
    text: `经办人：${officer.name}（${officer.window}）${phone ? `    联系电话：${phone}` : ''}`,
    style: STYLES.body,
    align: 'left',
    spaceBefore: 4,
  };
}

/** 你 / 你单位, as a notice addresses the applicant. */
export function you(applicant: ApplicantInfo): string {
  return applicant.kind === 'person' ? '你' : '你单位';
}

/** The PDF's creation date from the document's own date, so equal inputs give equal bytes. */
export function pdfDate(iso: string): Date {
  const withTime = iso.length === 10 ? `${iso}T00:00:00+08:00` : iso;
  const zoned = /(?:Z|[+-]\d{2}:?\d{2})$/.test(withTime) ? withTime : `${withTime}+08:00`;
  return new Date(zoned);
}

export function signatureDate(label = '日期：'): { label: string; blank: number; after: string } {
  return { label, blank: 0, after: '\u3000\u3000\u3000\u3000年\u3000\u3000月\u3000\u3000日' };
}

/** The applicant's receipt line at the foot of a notice: 申请人（签收）：____  签收日期：__年__月__日. */
export function applicantSignature(): Block {
  return {
    type: 'signatures',
    style: STYLES.body,
    rows: [[{ label: '申请人（签收）：', blank: 130 }, signatureDate('签收日期：')]],
    spaceBefore: 4,
  };
}
