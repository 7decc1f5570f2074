/**
 * The zones offered: the workspace's own (no `tz` in the address), UTC, China Standard Time, the
 * browser's, and whatever zone the address already names, each once.
 */
export function zoneChoices(current: string | null, browser: string): string[] {
  const zones = ['UTC', 'Asia/Shanghai', browser];
  if (current) zones.push(current);
  return [...new Set(zones)];
}
