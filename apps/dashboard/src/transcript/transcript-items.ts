import type { Author, ConversationEvent } from '../api/types.js';

export type TranscriptItem =
  | {
      kind: 'turn';
      id: string;
      ts: string;
      author: Author;
      authorId: string | null;
      text: string;
      intent: string | null;
      confidence: number | null;
      fallback: boolean;
      /** The message's sentiment, −1 to 1, where the service scored it (customer messages). */
      sentiment: number | null;
    }
  | {
      kind: 'handoff';
      id: string;
      ts: string;
      reason: string;
      reasonText: string | null;
      toQueue: string | null;
      contextPassed: boolean | null;
    }
  | { kind: 'note'; id: string; ts: string; event: ConversationEvent };

/**
 * A conversation's events in time order as the viewer draws them: messages are turns, the handoff a
 * marker between them, and everything else (start, agent joined, close, CSAT, feedback) a small note.
 */
export function transcriptItems(events: ConversationEvent[]): TranscriptItem[] {
  // Array.prototype.sort is stable: events at the same instant keep the service's order.
  const ordered = [...events].sort((a, b) => Date.parse(a.ts) - Date.parse(b.ts));
  return ordered.map((e): TranscriptItem => {
    if (e.type === 'message') {
      return {
        kind: 'turn',
        id: e.event_id,
        ts: e.ts,
        author: e.author ?? 'system',
        authorId: e.author_id ?? null,
        text: e.text ?? '',
        intent: e.intent ?? null,
        confidence: e.confidence ?? null,
        fallback: e.fallback === true,
        sentiment: e.sentiment ?? null,
      };
    }
    if (e.type === 'handoff') {
      return {
        kind: 'handoff',
        id: e.event_id,
        ts: e.ts,
        reason: e.reason ?? 'other',
        reasonText: e.reason_text ?? null,
        toQueue: e.to_queue ?? null,
        contextPassed: e.context_passed ?? null,
      };
    }
    return { kind: 'note', id: e.event_id, ts: e.ts, event: e };
  });
}

export const SENTIMENT_BANDS = ['negative', 'neutral', 'positive'] as const;
export type SentimentBand = (typeof SENTIMENT_BANDS)[number];

/** The bands of docs/qa.md: negative below −0.25, positive above 0.25, neutral between, both bounds included. */
export function sentimentBand(value: number): SentimentBand {
  return value < -0.25 ? 'negative' : value > 0.25 ? 'positive' : 'neutral';
}

/** What the service masks personal data with (docs/privacy.md). */
export const MASKS = ['email', 'phone', 'card', 'id'] as const;
export type Mask = (typeof MASKS)[number];

export type TextPart = { kind: 'text'; text: string } | { kind: 'mask'; mask: Mask; text: string };

const MASK_PATTERN = new RegExp(`\\[(${MASKS.join('|')})\\]`, 'g');

/** A message's text cut at each masked placeholder (`[email]`, `[phone]`, `[card]`, `[id]`), so they can be drawn apart. */
export function textParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(MASK_PATTERN)) {
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    parts.push({ kind: 'mask', mask: match[1] as Mask, text: match[0] });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}
