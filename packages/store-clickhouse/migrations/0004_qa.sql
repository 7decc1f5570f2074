-- People who use the dashboard, and the QA workspace (docs/qa.md). The "current" views keep the latest
-- revision of each review or dispute (DuckDB's QUALIFY, which 18.16 lacks, spelled LIMIT 1 BY).
CREATE TABLE users (
  user_id String,
  workspace_id String,
  name String,
  role String,
  token_prefix String,
  token_hash String,
  created_at String,
  disabled_at Nullable(String)
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, user_id);

CREATE TABLE qa_scorecards (
  workspace_id String,
  scorecard_id String,
  version Int32,
  name String,
  applies_to String,
  pass_mark Float64,
  criteria String,
  created_by String,
  created_at String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, scorecard_id, version);

CREATE TABLE qa_samples (
  workspace_id String,
  sample_id String,
  name String,
  kind String,
  spec String,
  seed Int64,
  population Int32,
  strata String,
  reviewers String,
  created_by String,
  created_at String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, sample_id);

CREATE TABLE qa_sample_items (
  workspace_id String,
  sample_id String,
  position Int32,
  conversation_id String,
  stratum String,
  weight Float64,
  assigned_to Nullable(String),
  scorecard_id String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, sample_id, position);

CREATE TABLE qa_reviews (
  workspace_id String,
  review_id String,
  revision Int32,
  conversation_id String,
  sample_id Nullable(String),
  reviewer_id String,
  scorecard_id String,
  scorecard_version Int32,
  answers String,
  comment Nullable(String),
  score Nullable(Float64),
  passed Nullable(UInt8),
  auto_failed UInt8,
  created_at String
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, review_id, revision);

CREATE VIEW qa_current_reviews AS
SELECT * FROM qa_reviews
ORDER BY workspace_id, review_id, revision DESC
LIMIT 1 BY workspace_id, review_id;

CREATE TABLE qa_disputes (
  workspace_id String,
  dispute_id String,
  revision Int32,
  review_id String,
  criterion Nullable(String),
  reason String,
  raised_by String,
  raised_at String,
  outcome Nullable(String),
  note Nullable(String),
  resolved_by Nullable(String),
  resolved_at Nullable(String)
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, dispute_id, revision);

CREATE VIEW qa_current_disputes AS
SELECT * FROM qa_disputes
ORDER BY workspace_id, dispute_id, revision DESC
LIMIT 1 BY workspace_id, dispute_id;
