import { describe, expect, it } from 'vitest';
import { sqlLiteral, stringLiteral } from './literal.js';

describe('sqlLiteral', () => {
  it('escapes what ClickHouse reads specially inside quotes, written out by hand', () => {
    expect(stringLiteral("it's")).toBe("'it\\'s'");
    expect(stringLiteral('back\\slash')).toBe("'back\\\\slash'");
    expect(stringLiteral('a\0b')).toBe("'a\\0b'");
    expect(stringLiteral('line\r\nnext\ttab')).toBe("'line\\r\\nnext\\ttab'");
    expect(stringLiteral('\u0001\u001f\u007f')).toBe("'\\x01\\x1f\\x7f'");
    expect(stringLiteral("'; DROP TABLE events; --")).toBe("'\\'; DROP TABLE events; --'");
  });

  it('leaves Chinese and emoji as they are', () => {
    expect(stringLiteral('我的快递到哪了？📦')).toBe("'我的快递到哪了？📦'");
  });

  it('writes the other values ClickHouse 18.16 can take', () => {
    expect(sqlLiteral(null)).toBe('NULL');
    expect(sqlLiteral(undefined)).toBe('NULL');
    expect(sqlLiteral(true)).toBe('1');
    expect(sqlLiteral(false)).toBe('0');
    expect(sqlLiteral(-1.5)).toBe('-1.5');
    expect(sqlLiteral(12345678901234567890n)).toBe('12345678901234567890');
    expect(sqlLiteral(['a', "b'c", null])).toBe("['a', 'b\\'c', NULL]");
  });

  it('refuses numbers without a literal', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(RangeError);
    expect(() => sqlLiteral(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});
