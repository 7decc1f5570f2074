-- Facts of each conversation, derived from all of its events (docs/metrics.md). A rebuild inserts a
-- newer row under the same key; reads see the latest one only (FINAL).
CREATE TABLE conversations (
  workspace_id String,
  conversation_id String,
  started_at String,
  has_start_event UInt8,
  first_event_at String,
  last_event_at String,
  channel String,
  customer_id Nullable(String),
  locale Nullable(String),
  scenario Nullable(String),
  queue Nullable(String),
  brand Nullable(String),
  started_by Nullable(String),
  closed_at Nullable(String),
  outcome Nullable(String),
  resolved_by Nullable(String),
  disposition Nullable(String),
  message_count Int32,
  customer_messages Int32,
  bot_messages Int32,
  agent_messages Int32,
  fallback_count Int32,
  handoff_count Int32,
  first_handoff_at Nullable(String),
  handoff_reason Nullable(String),
  context_passed Nullable(UInt8),
  first_intent Nullable(String),
  first_customer_at Nullable(String),
  first_response_at Nullable(String),
  first_agent_after_handoff_at Nullable(String),
  first_agent_joined_at Nullable(String),
  csat_score Nullable(Int32),
  agent_ids Array(String),
  lead_agent_id Nullable(String),
  lead_team Nullable(String),
  next_start_after_close Nullable(String),
  first_response_ms Nullable(Int64),
  time_to_human_ms Nullable(Int64),
  handle_ms Nullable(Int64),
  recontact_gap_ms Nullable(Int64),
  updated_at String,
  sentiment_start Nullable(Float64),
  sentiment_end Nullable(Float64),
  sentiment_min Nullable(Float64),
  sentiment_before_handoff Nullable(Float64),
  sentiment_after_handoff Nullable(Float64),
  feedback_kind Nullable(String),
  classified_reason Nullable(String),
  classified_evidence Nullable(String),
  agent_reason Nullable(String),
  -- Empty where DuckDB has NULL (no Nullable arrays in ClickHouse); metrics test it with arrayNotEmpty.
  repeat_ask_slots Array(String),
  -- Which rebuild wrote the row: the latest one counts.
  revision UInt64
) ENGINE = ReplacingMergeTree(revision) ORDER BY (workspace_id, conversation_id)
SETTINGS index_granularity = 256;

CREATE TABLE workspace_settings (
  workspace_id String,
  settings String,
  updated_at String
) ENGINE = ReplacingMergeTree ORDER BY workspace_id;

-- Each conversation under its customer, so a customer's conversations, whose recontact links a
-- rebuild may change, are found through the primary index (conversations is ordered by conversation).
-- A conversation that moves to another customer leaves a row with moved = 1 under the old one.
CREATE TABLE customer_links (
  workspace_id String,
  customer_id String,
  conversation_id String,
  started_at String,
  closed_at Nullable(String),
  next_start_after_close Nullable(String),
  moved UInt8,
  revision UInt64
) ENGINE = ReplacingMergeTree(revision) ORDER BY (workspace_id, customer_id, conversation_id)
SETTINGS index_granularity = 256;
