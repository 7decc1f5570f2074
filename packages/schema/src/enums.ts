export const CHANNELS = ['chat', 'app', 'web', 'email', 'voice', 'social', 'sms', 'other'] as const;
export type Channel = (typeof CHANNELS)[number];

export const STARTERS = ['customer', 'bot', 'agent'] as const;
export const AUTHORS = ['customer', 'bot', 'agent', 'system'] as const;
export type Author = (typeof AUTHORS)[number];

export const OUTCOMES = ['resolved', 'unresolved', 'abandoned'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const RESOLVERS = ['bot', 'agent'] as const;

/** DESIGN §3: why a conversation left the bot. */
export const ESCALATION_REASONS = [
  'customer_requested_human',
  'bot_not_understood',
  'low_confidence',
  'negative_sentiment',
  'complex_or_policy',
  'authentication_required',
  'bot_wrong_answer',
  'dialect_or_speech',
  'technical_error',
  'other',
] as const;
export type EscalationReason = (typeof ESCALATION_REASONS)[number];

export const FEEDBACK_KINDS = [
  'bot_misunderstood',
  'wrong_answer',
  'missing_intent',
  'bot_should_handle',
  'escalated_too_late',
  'escalated_too_early',
  'other',
] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

export const EVENT_TYPES = [
  'conversation.started',
  'message',
  'handoff',
  'agent.joined',
  'conversation.closed',
  'csat',
  'feedback',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
