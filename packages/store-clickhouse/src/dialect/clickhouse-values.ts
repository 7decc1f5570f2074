/** The body of a `FORMAT JSON` answer: column names with their types, and the rows. */
export interface JsonResult {
  meta: { name: string; type: string }[];
  data: Record<string, unknown>[];
}

/** This store spells a boolean `UInt8` (18.16 has no `Bool`), and uses that type for nothing else. */
const BOOLEAN = /^(Nullable\()?UInt8\)?$/;

/**
 * Rows as the rest of Tandem expects them from any engine: booleans as `true`/`false` rather than
 * 1/0. Everything else arrives as it should (64-bit integers as numbers, a NaN average as null).
 */
export function readRows<R>(result: JsonResult): R[] {
  const booleans = result.meta.filter((column) => BOOLEAN.test(column.type)).map((column) => column.name);
  if (booleans.length === 0) return result.data as R[];
  for (const row of result.data) {
    for (const name of booleans) {
      const value = row[name];
      if (value !== null) row[name] = value === 1 || value === '1' || value === true;
    }
  }
  return result.data as R[];
}
