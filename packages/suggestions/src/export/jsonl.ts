import type { Suggestion } from '../types.js';

/** JSON Lines (https://jsonlines.org): each suggestion as one JSON object on its own line, every kind. */
export function toJsonl(suggestions: readonly Suggestion[]): string {
  return suggestions.map((s) => JSON.stringify(s) + '\n').join('');
}
