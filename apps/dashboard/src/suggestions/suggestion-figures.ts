import {
  PHRASE_KINDS,
  type LiftSide,
  type SuggestionKind,
  type SuggestionStatus,
  type SuggestionView,
} from '../api/suggestion-types.js';

/** What a suggestion is about: its intent, or for a confusion the bot's intent and the right one, X → Y. */
export function intentOf(s: Pick<SuggestionView, 'intent' | 'related_intent' | 'key'>): string {
  if (s.related_intent !== null && s.intent !== null) return `${s.related_intent} → ${s.intent}`;
  return s.intent ?? s.key;
}

/** The intents the inbox can be narrowed to (a suggestion's intent or the X of a confusion), and the chosen one. */
export function intentChoices(suggestions: readonly SuggestionView[], chosen: string | null): string[] {
  const intents = new Set(suggestions.flatMap((s) => [s.intent, s.related_intent]));
  if (chosen) intents.add(chosen);
  return [...intents].filter((i): i is string => i !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function hasPhrases(kind: SuggestionKind): boolean {
  return PHRASE_KINDS.includes(kind);
}

/** The phrases as they are sent: each line trimmed, empty lines left out (the service refuses them). */
export function cleanPhrases(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

export function samePhrases(a: readonly string[], b: readonly string[]): boolean {
  const [x, y] = [cleanPhrases(a), cleanPhrases(b)];
  return x.length === y.length && x.every((p, i) => p === y[i]);
}

export type Action = 'accept' | 'reject' | 'ship' | 'edit';

/**
 * The moves the service allows from each status (docs/suggestions.md): new or rejected → accepted,
 * new or accepted → rejected, accepted → shipped; an accepted suggestion's phrases can be edited.
 * A shipped one is final.
 */
export function actionsFor(status: SuggestionStatus, kind: SuggestionKind): Action[] {
  switch (status) {
    case 'new':
      return ['accept', 'reject'];
    case 'accepted':
      return hasPhrases(kind) ? ['edit', 'ship', 'reject'] : ['ship', 'reject'];
    case 'rejected':
      return ['accept'];
    case 'shipped':
      return [];
  }
}

/**
 * How a lift reads: `no_change` while the 95% interval of the difference includes zero, else the
 * direction it excludes zero in (a higher containment or CSAT is better); `unknown` without an interval.
 */
export type LiftVerdict = 'better' | 'worse' | 'no_change' | 'unknown';

export function liftVerdict(side: LiftSide | null): LiftVerdict {
  if (!side?.ci || side.difference === null) return 'unknown';
  const [low, high] = side.ci;
  if (low <= 0 && high >= 0) return 'no_change';
  return low > 0 ? 'better' : 'worse';
}

export const EVIDENCE_PAGE_SIZE = 20;

/** One page of the evidence conversations; a page past the end shows the last. */
export function evidencePage(ids: readonly string[], page: number): { ids: string[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(ids.length / EVIDENCE_PAGE_SIZE));
  const at = Math.min(Math.max(1, page), pages);
  return { ids: ids.slice((at - 1) * EVIDENCE_PAGE_SIZE, at * EVIDENCE_PAGE_SIZE), page: at, pages };
}

/** The ship date as a day, whether the service wrote a date or an instant. */
export function shipDay(shippedAt: string): string {
  return shippedAt.slice(0, 10);
}
