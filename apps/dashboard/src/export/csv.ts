import type { DataTable } from './data-table.js';

/** Excel reads a UTF-8 file as the local code page unless it starts with a byte-order mark. */
const BOM = '\uFEFF';

function cell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  // A leading = + @ makes a spreadsheet evaluate the cell as a formula.
  const text = /^[=+@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(table: DataTable): string {
  const lines = [table.columns, ...table.rows].map((row) => row.map(cell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
