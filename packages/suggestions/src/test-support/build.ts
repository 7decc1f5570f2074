import type { AgentFeedback, ConversationTrace, Turn } from '../types.js';

/** Test-only builders: a conversation written as a list of turns, with the clock and ids filled in. */

const BASE = Date.parse('2026-10-20T09:00:00Z');

export type TurnSpec = Partial<Turn> & Pick<Turn, 'author'>;

export const customer = (text: string, extra: Partial<Turn> = {}): TurnSpec => ({ author: 'customer', text, ...extra });
export const bot = (text: string, extra: Partial<Turn> = {}): TurnSpec => ({ author: 'bot', text, ...extra });
export const agent = (text: string): TurnSpec => ({ author: 'agent', text });

export function trace(
  id: string,
  turns: readonly TurnSpec[],
  extra: Partial<ConversationTrace> = {},
): ConversationTrace {
  const full: Turn[] = turns.map((t, i) => ({
    message_id: `${id}-m${i}`,
    ts: new Date(BASE + i * 10_000).toISOString(),
    text: null,
    intent: null,
    confidence: null,
    fallback: false,
    sentiment: null,
    ...t,
  }));
  const firstAgent = full.findIndex((t) => t.author === 'agent');
  return {
    conversation_id: id,
    started_at: new Date(BASE).toISOString(),
    closed_at: new Date(BASE + turns.length * 10_000).toISOString(),
    locale: 'en-GB',
    channel: 'chat',
    turns: full,
    first_handoff_at: firstAgent >= 0 ? new Date(BASE + firstAgent * 10_000 - 5_000).toISOString() : null,
    handoff_reason: firstAgent >= 0 ? 'bot_not_understood' : null,
    feedback: [],
    disposition: null,
    outcome: 'resolved',
    resolved_by: firstAgent >= 0 ? 'agent' : 'bot',
    csat_score: null,
    handle_ms: firstAgent >= 0 ? 60_000 : null,
    ...extra,
  };
}

export function feedback(
  kind: AgentFeedback['kind'],
  correct: string | null,
  messageId: string | null = null,
): AgentFeedback {
  return { agent_id: 'a1', kind, correct_intent: correct, message_id: messageId, note: null };
}
