import type { EscalationReason } from '@tandem/schema';

export interface Turn {
  author: 'customer' | 'bot' | 'agent' | 'system';
  text: string | null;
  intent?: string | null;
  /**
   * The bot's reading, 0..1. Platforms put it on the bot's reply or on the customer's utterance it read;
   * both are accepted (an exchange is one customer turn and the bot turns that answer it).
   */
  confidence?: number | null;
  /** The bot did not understand; on the bot's reply or on the customer's utterance, as for `confidence`. */
  fallback?: boolean | null;
  /** -1..1 when known. */
  sentiment?: number | null;
}

export interface Classification {
  reason: EscalationReason;
  /** What decided it, for people: the rule name and the matched words or numbers, e.g. `explicit_request: "转人工"`. */
  evidence: string;
}

export type Slot = 'order_number' | 'phone' | 'email' | 'account';

export interface RepeatAsk {
  slot: Slot;
  /** Customer text that gave it before the handoff. */
  given: string;
  /** Agent text asking again. */
  asked: string;
}
