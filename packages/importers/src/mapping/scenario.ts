/**
 * Scenario label for a travel dialogue from the domains it covers, sorted so that the same combination always
 * gives the same label whatever order it was talked about in: `travel.hotel+restaurant`.
 */
export function travelScenario(domains: Iterable<string>): string | null {
  const sorted = [...new Set(domains)].sort();
  return sorted.length === 0 ? null : `travel.${sorted.join('+')}`;
}
