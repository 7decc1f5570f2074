-- People who use the dashboard. QA writes name one, so no review is anonymous (docs/qa.md).
CREATE TABLE users (
  user_id VARCHAR PRIMARY KEY,
  workspace_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  token_prefix VARCHAR NOT NULL,
  token_hash VARCHAR NOT NULL UNIQUE,
  created_at TIMESTAMP NOT NULL,
  disabled_at TIMESTAMP
);

-- Every version of every scorecard; a review points at the version it was scored with.
CREATE TABLE qa_scorecards (
  workspace_id VARCHAR NOT NULL,
  scorecard_id VARCHAR NOT NULL,
  version INTEGER NOT NULL,
  name VARCHAR NOT NULL,
  applies_to VARCHAR NOT NULL,
  pass_mark DOUBLE NOT NULL,
  criteria VARCHAR NOT NULL,
  created_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (workspace_id, scorecard_id, version)
);

-- A drawn sample with everything needed to draw it again: its spec, seed and the time of the draw.
CREATE TABLE qa_samples (
  workspace_id VARCHAR NOT NULL,
  sample_id VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  spec VARCHAR NOT NULL,
  seed BIGINT NOT NULL,
  population INTEGER NOT NULL,
  strata VARCHAR NOT NULL,
  reviewers VARCHAR NOT NULL,
  created_by VARCHAR NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (workspace_id, sample_id)
);

CREATE TABLE qa_sample_items (
  workspace_id VARCHAR NOT NULL,
  sample_id VARCHAR NOT NULL,
  position INTEGER NOT NULL,
  conversation_id VARCHAR NOT NULL,
  stratum VARCHAR NOT NULL,
  weight DOUBLE NOT NULL,
  assigned_to VARCHAR,
  scorecard_id VARCHAR NOT NULL,
  PRIMARY KEY (workspace_id, sample_id, position)
);

-- Append-only: revising a review adds a revision; the latest one counts.
CREATE TABLE qa_reviews (
  workspace_id VARCHAR NOT NULL,
  review_id VARCHAR NOT NULL,
  revision INTEGER NOT NULL,
  conversation_id VARCHAR NOT NULL,
  sample_id VARCHAR,
  reviewer_id VARCHAR NOT NULL,
  scorecard_id VARCHAR NOT NULL,
  scorecard_version INTEGER NOT NULL,
  answers VARCHAR NOT NULL,
  comment VARCHAR,
  score DOUBLE,
  passed BOOLEAN,
  auto_failed BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY (workspace_id, review_id, revision)
);

CREATE VIEW qa_current_reviews AS
SELECT * FROM qa_reviews
QUALIFY row_number() OVER (PARTITION BY workspace_id, review_id ORDER BY revision DESC) = 1;

-- Append-only too: raising a dispute is revision 1, settling it revision 2.
CREATE TABLE qa_disputes (
  workspace_id VARCHAR NOT NULL,
  dispute_id VARCHAR NOT NULL,
  revision INTEGER NOT NULL,
  review_id VARCHAR NOT NULL,
  criterion VARCHAR,
  reason VARCHAR NOT NULL,
  raised_by VARCHAR NOT NULL,
  raised_at TIMESTAMP NOT NULL,
  outcome VARCHAR,
  note VARCHAR,
  resolved_by VARCHAR,
  resolved_at TIMESTAMP,
  PRIMARY KEY (workspace_id, dispute_id, revision)
);

CREATE VIEW qa_current_disputes AS
SELECT * FROM qa_disputes
QUALIFY row_number() OVER (PARTITION BY workspace_id, dispute_id ORDER BY revision DESC) = 1;

-- The first agent who took part, and the first team named, for QA results per agent and team.
ALTER TABLE conversations ADD COLUMN lead_agent_id VARCHAR;
ALTER TABLE conversations ADD COLUMN lead_team VARCHAR;

UPDATE conversations AS c
SET lead_agent_id = l.lead_agent_id, lead_team = l.lead_team
FROM (
  SELECT workspace_id, conversation_id,
    arg_min(coalesce(agent_id, author_id), (ts, event_id)) FILTER (
      WHERE (type = 'agent.joined' AND agent_id IS NOT NULL) OR (type = 'message' AND author = 'agent' AND author_id IS NOT NULL)
    ) AS lead_agent_id,
    arg_min(team, (ts, event_id)) FILTER (WHERE type = 'agent.joined' AND team IS NOT NULL) AS lead_team
  FROM events
  WHERE type IN ('agent.joined', 'message')
  GROUP BY workspace_id, conversation_id
) AS l
WHERE c.workspace_id = l.workspace_id AND c.conversation_id = l.conversation_id;
