/**
 * Strings that break naive quoting and escaping: quotes, backslashes, NUL and other control
 * characters, line breaks, SQL that closes a literal, Chinese, emoji, LIKE wildcards, the empty
 * string, surrounding spaces and a long string. Whatever stores or filters text must give each back
 * exactly as sent.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  "it's",
  "''",
  '\\',
  "\\'",
  "\\\\'; SELECT 1; --",
  "'; DROP TABLE events; --",
  'a\0b',
  '\0',
  'line\nnext',
  'crlf\r\n',
  'crlf\r\nend',
  'tab\there',
  '\u0001\u001f\u007f',
  '\\x00 is not a NUL',
  '我的快递到哪了？',
  '客服态度很好👍',
  '📦🚚💨',
  'line\u2028separator',
  '"double" and `back` quotes',
  '%_ like wildcards %',
  '',
  ' leading and trailing ',
  'x'.repeat(10_000),
];
