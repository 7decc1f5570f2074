// The wire format of the metrics API (docs/metrics.md), as the dashboard reads it.

export const RATE_NAMES = [
  'bot_involvement',
  'containment',
  'assumed_resolution',
  'confirmed_resolution',
  'durable_containment',
  'false_containment',
  'escalation_rate',
  'abandonment',
  'csat',
  'csat_response_rate',
  'first_contact_resolution',
  'csat_bot_only',
  'csat_handed_off',
  'csat_human_only',
] as const;
export type RateName = (typeof RATE_NAMES)[number];

export const DURATION_NAMES = ['first_response_time', 'time_to_human', 'handle_time'] as const;
export type DurationName = (typeof DURATION_NAMES)[number];

export const SEGMENT_METRICS = [
  'conversations',
  'closed',
  'open',
  'with_bot',
  'bot_involved',
  'handed_off',
  'bot_only',
  'human_only',
  'recontacted',
] as const;
export type SegmentMetric = (typeof SEGMENT_METRICS)[number];

export const ABANDONMENT_PARTS = ['with_bot', 'while_waiting', 'after_agent'] as const;
export type AbandonmentPart = (typeof ABANDONMENT_PARTS)[number];

/** Anything a drill-down can list: a segment, a rate (with a part), an abandonment part or a duration. */
export type DrillMetric = SegmentMetric | RateName | DurationName | `abandonment.${AbandonmentPart}`;
export type Part = 'numerator' | 'denominator';

export const DIMENSIONS = ['channel', 'scenario', 'queue', 'locale'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface DurationSummary {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface Aggregate {
  conversations: { total: number; closed: number; open: number; with_bot: number };
  rates: Record<RateName, Ratio>;
  abandonment_parts: Record<AbandonmentPart, number>;
  csat_mean: number | null;
  durations: Record<DurationName, DurationSummary>;
}

export interface ResolvedQuery {
  workspaceId: string;
  from: string;
  to: string;
  tz: string;
  granularity: 'day' | 'week' | 'month';
  recontactHours: number;
  filters: Partial<Record<Dimension | 'agent', string[]>>;
}

export interface Overview extends Aggregate {
  query: ResolvedQuery;
}

export interface TimeseriesBucket extends Aggregate {
  bucket: string;
  key?: string | null;
}

export interface Timeseries {
  query: ResolvedQuery;
  buckets: TimeseriesBucket[];
}

export interface BreakdownGroup extends Aggregate {
  key: string | null;
}

export interface Breakdown {
  query: ResolvedQuery;
  by: Dimension;
  groups: BreakdownGroup[];
}

export interface HeatmapCell {
  /** ISO weekday in the request's zone, Monday = 1. */
  weekday: number;
  hour: number;
  conversations: number;
  with_bot: number;
}

export interface Heatmap {
  query: ResolvedQuery;
  cells: HeatmapCell[];
}

export interface Dimensions {
  query: ResolvedQuery;
  values: Record<Dimension, string[]>;
}

export type Segment = 'open' | 'bot_only' | 'handed_off' | 'human_only';
export type Outcome = 'resolved' | 'unresolved' | 'abandoned';

/** DESIGN §3: why a conversation left the bot. */
export type EscalationReason =
  | 'customer_requested_human'
  | 'bot_not_understood'
  | 'low_confidence'
  | 'negative_sentiment'
  | 'complex_or_policy'
  | 'authentication_required'
  | 'bot_wrong_answer'
  | 'dialect_or_speech'
  | 'technical_error'
  | 'other';

export interface ConversationSummary {
  conversation_id: string;
  started_at: string;
  closed_at: string | null;
  channel: string;
  scenario: string | null;
  queue: string | null;
  locale: string | null;
  outcome: Outcome | null;
  csat_score: number | null;
  segment: Segment;
  handoff_reason: string | null;
  first_intent: string | null;
  message_count: number;
}

export interface ConversationPage {
  total: number;
  page: number;
  page_size: number;
  conversations: ConversationSummary[];
}

export type Author = 'customer' | 'bot' | 'agent' | 'system';

export interface ConversationEvent {
  event_id: string;
  type: 'conversation.started' | 'message' | 'handoff' | 'agent.joined' | 'conversation.closed' | 'csat' | 'feedback';
  ts: string;
  author?: Author;
  author_id?: string;
  text?: string;
  intent?: string;
  confidence?: number;
  fallback?: boolean;
  sentiment?: number;
  handoff_from?: string;
  to_queue?: string;
  reason?: string;
  reason_text?: string;
  context_passed?: boolean;
  agent_id?: string;
  team?: string;
  outcome?: Outcome;
  resolved_by?: string;
  disposition?: string;
  score?: number;
  comment?: string;
  feedback_kind?: string;
  correct_intent?: string;
  note?: string;
}

export interface ConversationDetail {
  conversation: ConversationSummary & {
    customer_id: string | null;
    resolved_by: string | null;
    disposition: string | null;
    agent_ids: string[];
  };
  events: ConversationEvent[];
}

export interface ParameterError {
  path: string;
  reason: string;
}
