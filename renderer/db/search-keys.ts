import type { CaseState } from '../../shared/domain';

/**
 * The longest part of a name kept as one search key. Every part of a name or item (each of its
 * suffixes) is a key cut to this length, so a prefix range over the index finds any part of it;
 * a longer query ranges over its first SUFFIX_KEY characters and the hits are checked in full.
 */
export const SUFFIX_KEY = 8;

/**
 * Text as the search compares it: NFKC (full-width digits and letters, as a Chinese input method
 * types them, become ASCII), lower case, no spaces.
 */
export function searchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The fields of a case the search reads: what is found whole, by any part, or by its end. */
function searchFields(state: CaseState): { whole: string[]; parts: string[]; numbers: string[] } {
  const people = state.agent ? [state.applicant, state.agent] : [state.applicant];
  return {
    whole: [state.caseNumber],
    parts: [...people.map((p) => p.name), state.item.name],
    numbers: people.flatMap((p) => [p.idNumber, p.phone]),
  };
}

/**
 * The case's keys in the multi-entry `searchKeys` index: the case number, names, ID numbers
 * and phones whole (a prefix finds them); every part of a name and of the item name (so 星光
 * finds 十堰星光广告有限公司 and 广告 finds 户外广告设施设置审批); the last 4 characters of an
 * ID number or phone (what an applicant reads out).
 */
export function searchKeysOf(state: CaseState): string[] {
  const keys = new Set<string>();
  const { whole, parts, numbers } = searchFields(state);
  for (const field of [...whole, ...parts, ...numbers]) {
    const text = searchText(field);
    if (text !== '') keys.add(text);
  }
  for (const field of parts) {
    const text = searchText(field);
    for (let i = 1; i < text.length; i++) keys.add(text.slice(i, i + SUFFIX_KEY));
  }
  for (const field of numbers) {
    const text = searchText(field);
    if (text.length > 4) keys.add(text.slice(-4));
  }
  return [...keys];
}

/**
 * Where a query (already `searchText`) is looked up in the `searchKeys` index. Up to SUFFIX_KEY
 * characters: one prefix range, every key in it a hit. Longer: the whole fields it starts
 * (a prefix range of the query itself) and the parts it may be the middle of, whose cut key is
 * exactly its first SUFFIX_KEY characters; those hits are checked in full (caseMatches). Never a
 * range over the query's start alone: all case numbers of a year share their first 8 characters.
 */
export function searchPlan(query: string): { ranges: Array<[lower: string, upper: string]>; check: boolean } {
  const prefix: [string, string] = [query, `${query}\uffff`];
  if (query.length <= SUFFIX_KEY) return { ranges: [prefix], check: false };
  const probe = query.slice(0, SUFFIX_KEY);
  return { ranges: [[probe, probe], prefix], check: true };
}

/**
 * Whether a case answers a query (already `searchText`): what the index found, checked in full
 * for a query longer than its keys. The same rules as searchKeysOf.
 */
export function caseMatches(state: CaseState, query: string): boolean {
  const { whole, parts, numbers } = searchFields(state);
  return (
    [...whole, ...numbers].some((f) => searchText(f).startsWith(query)) ||
    parts.some((f) => searchText(f).includes(query)) ||
    (query.length <= 4 && numbers.some((f) => searchText(f).slice(-4).startsWith(query)))
  );
}
