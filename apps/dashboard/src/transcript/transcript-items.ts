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
