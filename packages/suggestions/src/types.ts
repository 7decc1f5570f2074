import type { FeedbackKind } from '@tandem/schema';

/** One message of a conversation, as the store gives it. */
export interface Turn {
  message_id: string;
  /** ISO 8601, UTC. */
  ts: string;
  author: 'customer' | 'bot' | 'agent' | 'system';
  text: string | null;
  /**
   * The bot's reading. Platforms put it on the bot's reply or on the customer's utterance it read
   * (the generator and most exports do the latter); both are accepted, see `readings`.
   */
  intent: string | null;
  confidence: number | null;
  /** The bot did not understand; on the bot's reply or on the customer's utterance, as for `intent`. */
  fallback: boolean;
  /** Customer turns, −1..1, when an upstream analyser scored it. */
  sentiment: number | null;
}

/** An agent's word on the bot's part of a conversation (DESIGN §1.1, `feedback`). */
export interface AgentFeedback {
  agent_id: string;
  kind: FeedbackKind;
  correct_intent: string | null;
  /** The message it is about: a customer utterance the bot misread, or the bot's reply. */
  message_id: string | null;
  note: string | null;
}

/** One conversation with what the suggestion engine needs from it; the store query builds these. */
export interface ConversationTrace {
  conversation_id: string;
  started_at: string;
  closed_at: string | null;
  locale: string | null;
  channel: string;
  /** In time order. */
  turns: Turn[];
  first_handoff_at: string | null;
  handoff_reason: string | null;
  feedback: AgentFeedback[];
  /** Agent wrap-up code or final intent, from `conversation.closed`. */
  disposition: string | null;
  outcome: 'resolved' | 'unresolved' | 'abandoned' | null;
  resolved_by: 'bot' | 'agent' | null;
  csat_score: number | null;
  /** From the first agent joining to the close; null when no agent handled it. */
  handle_ms: number | null;
}

export const SUGGESTION_KINDS = [
  'add_training_phrases',
  'new_intent',
  'intent_confusion',
  'answer_gap',
  'escalate_earlier',
  'automate',
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export interface Suggestion {
  /** Stable: the same data gives the same id, and a re-run with `previous` keeps it (see `identity`). */
  id: string;
  kind: SuggestionKind;
  /** What it is about, for people: `order_status`, `refund_status→return_request`, a proposed intent name. */
  key: string;
  /** The intent to change; for `new_intent` the proposed name. */
  intent: string | null;
  /** X of an X→Y confusion. */
  related_intent: string | null;
  /** One line in English a trainer understands. */
  title: string;
  /** Utterances to add (`add_training_phrases`, `new_intent`): deduplicated, at most 25, most representative first. */
  phrases: string[];
  evidence: {
    /** Every conversation behind the suggestion, sorted. */
    conversation_ids: string[];
    /** At most 10 utterances, most representative first. */
    examples: string[];
    count: number;
  };
  impact: {
    conversations_per_week: number;
    /** 0..1: the share of these conversations the change is expected to contain. */
    containment_gain: number;
    /** conversations_per_week × containment_gain. */
    score: number;
  };
  /** 0..1: evidence size × agreement of sources × cluster tightness (see docs/suggestions.md). */
  confidence: number;
  /** Normalised utterances, or conversation ids for kinds without utterances: what identifies it across runs. */
  members: string[];
}

/** What a later run needs of an earlier suggestion to keep its id. */
export interface PreviousSuggestion {
  id: string;
  kind: SuggestionKind;
  key: string;
  members: string[];
}

export interface GenerateOptions {
  /** ISO 8601 instant: the end of the observed window (checked; the traces themselves are the window). */
  now: string;
  /** Length of the observed window in days; conversations per week are counted over it. */
  windowDays: number;
  /** The previous run's suggestions, so that a suggestion that grew keeps its id. */
  previous?: readonly PreviousSuggestion[];
}
