-- Append-only: every accepted event once per workspace. Ordered by conversation, so that rebuilding a
-- conversation's facts reads a narrow range; on a cluster, split over shards by workspace. Tables
-- looked up by many scattered keys per batch have finer index granules than ClickHouse's 8,192 rows,
-- so a lookup reads fewer rows beside the ones it wants.
CREATE TABLE events (
  workspace_id String,
  event_id String,
  type String,
  conversation_id String,
  ts String,
  received_at String,
  channel Nullable(String),
  customer_id Nullable(String),
  locale Nullable(String),
  scenario Nullable(String),
  queue Nullable(String),
  brand Nullable(String),
  started_by Nullable(String),
  message_id Nullable(String),
  author Nullable(String),
  author_id Nullable(String),
  text Nullable(String),
  intent Nullable(String),
  confidence Nullable(Float64),
  fallback Nullable(UInt8),
  sentiment Nullable(Float64),
  handoff_from Nullable(String),
  to_queue Nullable(String),
  reason Nullable(String),
  reason_text Nullable(String),
  bot_intent Nullable(String),
  context_passed Nullable(UInt8),
  agent_id Nullable(String),
  team Nullable(String),
  outcome Nullable(String),
  resolved_by Nullable(String),
  disposition Nullable(String),
  score Nullable(Int32),
  comment Nullable(String),
  feedback_kind Nullable(String),
  correct_intent Nullable(String),
  note Nullable(String),
  attributes Nullable(String),
  sentiment_source Nullable(String)
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, conversation_id, event_id)
SETTINGS index_granularity = 1024;

-- The idempotency check, by event id alone (event ids are unique per workspace, not per conversation).
CREATE TABLE event_keys (
  workspace_id String,
  event_id String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, event_id)
SETTINGS index_granularity = 1024;
