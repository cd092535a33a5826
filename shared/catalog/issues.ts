import type { z } from 'zod';
import { missingCase } from '../result';
import { CODE_PATTERN, SITUATION_KEY_PATTERN } from './schema';

/**
 * One problem found in a catalog: where (`items[3].materials[1].form`) and what, in the officer's
 * language and in English for the IT staff who maintain the catalog. The root is the path ''.
 */
export type CatalogError = { path: string; zh: string; en: string };

type PathSegment = PropertyKey;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `['items', 3, 'materials', 1, 'form']` → `items[3].materials[1].form`; odd keys are quoted. */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'string' && IDENTIFIER.test(segment))
      out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(String(segment))}]`;
  }
  return out;
}

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '字符串', en: 'a string' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'an integer' },
  boolean: { zh: '布尔值（true/false）', en: 'a boolean' },
  object: { zh: '对象', en: 'an object' },
  record: { zh: '对象', en: 'an object' },
  array: { zh: '数组', en: 'an array' },
  null: { zh: 'null', en: 'null' },
  undefined: { zh: '空', en: 'nothing' },
};

function typeName(name: string): { zh: string; en: string } {
  return TYPE_NAMES[name] ?? { zh: name, en: name };
}

function typeOfInput(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && !Number.isInteger(input)) return 'number';
  return typeof input;
}

/** A short rendering of a bad value for a message; long values are cut. */
function show(input: unknown): string {
  const json = JSON.stringify(input) ?? String(input);
  return json.length > 40 ? `${json.slice(0, 39)}…` : json;
}

const FORMAT_HINTS = new Map<string, { zh: string; en: string }>([
  [
    String(CODE_PATTERN),
    {
      zh: '编码格式不正确：应以字母或数字开头，仅含字母、数字、点、下划线或连字符，最长 64 位',
      en: 'Bad code: must start with a letter or digit and contain only letters, digits, ".", "_" or "-" (at most 64)',
    },
  ],
  [
    String(SITUATION_KEY_PATTERN),
    {
      zh: '情形键格式不正确：应为小写字母、数字和连字符，如 by-agent',
      en: 'Bad situation key: use lower-case letters, digits and hyphens, e.g. by-agent',
    },
  ],
]);

function sizeMessage(
  issue: { origin: string; inclusive?: boolean; input?: unknown },
  bound: number | bigint,
  small: boolean,
): { zh: string; en: string } {
  const op = small ? (issue.inclusive === false ? '>' : '≥') : issue.inclusive === false ? '<' : '≤';
  switch (issue.origin) {
    case 'string':
      if (small && Number(bound) === 1) return { zh: '不能为空', en: 'Must not be empty' };
      return {
        zh: `长度应${op} ${bound} 个字符`,
        en: `Length must be ${op} ${bound} characters`,
      };
    case 'array':
    case 'set':
      if (small && Number(bound) === 1) return { zh: '至少应有 1 项', en: 'Must have at least 1 entry' };
      return { zh: `项数应${op} ${bound}`, en: `Number of entries must be ${op} ${bound}` };
    default: {
      const got = issue.input === undefined ? '' : show(issue.input);
      return {
        zh: `数值${small ? '过小' : '过大'}：应${op} ${bound}${got ? `，实际为 ${got}` : ''}`,
        en: `Too ${small ? 'small' : 'large'}: must be ${op} ${bound}${got ? `, got ${got}` : ''}`,
      };
    }
  }
}

/**
 * Turns one zod issue into catalog errors (an unknown-keys issue names each key on its own path).
 * The issue must come from a parse with `reportInput: true` so that "missing" can be told from
 * "wrong type" and bad values can be quoted.
 */
export function describeIssue(issue: z.core.$ZodIssue): CatalogError[] {
  const path = formatPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return [{ path, zh: '缺少必填字段', en: 'Required field is missing' }];
      const expected = typeName(issue.expected);
      const got = typeName(typeOfInput(input));
      const value = typeof input === 'object' ? '' : ` ${show(input)}`;
      return [
        {
          path,
          zh: `类型错误：应为${expected.zh}，实际为${got.zh}${value}`,
          en: `Wrong type: expected ${expected.en}, got ${got.en}${value}`,
        },
      ];
    }
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v));
      return [
        {
          path,
          zh: `取值无效：应为 ${allowed.join('、')} 之一，实际为 ${show(input)}`,
          en: `Invalid value: expected one of ${allowed.join(', ')}; got ${show(input)}`,
        },
      ];
    }
    case 'too_small':
      return [{ path, ...sizeMessage({ ...issue, input }, issue.minimum, true) }];
    case 'too_big':
      return [{ path, ...sizeMessage({ ...issue, input }, issue.maximum, false) }];
    case 'invalid_format': {
      const hint = issue.pattern === undefined ? undefined : FORMAT_HINTS.get(issue.pattern);
      const got = input === undefined ? '' : show(input);
      return [
        {
          path,
          zh: `${hint?.zh ?? `格式不正确（${issue.format}）`}${got ? `，实际为 ${got}` : ''}`,
          en: `${hint?.en ?? `Bad format (${issue.format})`}${got ? `; got ${got}` : ''}`,
        },
      ];
    }
    case 'invalid_key': {
      const inner = issue.issues.flatMap((nested) => describeIssue({ ...nested, path: [] }));
      return [
        {
          path,
          zh: `键名无效：${inner.map((e) => e.zh).join('；')}`,
          en: `Invalid key: ${inner.map((e) => e.en).join('; ')}`,
        },
      ];
    }
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        zh: '未知字段：目录格式中没有此字段（请检查拼写）',
        en: 'Unknown field: not part of the catalog format (check the spelling)',
      }));
    case 'invalid_union':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      return [{ path, zh: `内容无效：${issue.message}`, en: `Invalid: ${issue.message}` }];
    default:
      return missingCase(issue);
  }
}
