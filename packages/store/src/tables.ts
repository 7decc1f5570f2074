import type { Generated } from 'kysely';

/** Timestamps travel as UTC ISO strings in both directions; the adapter normalises driver values. */
type Instant = string;
type NullableInstant = string | null;

export interface WorkspaceTable {
  id: string;
  name: string;
  /** IANA zone used when a request names none. */
  timezone: string;
  created_at: Instant;
}

export interface ApiKeyTable {
  id: string;
  workspace_id: string;
  name: string;
  /** First characters of the key, shown so people can tell keys apart; never enough to use it. */
  prefix: string;
  /** SHA-256 of the whole key, hex; keys are random 256-bit secrets, so a slow hash adds nothing. */
  key_hash: string;
  created_at: Instant;
  revoked_at: NullableInstant;
}

/** One row per accepted event, append-only; columns of every event type side by side (sparse). */
export interface EventTable {
  workspace_id: string;
  event_id: string;
  type: string;
  conversation_id: string;
  ts: Instant;
  received_at: Instant;
  channel: string | null;
  customer_id: string | null;
  locale: string | null;
  scenario: string | null;
  queue: string | null;
  brand: string | null;
  started_by: string | null;
  message_id: string | null;
  author: string | null;
  author_id: string | null;
  text: string | null;
  intent: string | null;
  confidence: number | null;
  fallback: boolean | null;
  sentiment: number | null;
  handoff_from: string | null;
  to_queue: string | null;
  reason: string | null;
  reason_text: string | null;
  bot_intent: string | null;
  context_passed: boolean | null;
  agent_id: string | null;
  team: string | null;
  outcome: string | null;
  resolved_by: string | null;
  disposition: string | null;
  score: number | null;
  comment: string | null;
  feedback_kind: string | null;
  correct_intent: string | null;
  note: string | null;
  /** Fields the contract does not name, as a JSON object text. */
  attributes: string | null;
  /** Where `sentiment` came from: `upstream` (sent with the event, always preferred) or `model` (scored at ingestion). */
  sentiment_source: string | null;
}

/** The idempotency check: the key of every stored event, kept narrow so probing it is cheap. */
export interface EventKeyTable {
  workspace_id: string;
  event_id: string;
}

/** Facts of one conversation, derived from all its events whatever order they arrived in (docs/metrics.md). */
export interface ConversationTable {
  workspace_id: string;
  conversation_id: string;
  started_at: Instant;
  has_start_event: boolean;
  first_event_at: Instant;
  last_event_at: Instant;
  channel: string;
  customer_id: string | null;
  locale: string | null;
  scenario: string | null;
  queue: string | null;
  brand: string | null;
  started_by: string | null;
  closed_at: NullableInstant;
  outcome: string | null;
  resolved_by: string | null;
  disposition: string | null;
  message_count: number;
  customer_messages: number;
  bot_messages: number;
  agent_messages: number;
  fallback_count: number;
  handoff_count: number;
  first_handoff_at: NullableInstant;
  handoff_reason: string | null;
  context_passed: boolean | null;
  first_intent: string | null;
  first_customer_at: NullableInstant;
  first_response_at: NullableInstant;
  first_agent_after_handoff_at: NullableInstant;
  first_agent_joined_at: NullableInstant;
  csat_score: number | null;
  agent_ids: string[];
  /** The first agent who took part (joined or wrote), and the first team an agent joined under. */
  lead_agent_id: string | null;
  lead_team: string | null;
  /** Earliest start of another conversation of the same customer after this one closed. */
  next_start_after_close: NullableInstant;
  /** first customer message → first bot or agent reply at or after it, in milliseconds. */
  first_response_ms: number | null;
  /** first handoff → first agent message at or after it, in milliseconds. */
  time_to_human_ms: number | null;
  /** first agent.joined → close, in milliseconds. */
  handle_ms: number | null;
  /** close → `next_start_after_close` in milliseconds; a recontact within R hours is at most R × 3,600,000. */
  recontact_gap_ms: number | null;
  updated_at: Instant;
  /** Mean sentiment of the first two customer messages that have one (docs/metrics.md). */
  sentiment_start: number | null;
  /** Mean sentiment of the last two. */
  sentiment_end: number | null;
  sentiment_min: number | null;
  /** Mean of the last two customer messages before the first handoff, and of the first two after it. */
  sentiment_before_handoff: number | null;
  sentiment_after_handoff: number | null;
  /** The agent's latest feedback kind on the conversation. */
  feedback_kind: string | null;
  /** Escalation reasons of the other two sources (docs/escalation-reasons.md); the bot's is `handoff_reason`. */
  classified_reason: string | null;
  classified_evidence: string | null;
  agent_reason: string | null;
  /** Slots (order number, phone, e-mail, account) an agent asked for again after the customer gave them to the bot. */
  repeat_ask_slots: string[] | null;
}

/** One JSON document per workspace, validated by packages/schema's settings schema on the way in and out. */
export interface WorkspaceSettingsTable {
  workspace_id: string;
  settings: string;
  updated_at: Instant;
}

export type UserRole = 'admin' | 'executive' | 'qa' | 'trainer';

/** A person who uses the dashboard, with a personal token stored hashed like an API key. */
export interface UserTable {
  user_id: string;
  workspace_id: string;
  name: string;
  role: UserRole;
  token_prefix: string;
  token_hash: string;
  created_at: Instant;
  disabled_at: NullableInstant;
}

/** One version of a scorecard; `criteria` is the JSON of its criteria list. */
export interface QaScorecardTable {
  workspace_id: string;
  scorecard_id: string;
  version: number;
  name: string;
  applies_to: 'bot' | 'human';
  pass_mark: number;
  criteria: string;
  created_by: string;
  created_at: Instant;
}

/** A drawn sample; `spec`, `strata` and `reviewers` are JSON. */
export interface QaSampleTable {
  workspace_id: string;
  sample_id: string;
  name: string;
  kind: 'review' | 'calibration';
  spec: string;
  seed: number;
  population: number;
  strata: string;
  reviewers: string;
  created_by: string;
  created_at: Instant;
}

export interface QaSampleItemTable {
  workspace_id: string;
  sample_id: string;
  position: number;
  conversation_id: string;
  stratum: string;
  weight: number;
  assigned_to: string | null;
  scorecard_id: string;
}

/** One revision of a review; `answers` is JSON. `qa_current_reviews` holds the latest revision of each. */
export interface QaReviewTable {
  workspace_id: string;
  review_id: string;
  revision: number;
  conversation_id: string;
  sample_id: string | null;
  reviewer_id: string;
  scorecard_id: string;
  scorecard_version: number;
  answers: string;
  comment: string | null;
  score: number | null;
  passed: boolean | null;
  auto_failed: boolean;
  created_at: Instant;
}

export type DisputeOutcome = 'upheld' | 'overturned' | 'adjusted';

/** One revision of a dispute: raised (1), then settled (2). `qa_current_disputes` holds the latest. */
export interface QaDisputeTable {
  workspace_id: string;
  dispute_id: string;
  revision: number;
  review_id: string;
  criterion: string | null;
  reason: string;
  raised_by: string;
  raised_at: Instant;
  outcome: DisputeOutcome | null;
  note: string | null;
  resolved_by: string | null;
  resolved_at: NullableInstant;
}

/** The engine's latest output for one suggestion; `phrases`, `evidence`, `impact`, `members` are JSON. */
export interface SuggestionTable {
  workspace_id: string;
  suggestion_id: string;
  kind: string;
  key: string;
  intent: string | null;
  related_intent: string | null;
  title: string;
  phrases: string;
  evidence: string;
  impact: string;
  score: number;
  confidence: number;
  members: string;
  first_seen_at: Instant;
  refreshed_at: Instant;
}

export type SuggestionStatus = 'new' | 'accepted' | 'rejected' | 'shipped';

/** One revision of a trainer's decision; `current_suggestion_decisions` holds the latest of each. */
export interface SuggestionDecisionTable {
  workspace_id: string;
  suggestion_id: string;
  revision: number;
  status: Exclude<SuggestionStatus, 'new'>;
  /** JSON: the phrases to ship, as edited; null keeps the engine's. */
  phrases: string | null;
  note: string | null;
  shipped_at: NullableInstant;
  decided_by: string;
  decided_at: Instant;
}

export interface MigrationTable {
  version: number;
  name: string;
  applied_at: Generated<string>;
}

export interface Database {
  workspaces: WorkspaceTable;
  api_keys: ApiKeyTable;
  events: EventTable;
  event_keys: EventKeyTable;
  conversations: ConversationTable;
  workspace_settings: WorkspaceSettingsTable;
  users: UserTable;
  qa_scorecards: QaScorecardTable;
  qa_samples: QaSampleTable;
  qa_sample_items: QaSampleItemTable;
  qa_reviews: QaReviewTable;
  qa_current_reviews: QaReviewTable;
  qa_disputes: QaDisputeTable;
  qa_current_disputes: QaDisputeTable;
  suggestions: SuggestionTable;
  suggestion_decisions: SuggestionDecisionTable;
  current_suggestion_decisions: SuggestionDecisionTable;
  schema_migrations: MigrationTable;
}
