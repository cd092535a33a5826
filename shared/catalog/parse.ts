import type { CatalogError } from './issues';
import { describeIssue } from './issues';
import { catalogRuleErrors } from './rules';
import type { Catalog } from './schema';
import { catalogSchema } from './schema';

export type CatalogParseResult = { ok: true; value: Catalog } | { ok: false; errors: CatalogError[] };

/**
 * Parses a catalog that arrived as data (the central server, a file, the demo). Never throws.
 *
 * Shape errors come first; the cross-field rules (rules.ts) run only on a catalog whose shape is
 * right, because they read fields the shape guarantees. A broken file may therefore show its
 * rule errors only after its shape errors are fixed. A JSON string is not parsed here: pass the
 * value of `JSON.parse`, so that "not JSON" and "not a catalog" stay different problems.
 */
export function parseCatalog(json: unknown): CatalogParseResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    const got = json === null ? 'null' : Array.isArray(json) ? '数组' : typeof json;
    return {
      ok: false,
      errors: [
        {
          path: '',
          zh: `目录应为 JSON 对象，实际为 ${got}${typeof json === 'string' ? '（如为 JSON 文本，请先 JSON.parse）' : ''}`,
          en: `The catalog must be a JSON object, got ${json === null ? 'null' : Array.isArray(json) ? 'an array' : typeof json}`,
        },
      ],
    };
  }
  const parsed = catalogSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(describeIssue) };
  const ruleErrors = catalogRuleErrors(parsed.data);
  if (ruleErrors.length > 0) return { ok: false, errors: ruleErrors };
  return { ok: true, value: parsed.data };
}

/** Thrown when a catalog the program itself ships (the demo) does not parse: a programming error. */
export class CatalogInvalidError extends Error {
  override readonly name = 'CatalogInvalidError';
  readonly errors: readonly CatalogError[];

  constructor(what: string, errors: readonly CatalogError[]) {
    super(
      `${what} is not a valid catalog:\n${errors.map((e) => `  ${e.path || '(root)'}: ${e.en}`).join('\n')}`,
    );
    this.errors = errors;
  }
}
