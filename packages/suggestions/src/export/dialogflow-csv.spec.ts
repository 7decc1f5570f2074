import { describe, expect, it } from 'vitest';
import { DIALOGFLOW_CSV_COLUMNS, toDialogflowCsv } from './dialogflow-csv.js';
import { EXPECTED_PHRASES, EXPORTED } from '../test-support/export-fixtures.js';

/** A small RFC 4180 reader: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      expect(c, `bare ${JSON.stringify(c)} at ${i}`).not.toMatch(/["\r\n]/);
      field += c;
      i++;
    }
  }
  expect(field === '' && row.length === 0, 'the file ends with CRLF').toBe(true);
  return rows;
}

describe('toDialogflowCsv', () => {
  const csv = toDialogflowCsv(EXPORTED);
  const [header, ...rows] = parseCsv(csv);

  it('has the header intent,phrase and reads back as the same phrases per intent', () => {
    expect(header).toEqual([...DIALOGFLOW_CSV_COLUMNS]);
    const byIntent: Record<string, string[]> = {};
    for (const row of rows) {
      expect(row).toHaveLength(2);
      (byIntent[row[0]!] ??= []).push(row[1]!);
    }
    expect(byIntent).toEqual(EXPECTED_PHRASES);
  });

  it('quotes only the fields that need it', () => {
    expect(csv).toContain('\r\norder_status,#1 priority: my parcel\r\n');
    expect(csv).toContain('\r\norder_status,"He said ""where is it?"""\r\n');
    expect(csv).toContain('\r\norder_status,"comma, separated, words"\r\n');
    expect(csv).toContain('\r\n收货地址,我想修改收货地址\r\n');
  });

  it('is only the header when nothing carries phrases', () => {
    expect(toDialogflowCsv([])).toBe('intent,phrase\r\n');
  });
});
