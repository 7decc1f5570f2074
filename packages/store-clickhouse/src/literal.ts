/*
 * The one place values become ClickHouse SQL text. Debian's ClickHouse (18.16) has no query
 * parameters, so every value the store sends is written into the statement by this function and
 * nothing else; a newer server could take typed parameters instead (docs/clickhouse.md).
 */

/** Backslash escapes ClickHouse reads inside single-quoted strings. */
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '\0': '\\0',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function hex(c: string): string {
  return `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`;
}

/**
 * A string as a quoted literal: backslash, quote and control characters escaped, everything else
 * (Chinese, emoji) sent as its UTF-8 bytes, which ClickHouse keeps as they are.
 */
export function stringLiteral(value: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what this escapes.
  return `'${value.replace(/[\\'\u0000-\u001f\u007f]/g, (c) => ESCAPES[c] ?? hex(c))}'`;
}

export type LiteralValue = string | number | bigint | boolean | null | undefined | readonly LiteralValue[];

/**
 * Any value the store sends, as ClickHouse SQL: NULL, 1/0 for booleans (18.16 has no Bool), numbers
 * as written (never NaN or infinities, which would be read as identifiers or lose meaning), strings
 * quoted and escaped, arrays element by element.
 */
export function sqlLiteral(value: LiteralValue): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${value} has no ClickHouse literal; send null instead`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => sqlLiteral(v)).join(', ')}]`;
  throw new TypeError(`no ClickHouse literal for a ${typeof value}`);
}

/** A name (table, column) in backticks, with backslash and backtick escaped. */
export function identifier(name: string): string {
  return `\`${name.replace(/[\\`]/g, (c) => `\\${c}`)}\``;
}
