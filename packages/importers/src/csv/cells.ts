/*
 * A cell that does not convert is passed on as written: the validator then rejects that one conversation and
 * names the field, while the other conversations of the file still import (DESIGN §1.3).
 */

export function numberCell(cell: string | undefined): number | string | undefined {
  if (cell === undefined) return undefined;
  const value = Number(cell);
  return cell.trim() !== '' && Number.isFinite(value) ? value : cell;
}

const TRUE = new Set(['true', '1', 'yes']);
const FALSE = new Set(['false', '0', 'no']);

export function booleanCell(cell: string | undefined): boolean | string | undefined {
  if (cell === undefined) return undefined;
  const word = cell.trim().toLowerCase();
  if (TRUE.has(word)) return true;
  return FALSE.has(word) ? false : cell;
}
