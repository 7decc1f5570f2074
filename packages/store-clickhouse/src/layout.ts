import { identifier, stringLiteral } from './literal.js';

/**
 * Tables a cluster splits over its shards by workspace: the event log, its keys, the conversation
 * facts and their index by customer, which grow with traffic. Everything else (workspaces, keys, users, settings, QA, suggestions)
 * is small and lives on the node the service talks to (docs/clickhouse.md).
 */
export const SHARDED_TABLES: ReadonlySet<string> = new Set(['events', 'event_keys', 'conversations', 'customer_links']);

/** Tables updated by inserting a newer row under the same key, so reads take the latest (FINAL). */
export const LATEST_ONLY_TABLES: ReadonlySet<string> = new Set(['conversations', 'workspace_settings', 'suggestions']);

/** The sorting key of every table read through a subquery (migrations/*.sql say the same). */
export const TABLE_KEYS: ReadonlyMap<string, readonly string[]> = new Map([
  ['events', ['workspace_id', 'conversation_id', 'event_id']],
  ['event_keys', ['workspace_id', 'event_id']],
  ['conversations', ['workspace_id', 'conversation_id']],
  ['workspace_settings', ['workspace_id']],
  ['suggestions', ['workspace_id', 'suggestion_id']],
]);

export interface Cluster {
  /** The cluster's name in the servers' `remote_servers` configuration. */
  name: string;
  /** HTTP URL of every node; schema changes are made on each in turn (no ZooKeeper needed). */
  nodeUrls: string[];
}

/** The table on each shard that holds that shard's rows of a sharded table. */
export const localTable = (table: string) => `${table}_local`;

/** The Distributed table over a sharded table's local tables, routing rows by workspace. */
export function distributedTable(table: string, cluster: string, database: string): string {
  const local = localTable(table);
  return `CREATE TABLE IF NOT EXISTS ${identifier(table)} AS ${identifier(local)}
ENGINE = Distributed(${stringLiteral(cluster)}, ${stringLiteral(database)}, ${stringLiteral(local)}, cityHash64(workspace_id))`;
}
