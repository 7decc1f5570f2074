// The wire format of the metrics API (docs/metrics.md), as the dashboard reads it. Shapes the
// service's packages already declare are imported as types only: nothing of theirs reaches the bundle.
import type {
  Aggregate,
  Agreement,
  ConversationDetail as ConversationFacts,
  ConversationSummary,
  CostReport,
  HandoffQuality,
  HeatmapCell,
  IntentOpportunity,
  NO_REASON as SERVICE_NO_REASON,
  ReasonBucket,
  ReasonGroupRow,
  ReasonGrouping,
  ReasonRow,
  ReasonSource,
  Recommendation,
  ScenarioClassRow,
} from '@tandem/metrics';
import type { Author, Outcome, ScenarioClass } from '@tandem/schema';

export type {
  Aggregate,
  AgreementCell,
  ConversationPage,
  ConversationSummary,
  DurationSummary,
  HandoffQuality,
  HeatmapCell,
  IntentOpportunity,
  QueueHandoff,
  Ratio,
  ReasonBucket,
  ReasonGroupRow,
  ReasonGrouping,
  ReasonRow,
  ReasonSource,
  Recommendation,
  ScenarioClassRow,
  TargetCheck,
} from '@tandem/metrics';
export type { Author, EscalationReason, Outcome, ScenarioClass, WorkspaceSettings } from '@tandem/schema';
export type Segment = ConversationSummary['segment'];

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
  'without_bot',
  'bot_involved',
  'handed_off',
  'bot_only',
  'human_only',
  'recontacted',
  'context_passed',
  'context_not_passed',
  'agent_replied',
  'repeat_asked',
  'abandoned_waiting',
  'resolved',
] as const;
export type SegmentMetric = (typeof SEGMENT_METRICS)[number];

export const ABANDONMENT_PARTS = ['with_bot', 'while_waiting', 'after_agent'] as const;
export type AbandonmentPart = (typeof ABANDONMENT_PARTS)[number];

/** Anything a drill-down can list: a segment, a rate (with a part), an abandonment part or a duration. */
export type DrillMetric = SegmentMetric | RateName | DurationName | `abandonment.${AbandonmentPart}`;
export type Part = 'numerator' | 'denominator';

export const DIMENSIONS = ['channel', 'scenario', 'queue', 'locale'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const REASON_SOURCES = ['bot', 'agent', 'classifier'] as const satisfies readonly ReasonSource[];
export const REASON_GROUPINGS = ['intent', 'scenario'] as const satisfies readonly ReasonGrouping[];
/** How a drill-down names "the source gave no reason"; typed by the service's constant, so the two cannot drift. */
export const NO_REASON: typeof SERVICE_NO_REASON = 'none';

export interface ResolvedQuery {
  workspaceId: string;
  from: string;
  to: string;
  tz: string;
  granularity: 'day' | 'week' | 'month';
  recontactHours: number;
  filters: Partial<Record<Dimension | 'agent', string[]>>;
}

export type Granularity = ResolvedQuery['granularity'];
export const GRANULARITIES = ['day', 'week', 'month'] as const satisfies readonly Granularity[];

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

export interface Heatmap {
  query: ResolvedQuery;
  cells: HeatmapCell[];
}

export interface Dimensions {
  query: ResolvedQuery;
  values: Record<Dimension, string[]>;
}

export interface EscalationReasons {
  query: ResolvedQuery;
  source: ReasonSource;
  reasons: ReasonRow[];
}

export interface EscalationAgreement extends Agreement {
  query: ResolvedQuery;
  a: ReasonSource;
  b: ReasonSource;
}

export interface EscalationTrend {
  query: ResolvedQuery;
  source: ReasonSource;
  buckets: ReasonBucket[];
}

export interface EscalationBreakdown {
  query: ResolvedQuery;
  source: ReasonSource;
  by: ReasonGrouping;
  groups: ReasonGroupRow[];
}

export const SCENARIO_CLASSES = [
  'high_freq_low_complexity',
  'low_freq_high_complexity',
  'emotional',
] as const satisfies readonly ScenarioClass[];
export const RECOMMENDATIONS = [
  'automate',
  'improve_bot',
  'keep_with_humans',
] as const satisfies readonly Recommendation[];
/** The slots an agent may ask for again (the reasons package's), in the order the handoff page lists them. */
export const REPEAT_ASK_SLOTS = ['order_number', 'phone', 'email', 'account'] as const;

export interface HandoffAnswer extends HandoffQuality {
  query: ResolvedQuery;
}

export interface ScenarioClasses {
  query: ResolvedQuery;
  classes: ScenarioClassRow[];
}

export interface Opportunities {
  query: ResolvedQuery;
  intents: IntentOpportunity[];
}

export interface CostAnswer extends CostReport {
  query: ResolvedQuery;
}

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
  conversation: ConversationFacts;
  events: ConversationEvent[];
}

export interface ParameterError {
  path: string;
  reason: string;
}
