import type { ConversationTrace, Turn } from '../types.js';

/** The bot's reading of one customer utterance. */
export interface Reading {
  turn: Turn;
  /** The intent the bot recognised; null when it fell back or gave no reading. */
  intent: string | null;
  fallback: boolean;
  /** The bot's reply to it, when there was one before the customer spoke again. */
  reply: Turn | null;
}

/** The part of a conversation the bot handled: up to the first handoff or the first agent message. */
export interface BotPhase {
  readings: Reading[];
  /** Bot messages after the customer first spoke: greetings before it do not make a handoff late. */
  botReplies: number;
  /** Customer sentiment in order, where scored. */
  sentiments: number[];
  /** Index in `turns` of the first turn after the bot's part. */
  end: number;
}

function hasReading(turn: Turn): boolean {
  return turn.fallback || turn.intent !== null;
}

/**
 * Reads the bot's part of a conversation. A customer utterance's reading is its own NLU fields when it
 * has them, else those of the first bot turn that answers it (before the customer speaks again): the
 * two places platforms put them.
 */
export function botPhase(trace: ConversationTrace): BotPhase {
  const turns = trace.turns;
  const handoff = trace.first_handoff_at === null ? Infinity : Date.parse(trace.first_handoff_at);
  let end = turns.findIndex((t) => t.author === 'agent' || Date.parse(t.ts) >= handoff);
  if (end < 0) end = turns.length;

  const readings: Reading[] = [];
  const sentiments: number[] = [];
  let botReplies = 0;
  let customerSpoke = false;
  for (let i = 0; i < end; i++) {
    const turn = turns[i]!;
    if (turn.author === 'bot' && customerSpoke) botReplies++;
    if (turn.author !== 'customer') continue;
    customerSpoke = true;
    if (turn.sentiment !== null) sentiments.push(turn.sentiment);
    let reply: Turn | null = null;
    for (let j = i + 1; j < end && turns[j]!.author !== 'customer'; j++) {
      if (turns[j]!.author === 'bot') {
        reply = turns[j]!;
        break;
      }
    }
    const source = hasReading(turn) ? turn : reply !== null && hasReading(reply) ? reply : null;
    if (source === null || !turn.text) continue;
    readings.push({ turn, intent: source.fallback ? null : source.intent, fallback: source.fallback, reply });
  }
  return { readings, botReplies, sentiments, end };
}
