-- The suggestion engine's latest word on each suggestion, and trainers' decisions (docs/suggestions.md).
CREATE TABLE suggestions (
  workspace_id String,
  suggestion_id String,
  kind String,
  key String,
  intent Nullable(String),
  related_intent Nullable(String),
  title String,
  phrases String,
  evidence String,
  impact String,
  score Float64,
  confidence Float64,
  members String,
  first_seen_at String,
  refreshed_at String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, suggestion_id);

CREATE TABLE suggestion_decisions (
  workspace_id String,
  suggestion_id String,
  revision Int32,
  status String,
  phrases Nullable(String),
  note Nullable(String),
  shipped_at Nullable(String),
  decided_by String,
  decided_at String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, suggestion_id, revision);

CREATE VIEW current_suggestion_decisions AS
SELECT * FROM suggestion_decisions
ORDER BY workspace_id, suggestion_id, revision DESC
LIMIT 1 BY workspace_id, suggestion_id;
