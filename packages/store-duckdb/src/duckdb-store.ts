import { DuckDBInstance, DuckDBTimestampValue, type DuckDBConnection } from '@duckdb/node-api';
import { Kysely } from 'kysely';
import {
  eventKey,
  type Database,
  type EventRow,
  type HandoffAnalyser,
  type HandoffTranscript,
  type StoreAdapter,
} from '@tandem/store';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  COLLECT_TOUCHED_CUSTOMERS,
  CREATE_HANDOFF_ANALYSIS,
  DELETE_TOUCHED,
  HANDED_OFF_MESSAGES,
  INSERT_FACTS,
  LINK_RECONTACTS,
  STORED_SPAN,
  STORE_HANDOFF_ANALYSIS,
} from './conversation-facts.js';
import { DuckDbDialect } from './dialect/index.js';
import { duckDbFunctions } from './engine-functions.js';
import { CREATE_STAGED_EVENTS, INSERT_STAGED_EVENTS, stageEventRows } from './event-columns.js';
import { CLAIM_STAGED_KEYS, DROP_STORED_FROM_STAGE } from './event-keys.js';
import { migrate } from './migrate.js';

export interface DuckDbStoreOptions {
  /** A database file, created with its folder if missing, or `:memory:`. */
  path: string;
  /** DuckDB's memory limit, e.g. `4GB`; DuckDB's own default (80% of RAM) when absent. */
  memoryLimit?: string | undefined;
  /** Derives the escalation facts of handed-off conversations as they are rebuilt; none when absent. */
  analyseHandoff?: HandoffAnalyser | undefined;
}

const IDLE_CHECKPOINT_MS = 2000;

async function connect(instance: DuckDBInstance): Promise<DuckDBConnection> {
  const connection = await instance.connect();
  // Instants are UTC everywhere; never let the machine's zone into a cast.
  await connection.run("SET TimeZone = 'UTC'");
  return connection;
}

/**
 * The embedded store: one DuckDB instance per file, owned by this process. Reads go through
 * Kysely on one connection; writes are serialised on a second one, each batch one transaction.
 */
export class DuckDbStore implements StoreAdapter {
  readonly engine = 'duckdb';
  readonly fn = duckDbFunctions;
  private writes: Promise<unknown> = Promise.resolve();
  private idleCheckpoint: NodeJS.Timeout | undefined;

  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    readonly db: Kysely<Database>,
    private readonly analyseHandoff: HandoffAnalyser | undefined,
  ) {}

  static async open(options: DuckDbStoreOptions): Promise<DuckDbStore> {
    if (options.path !== ':memory:') await mkdir(dirname(options.path), { recursive: true });
    const instance = await DuckDBInstance.create(
      options.path,
      options.memoryLimit ? { memory_limit: options.memoryLimit } : {},
    );
    const writer = await connect(instance);
    // Fewer, larger checkpoints: each one rewrites the key index, so checkpointing every 16 MB of
    // WAL (the default) costs ingestion several times what the data itself does.
    await writer.run("SET checkpoint_threshold = '256MB'");
    await migrate(writer);
    await writer.run(CREATE_STAGED_EVENTS);
    await writer.run('CREATE TEMP TABLE IF NOT EXISTS touched (conversation_id VARCHAR)');
    await writer.run('CREATE TEMP TABLE IF NOT EXISTS touched_customers (customer_id VARCHAR)');
    await writer.run(CREATE_HANDOFF_ANALYSIS);
    const reader = await connect(instance);
    const db = new Kysely<Database>({ dialect: new DuckDbDialect({ connection: reader }) });
    return new DuckDbStore(instance, writer, db, options.analyseHandoff);
  }

  appendEvents(rows: readonly EventRow[]): Promise<Set<EventRow>> {
    clearTimeout(this.idleCheckpoint);
    const next = this.writes.then(() => this.write(rows));
    this.writes = next.catch(() => undefined);
    // Once writes pause, fold the WAL into the file: scans of freshly checkpointed, compacted
    // tables are much faster than of the many small appends and deletes a load leaves behind.
    this.idleCheckpoint = setTimeout(() => void this.checkpoint(), IDLE_CHECKPOINT_MS);
    this.idleCheckpoint.unref();
    return next;
  }

  private checkpoint(): Promise<void> {
    const next = this.writes.then(async () => {
      try {
        await this.writer.run('CHECKPOINT');
      } catch {
        // A long read holding a snapshot can refuse it; the next pause, or the WAL size, will do.
      }
    });
    this.writes = next;
    return next;
  }

  private async write(batch: readonly EventRow[]): Promise<Set<EventRow>> {
    // A key repeated within one call is stored once, as its first row.
    const seen = new Set<string>();
    const rows = batch.filter((row) => {
      const key = eventKey(row.workspace_id, row.event_id);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    if (rows.length === 0) return new Set();
    return (await this.attempt(rows, 'optimistic')) ?? (await this.attempt(rows, 'careful'))!;
  }

  /**
   * One transaction. Optimistic: claim every key through the index and give up (roll back) if any
   * was taken — re-sends are rare, so this is the usual path. Careful: first remove from the stage
   * whatever is already stored, which costs a scan of the keys but always succeeds.
   */
  private async attempt(rows: readonly EventRow[], mode: 'optimistic' | 'careful'): Promise<Set<EventRow> | null> {
    const w = this.writer;
    await w.run('BEGIN TRANSACTION');
    try {
      await w.run('DELETE FROM staged_events');
      const stage = await w.createAppender('staged_events', 'main', 'temp');
      stageEventRows(stage, rows);
      stage.closeSync();
      let fresh: Set<EventRow>;
      if (mode === 'careful') {
        const stored = await w.runAndReadAll(DROP_STORED_FROM_STAGE);
        const taken = new Set(
          stored.getRows().map(([workspace, eventId]) => eventKey(String(workspace), String(eventId))),
        );
        fresh = new Set(rows.filter((row) => !taken.has(eventKey(row.workspace_id, row.event_id))));
        await w.run(CLAIM_STAGED_KEYS);
      } else {
        const claimed = await w.run(CLAIM_STAGED_KEYS);
        if (claimed.rowsChanged !== rows.length) {
          await w.run('ROLLBACK');
          return null;
        }
        fresh = new Set(rows);
      }
      if (fresh.size > 0) {
        await w.run(INSERT_STAGED_EVENTS);
        await this.rebuildConversations(fresh);
      }
      await w.run('COMMIT');
      return fresh;
    } catch (error) {
      await w.run('ROLLBACK');
      throw error;
    }
  }

  private async rebuildConversations(rows: Iterable<EventRow>): Promise<void> {
    const w = this.writer;
    const byWorkspace = new Map<string, { ids: Set<string>; first: number; last: number }>();
    for (const row of rows) {
      let touched = byWorkspace.get(row.workspace_id);
      if (!touched) byWorkspace.set(row.workspace_id, (touched = { ids: new Set(), first: Infinity, last: -Infinity }));
      touched.ids.add(row.conversation_id);
      const ts = Date.parse(row.ts);
      if (ts < touched.first) touched.first = ts;
      if (ts > touched.last) touched.last = ts;
    }
    for (const [workspace, touched] of byWorkspace) {
      await w.run('DELETE FROM touched');
      const appender = await w.createAppender('touched', 'main', 'temp');
      for (const id of touched.ids) {
        appender.appendVarchar(id);
        appender.endRow();
      }
      appender.closeSync();
      const [stored] = (await w.runAndReadAll(STORED_SPAN, [workspace])).getRows();
      const micros = (ms: number) => BigInt(ms) * 1000n;
      let first = micros(touched.first);
      let last = micros(touched.last);
      const [storedFirst, storedLast] = (stored ?? []) as (DuckDBTimestampValue | null)[];
      if (storedFirst && storedFirst.micros < first) first = storedFirst.micros;
      if (storedLast && storedLast.micros > last) last = storedLast.micros;
      await w.run('DELETE FROM touched_customers');
      await w.run(COLLECT_TOUCHED_CUSTOMERS, [workspace]);
      await w.run(DELETE_TOUCHED, [workspace]);
      const span = [new DuckDBTimestampValue(first), new DuckDBTimestampValue(last)];
      await w.run(INSERT_FACTS, [workspace, ...span]);
      if (this.analyseHandoff) await this.analyseHandoffs(workspace, span, this.analyseHandoff);
      await w.run(COLLECT_TOUCHED_CUSTOMERS, [workspace]);
      await w.run(LINK_RECONTACTS, [workspace]);
    }
  }

  /** Runs the escalation analysis over the touched conversations that were handed off, and stores it. */
  private async analyseHandoffs(workspace: string, span: DuckDBTimestampValue[], analyse: HandoffAnalyser) {
    const w = this.writer;
    const reader = await w.runAndReadAll(HANDED_OFF_MESSAGES, [workspace, ...span]);
    const transcripts = new Map<string, HandoffTranscript>();
    for (const row of reader.getRowObjectsJS()) {
      const id = String(row['conversation_id']);
      let t = transcripts.get(id);
      if (!t) {
        t = {
          conversation_id: id,
          before: [],
          after: [],
          feedback_kind: (row['feedback_kind'] as string | null) ?? null,
          disposition: (row['disposition'] as string | null) ?? null,
        };
        transcripts.set(id, t);
      }
      // A handed-off conversation without messages still gets a row, with no author.
      if (row['author'] === null) continue;
      (row['before_handoff'] ? t.before : t.after).push({
        author: String(row['author']),
        text: (row['text'] as string | null) ?? null,
        intent: (row['intent'] as string | null) ?? null,
        confidence: (row['confidence'] as number | null) ?? null,
        fallback: (row['fallback'] as boolean | null) ?? null,
        sentiment: (row['sentiment'] as number | null) ?? null,
      });
    }
    if (transcripts.size === 0) return;
    await w.run('DELETE FROM handoff_analysis');
    const appender = await w.createAppender('handoff_analysis', 'main', 'temp');
    for (const transcript of transcripts.values()) {
      const a = analyse(transcript);
      appender.appendVarchar(transcript.conversation_id);
      appender.appendVarchar(a.classified_reason);
      appender.appendVarchar(a.classified_evidence);
      if (a.agent_reason === null) appender.appendNull();
      else appender.appendVarchar(a.agent_reason);
      appender.appendVarchar(JSON.stringify(a.repeat_ask_slots));
      appender.endRow();
    }
    appender.closeSync();
    await w.run(STORE_HANDOFF_ANALYSIS, [workspace]);
  }

  async close(): Promise<void> {
    clearTimeout(this.idleCheckpoint);
    await this.writes;
    await this.db.destroy();
    this.writer.closeSync();
    this.instance.closeSync();
  }
}
