/** Code-point order, the same on every machine and locale (never `localeCompare`). */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorted copy of distinct strings. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byText);
}
