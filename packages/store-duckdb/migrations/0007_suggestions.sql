-- The suggestion engine's latest word on each suggestion (docs/suggestions.md). A refresh updates
-- the suggestions it finds again, in place under the same id, adds new ones, and drops undecided ones
-- it no longer finds; one a trainer has decided on stays whatever the data shows now.
CREATE TABLE suggestions (
  workspace_id VARCHAR NOT NULL,
  suggestion_id VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,
  key VARCHAR NOT NULL,
  intent VARCHAR,
  related_intent VARCHAR,
  title VARCHAR NOT NULL,
  phrases VARCHAR NOT NULL,
  evidence VARCHAR NOT NULL,
  impact VARCHAR NOT NULL,
  score DOUBLE NOT NULL,
  confidence DOUBLE NOT NULL,
  members VARCHAR NOT NULL,
  first_seen_at TIMESTAMP NOT NULL,
  refreshed_at TIMESTAMP NOT NULL,
  PRIMARY KEY (workspace_id, suggestion_id)
);

-- What trainers decided, append-only: accepted (with the phrases to ship), rejected (with a note),
-- shipped (with a date); editing the phrases adds a revision with the same status.
CREATE TABLE suggestion_decisions (
  workspace_id VARCHAR NOT NULL,
  suggestion_id VARCHAR NOT NULL,
  revision INTEGER NOT NULL,
  status VARCHAR NOT NULL,
  phrases VARCHAR,
  note VARCHAR,
  shipped_at TIMESTAMP,
  decided_by VARCHAR NOT NULL,
  decided_at TIMESTAMP NOT NULL,
  PRIMARY KEY (workspace_id, suggestion_id, revision)
);

CREATE VIEW current_suggestion_decisions AS
SELECT * FROM suggestion_decisions
QUALIFY row_number() OVER (PARTITION BY workspace_id, suggestion_id ORDER BY revision DESC) = 1;
