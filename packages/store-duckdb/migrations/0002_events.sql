-- Append-only: every accepted event once per workspace (event_keys below guarantees the once).
CREATE TABLE events (
  workspace_id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  conversation_id VARCHAR NOT NULL,
  ts TIMESTAMP NOT NULL,
  received_at TIMESTAMP NOT NULL,
  channel VARCHAR,
  customer_id VARCHAR,
  locale VARCHAR,
  scenario VARCHAR,
  queue VARCHAR,
  brand VARCHAR,
  started_by VARCHAR,
  message_id VARCHAR,
  author VARCHAR,
  author_id VARCHAR,
  text VARCHAR,
  intent VARCHAR,
  confidence DOUBLE,
  fallback BOOLEAN,
  sentiment DOUBLE,
  handoff_from VARCHAR,
  to_queue VARCHAR,
  reason VARCHAR,
  reason_text VARCHAR,
  bot_intent VARCHAR,
  context_passed BOOLEAN,
  agent_id VARCHAR,
  team VARCHAR,
  outcome VARCHAR,
  resolved_by VARCHAR,
  disposition VARCHAR,
  score INTEGER,
  comment VARCHAR,
  feedback_kind VARCHAR,
  correct_intent VARCHAR,
  note VARCHAR,
  attributes JSON
);

-- The idempotency check, kept narrow: probing a two-column key is far cheaper than a wide table's.
CREATE TABLE event_keys (
  workspace_id VARCHAR NOT NULL,
  event_id VARCHAR NOT NULL,
  PRIMARY KEY (workspace_id, event_id)
);
