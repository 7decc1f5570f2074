/** A stored sample spec as rows to read: scalars as they are, lists joined, anything else as JSON. */
export function specEntries(spec: Record<string, unknown>): [string, string][] {
  return Object.entries(spec).map(([key, value]) => {
    if (value === null || value === undefined) return [key, String(value)];
    if (Array.isArray(value) && value.every((v) => typeof v !== 'object')) return [key, value.join(', ')];
    if (typeof value === 'object') return [key, JSON.stringify(value)];
    return [key, String(value)];
  });
}
