import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('toCsv', () => {
  it('starts with a byte-order mark and ends lines with CRLF', () => {
    const csv = toCsv({ columns: ['渠道', '会话量'], rows: [['网页', 12]] });
    expect(csv).toBe('\uFEFF渠道,会话量\r\n网页,12\r\n');
  });

  it('quotes commas, quotes and line breaks, and leaves missing values empty', () => {
    const csv = toCsv({ columns: ['a', 'b', 'c'], rows: [['x, y', 'say "hi"', null]] });
    expect(csv).toBe('\uFEFFa,b,c\r\n"x, y","say ""hi""",\r\n');
  });

  it('keeps spreadsheets from evaluating text as a formula, but not signed changes', () => {
    const csv = toCsv({ columns: ['a', 'b'], rows: [['=SUM(A1)', '-5.0%']] });
    expect(csv).toBe("\uFEFFa,b\r\n'=SUM(A1),-5.0%\r\n");
  });
});
