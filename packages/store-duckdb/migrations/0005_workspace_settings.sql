-- A workspace's settings as one validated JSON document: SLA targets, costs, scenario classes.
CREATE TABLE workspace_settings (
  workspace_id VARCHAR PRIMARY KEY,
  settings VARCHAR NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
