/**
 * RFC 8785 (JSON Canonicalization Scheme) text of a JSON value: object keys sorted by UTF-16 code
 * units, no whitespace, numbers and strings as ECMAScript's JSON.stringify writes them. The same
 * text as the `canonicalize` package (our reference, compared in a property test) at about twice
 * its speed: the server hashes every pushed event with it, and the package's per-value checks,
 * cycle set and intermediate arrays were a third of the ingest's own CPU (docs/DECISIONS.md).
 *
 * As `canonicalize` does: NaN, ±Infinity and lone surrogates (in keys too) throw; `toJSON` is
 * honoured; properties that are undefined or symbols are left out, and such array items become
 * null. A cyclic value throws (a RangeError from the recursion rather than a message of its own).
 */
export function canonicalJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return write(value);
}

function write(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return writeString(value);
    case 'number':
      if (!Number.isFinite(value))
        throw new Error(Number.isNaN(value) ? 'NaN is not allowed' : 'Infinity is not allowed');
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      // booleans; functions and bigints as JSON.stringify treats them (as `canonicalize` does)
      return JSON.stringify(value) as string;
  }
  if (value === null) return 'null';
  const json = (value as { toJSON?: unknown }).toJSON;
  if (typeof json === 'function') return write((json as () => unknown).call(value));
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (i > 0) out += ',';
      out += item === undefined || typeof item === 'symbol' ? 'null' : write(item);
    }
    return out + ']';
  }
  const record = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(record).sort()) {
    const item = record[key];
    if (item === undefined || typeof item === 'symbol') continue;
    if (!first) out += ',';
    first = false;
    out += writeString(key) + ':' + write(item);
  }
  return out + '}';
}

function writeString(value: string): string {
  if (!(value as string & { isWellFormed(): boolean }).isWellFormed())
    throw new Error('Lone surrogate is not allowed');
  return JSON.stringify(value);
}
