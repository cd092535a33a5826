import { en, zhCN } from 'zod/locales';
import { hallSchema, type Hall } from './hall';

/** One problem of a hall configuration: where it is and what is wrong, in both UI languages. */
export type HallIssue = { path: string; message: string; messageEn: string };

export type HallParseResult = { ok: true; value: Hall } | { ok: false; errors: HallIssue[] };

const zhMessages = zhCN().localeError;
const enMessages = en().localeError;

/** "officers[3].windowCode" */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

function bilingualParams(params: unknown): { zh?: string; en?: string } {
  if (typeof params !== 'object' || params === null) return {};
  const { zh, en: english } = params as Record<string, unknown>;
  return {
    ...(typeof zh === 'string' ? { zh } : {}),
    ...(typeof english === 'string' ? { en: english } : {}),
  };
}

/**
 * Parses a hall configuration from a file, the server or an old row. Our own rules carry both
 * languages; zod's generic messages (wrong type, missing field) come from its zh-CN and en
 * locales, so on failure the input is parsed once more for the English words (a rare path).
 */
export function parseHall(json: unknown): HallParseResult {
  const zh = hallSchema.safeParse(json, { error: zhMessages });
  if (zh.success) return { ok: true, value: zh.data };
  const english = hallSchema.safeParse(json, { error: enMessages });
  const enIssues = english.success ? [] : english.error.issues;
  const errors = zh.error.issues.map((issue, i): HallIssue => {
    const own = 'params' in issue ? bilingualParams(issue.params) : {};
    const path = formatIssuePath(issue.path);
    return {
      path,
      message: own.zh ?? issue.message,
      messageEn: own.en ?? enIssues[i]?.message ?? issue.message,
    };
  });
  return { ok: false, errors };
}
