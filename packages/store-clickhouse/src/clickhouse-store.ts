import { createClient, type ClickHouseClient, type ClickHouseSettings } from '@clickhouse/client';
import { Kysely } from 'kysely';
import {
  type ConversationTable,
  type Database,
  type EventRow,
  type HandoffAnalyser,
  type StoreAdapter,
} from '@tandem/store';
import { ClickHouseDialect, DIALECT_SETTINGS } from './dialect/index.js';
import { clickHouseFunctions } from './engine-functions.js';
import { conversationFacts, handoffTranscript, msBetween } from './facts/conversation-facts.js';
import { nextStartsAfterClose, type RecontactCandidate } from './facts/recontacts.js';
import { LATEST_ONLY_TABLES, SHARDED_TABLES, TABLE_KEYS, type Cluster } from './layout.js';
import { identifier, sqlLiteral } from './literal.js';
import { migrate } from './migrate.js';

export interface ClickHouseStoreOptions {
  /** HTTP URL of the node the service talks to. */
  url: string;
  /** Created on every node if missing. */
  database: string;
  username?: string | undefined;
  password?: string | undefined;
  /** When set, events and facts are split over this cluster's shards (docs/clickhouse.md). */
  cluster?: Cluster | undefined;
  /** Derives the escalation facts of handed-off conversations as they are rebuilt; none when absent. */
  analyseHandoff?: HandoffAnalyser | undefined;
}

/**
 * What the store's own statements need beyond the dialect's: an insert into a Distributed table
 * answers once every shard has its rows (nothing is acknowledged before it is stored), and an `IN`
 * list of a large batch's keys fits in one statement.
 */
const STORE_SETTINGS: ClickHouseSettings = {
  ...DIALECT_SETTINGS,
  insert_distributed_sync: 1,
  prefer_localhost_replica: 0,
  max_query_size: String(512 * 1024 * 1024),
  max_ast_elements: '10000000',
  max_expanded_ast_elements: '10000000',
  // Long statements (a large batch's rebuild) keep the connection visibly alive.
  send_progress_in_http_headers: 1,
  http_headers_progress_interval_ms: '10000',
};

const REQUEST_TIMEOUT_MS = 10 * 60_000;

type Facts = ConversationTable & { revision: number };

/** A row of `customer_links`, the conversations of each customer (migrations/0003_conversations.sql). */
interface CustomerLink {
  workspace_id: string;
  customer_id: string;
  conversation_id: string;
  started_at: string;
  closed_at: string | null;
  next_start_after_close: string | null;
  moved: 0 | 1;
  revision: number;
}

type StoredLink = RecontactCandidate & { customer_id: string; next_start_after_close: string | null; moved: number };

/** The store on ClickHouse: the same tables and metric code as DuckDB, the facts derived in TypeScript. */
export class ClickHouseStore implements StoreAdapter {
  readonly engine = 'clickhouse';
  readonly fn = clickHouseFunctions;
  private writes: Promise<unknown> = Promise.resolve();
  private lastRevision = 0;

  private constructor(
    private readonly client: ClickHouseClient,
    readonly db: Kysely<Database>,
    private readonly analyseHandoff: HandoffAnalyser | undefined,
  ) {}

  static async open(options: ClickHouseStoreOptions): Promise<ClickHouseStore> {
    const connect = (url: string, database?: string) =>
      createClient({
        url,
        username: options.username ?? 'default',
        password: options.password ?? '',
        request_timeout: REQUEST_TIMEOUT_MS,
        clickhouse_settings: STORE_SETTINGS,
        ...(database ? { database } : {}),
      });
    const urls = [...new Set([options.url, ...(options.cluster?.nodeUrls ?? [])])];
    for (const url of urls) {
      const bootstrap = connect(url);
      try {
        await bootstrap.command({ query: `CREATE DATABASE IF NOT EXISTS ${identifier(options.database)}` });
      } finally {
        await bootstrap.close();
      }
    }
    const client = connect(options.url, options.database);
    const nodes = options.cluster ? options.cluster.nodeUrls.map((url) => connect(url, options.database)) : [];
    try {
      await migrate({
        main: client,
        cluster: options.cluster && { name: options.cluster.name, database: options.database, nodes },
      });
    } catch (error) {
      await client.close();
      throw error;
    } finally {
      await Promise.all(nodes.map((node) => node.close()));
    }
    const reading = {
      latestOnly: LATEST_ONLY_TABLES,
      sharded: options.cluster ? SHARDED_TABLES : new Set<string>(),
      keys: TABLE_KEYS,
    };
    const db = new Kysely<Database>({ dialect: new ClickHouseDialect(client, reading) });
    const store = new ClickHouseStore(client, db, options.analyseHandoff);
    // Revisions go on from the latest stored, whatever this machine's clock says.
    const [latest] = (
      await client
        .query({ query: 'SELECT max(revision) AS r FROM conversations', format: 'JSON' })
        .then((r) => r.json<{ r: number }>())
    ).data;
    store.lastRevision = Number(latest?.r ?? 0);
    return store;
  }

  appendEvents(rows: readonly EventRow[]): Promise<Set<EventRow>> {
    const next = this.writes.then(() => this.write(rows));
    this.writes = next.catch(() => undefined);
    return next;
  }

  private async write(batch: readonly EventRow[]): Promise<Set<EventRow>> {
    const byWorkspace = new Map<string, Map<string, EventRow>>();
    for (const row of batch) {
      let rows = byWorkspace.get(row.workspace_id);
      if (!rows) byWorkspace.set(row.workspace_id, (rows = new Map()));
      // A key repeated within one call is stored once, as its first row.
      if (!rows.has(row.event_id)) rows.set(row.event_id, row);
    }
    const stored = new Set<EventRow>();
    for (const [workspace, rows] of byWorkspace) {
      for (const row of await this.writeWorkspace(workspace, rows)) stored.add(row);
    }
    return stored;
  }

  /**
   * One workspace's share of a batch. ClickHouse has no transactions, so the writes go in an order
   * that a crash at any point leaves repairable by sending the batch again: the events, then their
   * conversations' facts, and last the keys that make a re-sent event a duplicate. An event found
   * stored but not keyed (a crash in between) is not stored twice, and its facts are rebuilt.
   */
  private async writeWorkspace(workspace: string, rows: Map<string, EventRow>): Promise<EventRow[]> {
    const keyed = new Set<string>();
    for (const { event_id } of await this.db
      .selectFrom('event_keys')
      .select('event_id')
      .where('workspace_id', '=', workspace)
      .where('event_id', 'in', [...rows.keys()])
      .execute()) {
      keyed.add(event_id);
    }
    const fresh = [...rows.values()].filter((row) => !keyed.has(row.event_id));
    if (fresh.length === 0) return [];
    const touched = [...new Set(fresh.map((row) => row.conversation_id))];
    // Which touched conversations have stored events at all, reading the key columns only: most of a
    // live batch's conversations are new, and their whole rows need not be read.
    const known = await this.db
      .selectFrom('events')
      .select('conversation_id')
      .distinct()
      .where('workspace_id', '=', workspace)
      .where('conversation_id', 'in', touched)
      .execute();
    const history =
      known.length === 0
        ? []
        : await this.db
            .selectFrom('events')
            .selectAll()
            .where('workspace_id', '=', workspace)
            .where(
              'conversation_id',
              'in',
              known.map((k) => k.conversation_id),
            )
            .execute();
    const present = new Set(history.map((row) => row.event_id));
    const unstored = fresh.filter((row) => !present.has(row.event_id)).map(withUtcInstants);
    const events = new Map<string, Map<string, EventRow>>(touched.map((id) => [id, new Map()]));
    for (const row of [...history, ...unstored]) events.get(row.conversation_id)!.set(row.event_id, row);

    const now = new Date().toISOString();
    const facts: Facts[] = [];
    for (const [id, byId] of events) {
      const conversationEvents = [...byId.values()];
      const base = conversationFacts(workspace, id, conversationEvents);
      const analysis =
        this.analyseHandoff && base.handoff_count > 0
          ? this.analyseHandoff(handoffTranscript(base, conversationEvents))
          : null;
      facts.push({
        ...base,
        next_start_after_close: null,
        recontact_gap_ms: null,
        classified_reason: analysis?.classified_reason ?? null,
        classified_evidence: analysis?.classified_evidence ?? null,
        agent_reason: analysis?.agent_reason ?? null,
        repeat_ask_slots: analysis?.repeat_ask_slots ?? [],
        updated_at: now,
        revision: this.nextRevision(),
      });
    }
    const { relinked, links } = await this.linkRecontacts(workspace, facts);

    if (unstored.length > 0) await this.insert('events', unstored);
    await this.insert('conversations', [...facts, ...relinked]);
    if (links.length > 0) await this.insert('customer_links', links);
    await this.insert(
      'event_keys',
      fresh.map((row) => ({ workspace_id: workspace, event_id: row.event_id })),
    );
    return fresh;
  }

  /**
   * Sets the recontact links of the rebuilt conversations. Returns the other conversations of their
   * customers whose link changed, as new rows, and the customer index rows to write: customers before
   * and after the rebuild count, since a late start can move a conversation to another customer.
   */
  private async linkRecontacts(
    workspace: string,
    facts: Facts[],
  ): Promise<{ relinked: Facts[]; links: CustomerLink[] }> {
    const rebuilt = new Map(facts.map((f) => [f.conversation_id, f]));
    const before = await this.db
      .selectFrom('conversations')
      .select(['conversation_id', 'customer_id'])
      .where('workspace_id', '=', workspace)
      .where('conversation_id', 'in', [...rebuilt.keys()])
      .execute();
    const links: CustomerLink[] = [];
    let next = new Map<string, string | null>();
    const link = (c: RecontactCandidate & { customer_id: string }, moved: boolean): CustomerLink => ({
      workspace_id: workspace,
      customer_id: c.customer_id,
      conversation_id: c.conversation_id,
      started_at: c.started_at,
      closed_at: c.closed_at,
      next_start_after_close: moved ? null : (next.get(c.conversation_id) ?? null),
      moved: moved ? 1 : 0,
      revision: this.nextRevision(),
    });
    for (const old of before) {
      const now = rebuilt.get(old.conversation_id)!;
      if (old.customer_id && old.customer_id !== now.customer_id) {
        links.push(link({ ...now, customer_id: old.customer_id }, true));
      }
    }
    const customers = [...new Set([...before, ...facts].map((f) => f.customer_id).filter((c): c is string => !!c))];
    if (customers.length === 0) return { relinked: [], links };
    const stored = (
      await this.rows<StoredLink>(
        `SELECT conversation_id, customer_id, started_at, closed_at, next_start_after_close, moved
FROM customer_links FINAL WHERE workspace_id = ${sqlLiteral(workspace)} AND customer_id IN (${customers.map((c) => sqlLiteral(c)).join(', ')})`,
      )
    ).filter((c) => Number(c.moved) === 0);
    const others = stored.filter((c) => !rebuilt.has(c.conversation_id));
    next = nextStartsAfterClose([...others, ...facts]);
    for (const f of facts) {
      f.next_start_after_close = next.get(f.conversation_id) ?? null;
      f.recontact_gap_ms = msBetween(f.closed_at, f.next_start_after_close);
      if (f.customer_id) links.push(link({ ...f, customer_id: f.customer_id }, false));
    }
    const changed = others.filter((c) => (next.get(c.conversation_id) ?? null) !== c.next_start_after_close);
    for (const c of changed) links.push(link(c, false));
    if (changed.length === 0) return { relinked: [], links };
    const rows = await this.db
      .selectFrom('conversations')
      .selectAll()
      .where('workspace_id', '=', workspace)
      .where(
        'conversation_id',
        'in',
        changed.map((c) => c.conversation_id),
      )
      .execute();
    const now = new Date().toISOString();
    const relinked = rows.map((row) => {
      const linkAfter = next.get(row.conversation_id) ?? null;
      return {
        ...row,
        next_start_after_close: linkAfter,
        recontact_gap_ms: msBetween(row.closed_at, linkAfter),
        updated_at: now,
        revision: this.nextRevision(),
      };
    });
    return { relinked, links };
  }

  private async rows<R>(query: string): Promise<R[]> {
    return (await this.client.query({ query, format: 'JSONEachRow' })).json<R>();
  }

  /** Increasing: past the latest stored at start, and past the clock, in microseconds. */
  private nextRevision(): number {
    this.lastRevision = Math.max(this.lastRevision + 1, Date.now() * 1000);
    return this.lastRevision;
  }

  private async insert(table: string, rows: readonly object[]): Promise<void> {
    await this.client.insert({ table, values: rows.map(asJsonRow), format: 'JSONEachRow' });
  }

  async close(): Promise<void> {
    await this.writes;
    await this.db.destroy();
    await this.client.close();
  }
}

/** Instants as the fixed-width UTC strings every ClickHouse table holds (they arrive with any offset). */
function withUtcInstants(row: EventRow): EventRow {
  return { ...row, ts: new Date(row.ts).toISOString(), received_at: new Date(row.received_at).toISOString() };
}

/** A row as JSONEachRow takes it: booleans as the 1/0 of their UInt8 columns. */
function asJsonRow(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[key] = typeof value === 'boolean' ? Number(value) : value;
  return out;
}
