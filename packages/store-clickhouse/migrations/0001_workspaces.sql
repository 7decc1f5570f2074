-- ClickHouse spells types its own way (docs/clickhouse.md): instants are fixed-width UTC ISO strings
-- ('2026-03-01T08:00:00.000Z'), which sort and compare as time does and keep milliseconds (18.16 has
-- no DateTime64); booleans are UInt8, and UInt8 is used for nothing else. Keys are not enforced by
-- ClickHouse: ReplacingMergeTree collapses a repeated key, and the store checks keys before it writes.
CREATE TABLE workspaces (
  id String,
  name String,
  timezone String,
  created_at String
) ENGINE = ReplacingMergeTree ORDER BY id;

CREATE TABLE api_keys (
  id String,
  workspace_id String,
  name String,
  prefix String,
  key_hash String,
  created_at String,
  revoked_at Nullable(String)
) ENGINE = ReplacingMergeTree ORDER BY (workspace_id, id);
