import { DEFAULT_ANCHOR, generateEvents } from '@tandem/fixtures';
import { EventValidator } from '@tandem/schema';
import { toEventRow, type ConversationTable, type EventRow, type HandoffTranscript } from '@tandem/store';
import { DuckDbStore } from '@tandem/store-duckdb';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conversationFacts, epochMs, handoffTranscript, type EventFacts } from './conversation-facts.js';
import { nextStartsAfterClose } from './recontacts.js';

/*
 * The TypeScript facts against the SQL they replace: the same events go through a real DuckDB store
 * (late, out of order, re-sent) and through conversationFacts, and every fact must come out equal.
 */

const RECEIVED_AT = '2026-11-01T00:00:00.000Z';
const NOT_FROM_EVENTS = new Set([
  'next_start_after_close',
  'recontact_gap_ms',
  'classified_reason',
  'classified_evidence',
  'agent_reason',
  'repeat_ask_slots',
  'updated_at',
]);

/** mulberry32: a small seeded generator, so shuffles and roughening are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const isoAt = (ms: number) => new Date(ms).toISOString();

/** Rows as ingestion builds them, with `ts` normalised to the fixed-width UTC form the facts expect. */
function rowOf(workspace: string, event: Parameters<typeof toEventRow>[1], attributes: Record<string, unknown> | null) {
  const row = toEventRow(workspace, event, attributes, RECEIVED_AT);
  return { ...row, ts: isoAt(Date.parse(row.ts)) };
}

/** Raw records validated as ingestion does; the invalid ones are counted and left out. */
function validRows(workspace: string, records: readonly unknown[]): { rows: EventRow[]; rejected: number } {
  const validator = new EventValidator({ now: () => Date.parse(RECEIVED_AT) });
  const rows: EventRow[] = [];
  let rejected = 0;
  for (const record of records) {
    const checked = validator.validate(record);
    if (checked.ok) rows.push(rowOf(workspace, checked.event, checked.attributes));
    else rejected++;
  }
  return { rows, rejected };
}

/**
 * Generated conversations are orderly; real feeds are not. Some starts never arrive, some events are
 * stamped to a whole five minutes (ties, and reorderings across a handoff or a close), and some
 * conversations are closed a second time, a little earlier or later, without a disposition.
 */
function roughened(rows: readonly EventRow[], random: () => number): EventRow[] {
  return rows.flatMap((row) => {
    const dice = random();
    if (row.type === 'conversation.started' && dice < 0.1) return [];
    const ms = Date.parse(row.ts);
    const rough = dice < 0.3 ? { ...row, ts: isoAt(ms - (ms % 300_000)) } : row;
    if (row.type !== 'conversation.closed' || dice < 0.8) return [rough];
    const shift = Math.round((random() - 0.5) * 240) * 1000;
    return [
      rough,
      { ...row, event_id: `${row.event_id}-again`, ts: isoAt(ms + shift), outcome: 'abandoned', disposition: null },
    ];
  });
}

/** The rows in `count` shuffled batches, the last one re-sending the start of the first. */
function inShuffledBatches(rows: readonly EventRow[], count: number, random: () => number): EventRow[][] {
  const all = shuffled(rows, random);
  const size = Math.ceil(all.length / count);
  const batches = Array.from({ length: count }, (_, i) => all.slice(i * size, (i + 1) * size));
  batches[count - 1]!.push(...batches[0]!.slice(0, 25));
  return batches;
}

interface Comparison {
  conversations: number;
  handedOff: number;
  recontacts: number;
  facts: Map<string, EventFacts>;
  nextStarts: Map<string, string | null>;
}

/**
 * Appends the batches to an in-memory DuckDB store and checks, conversation by conversation, that
 * the TypeScript facts, escalation transcript and recontact link equal what DuckDB stored.
 */
async function compareWithDuckDb(workspace: string, batches: readonly EventRow[][]): Promise<Comparison> {
  const transcripts = new Map<string, HandoffTranscript>();
  const store = await DuckDbStore.open({
    path: ':memory:',
    // A conversation is analysed whenever it is rebuilt; the last call saw all of its events.
    analyseHandoff: (transcript) => {
      transcripts.set(transcript.conversation_id, transcript);
      return {
        classified_reason: 'x',
        classified_evidence: JSON.stringify(transcript.before.length),
        agent_reason: null,
        repeat_ask_slots: [],
      };
    },
  });
  let stored: ConversationTable[];
  try {
    for (const batch of batches) await store.appendEvents(batch);
    stored = await store.db.selectFrom('conversations').selectAll().where('workspace_id', '=', workspace).execute();
  } finally {
    await store.close();
  }

  // The events as the store keeps them: the first row of each event id (a re-sent event is dropped),
  // staged as JSON, which has no negative zero (a sentiment of -0 is stored as 0).
  const eventsOf = new Map<string, EventRow[]>();
  const seen = new Set<string>();
  for (const row of batches.flat()) {
    if (seen.has(row.event_id)) continue;
    seen.add(row.event_id);
    const kept = JSON.parse(JSON.stringify(row)) as EventRow;
    eventsOf.set(row.conversation_id, [...(eventsOf.get(row.conversation_id) ?? []), kept]);
  }
  expect(stored.map((c) => c.conversation_id).sort()).toEqual([...eventsOf.keys()].sort());

  const facts = new Map<string, EventFacts>();
  const handedOff: string[] = [];
  for (const row of stored) {
    const id = row.conversation_id;
    const events = eventsOf.get(id)!;
    const computed = conversationFacts(workspace, id, events);
    const expected = Object.fromEntries(Object.entries(row).filter(([key]) => !NOT_FROM_EVENTS.has(key)));
    expect(computed, id).toEqual(expected);
    facts.set(id, computed);
    if (computed.handoff_count > 0) {
      handedOff.push(id);
      expect(handoffTranscript(computed, events), id).toEqual(transcripts.get(id));
    }
  }
  expect([...transcripts.keys()].sort()).toEqual(handedOff.sort());

  const nextStarts = nextStartsAfterClose([...facts.values()]);
  for (const row of stored) {
    const next = nextStarts.get(row.conversation_id);
    const gap = next == null || row.closed_at === null ? null : epochMs(next) - epochMs(row.closed_at);
    expect({ next, gap }, row.conversation_id).toEqual({
      next: row.next_start_after_close,
      gap: row.recontact_gap_ms,
    });
  }
  return {
    conversations: stored.length,
    handedOff: handedOff.length,
    recontacts: [...nextStarts.values()].filter((next) => next !== null).length,
    facts,
    nextStarts,
  };
}

describe('conversation facts computed in TypeScript equal those DuckDB derives', () => {
  it('on 600 generated conversations, roughened and appended in shuffled batches', async () => {
    const workspace = 'ws-generated';
    const random = seeded(7);
    const generated = [...generateEvents({ conversations: 600, seed: 7, anchor: DEFAULT_ANCHOR })];
    const rows = roughened(
      generated.map((event) => rowOf(workspace, event, null)),
      random,
    );
    const compared = await compareWithDuckDb(workspace, inShuffledBatches(rows, 4, random));
    expect(compared.conversations).toBe(600);
    // Guards against a vacuous comparison: every kind of fact occurs.
    expect(compared.handedOff).toBeGreaterThan(50);
    expect(compared.recontacts).toBeGreaterThan(10);
    const all = [...compared.facts.values()];
    expect(all.filter((f) => !f.has_start_event).length).toBeGreaterThan(20);
    expect(all.filter((f) => f.sentiment_before_handoff !== null).length).toBeGreaterThan(10);
    expect(all.filter((f) => f.handle_ms === null && f.first_agent_joined_at !== null).length).toBeGreaterThan(0);
  });

  it('on the hand-made fixture, posted as its two batches', async () => {
    const workspace = 'ws-handmade';
    const batch = (name: string) =>
      validRows(
        workspace,
        readFileSync(new URL(`../../../../fixtures/expected/handmade/${name}`, import.meta.url), 'utf8')
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as unknown),
      );
    const first = batch('batch-1.ndjson');
    const second = batch('batch-2.ndjson');
    // The fixture's one invalid line (c24-m4, author "robot") is intentional.
    expect(first.rejected + second.rejected).toBe(1);
    const compared = await compareWithDuckDb(workspace, [first.rows, second.rows]);
    expect(compared.conversations).toBe(24);
    expect(compared.handedOff).toBe(7);
    // c01, c03, c05, c07 and c21 (README §2); not c09, whose c10 starts at its close, nor c17 (no customer).
    expect(compared.nextStarts.get('c09')).toBeNull();
    expect(compared.nextStarts.get('c17')).toBeNull();
    expect(compared.recontacts).toBe(5);
  });

  it('on hand-written tricky cases', async () => {
    const workspace = 'ws-tricky';
    const at = (time: string) => `2026-03-01T${time}.000Z`;
    const started = (id: string, conversation: string, time: string, fields: object) => ({
      event_id: id,
      type: 'conversation.started',
      conversation_id: conversation,
      ts: at(time),
      ...fields,
    });
    const message = (id: string, conversation: string, time: string, author: string, fields: object = {}) => ({
      event_id: id,
      type: 'message',
      conversation_id: conversation,
      ts: at(time),
      message_id: id,
      author,
      text: `${author} says ${id}`,
      ...fields,
    });
    const event = (id: string, type: string, conversation: string, time: string, fields: object = {}) => ({
      event_id: id,
      type,
      conversation_id: conversation,
      ts: at(time),
      ...fields,
    });
    const early = validRows(workspace, [
      // Ties on ts, broken by event_id: the smaller id is first, the larger one latest.
      started('tie-s2', 'tie', '10:00:00', { channel: 'sms', customer_id: 'cust-2' }),
      message('tie-m1', 'tie', '10:00:05', 'customer', { sentiment: -0.5 }),
      message('tie-b2', 'tie', '10:00:06', 'bot', { intent: 'refund' }),
      message('tie-b1', 'tie', '10:00:06', 'bot', { intent: 'order_status' }),
      message('tie-b0', 'tie', '10:00:06', 'bot'),
      message('tie-m3', 'tie', '10:00:10', 'customer', { sentiment: 0.5 }),
      message('tie-m2', 'tie', '10:00:10', 'customer', { sentiment: 0.1 }),
      // The first handoff names no queue: that empty value is the one taken, not the next handoff's.
      event('tie-h2', 'handoff', 'tie', '10:04:00', { to_queue: 'refunds', reason: 'other' }),
      event('tie-h1', 'handoff', 'tie', '10:04:00', { reason: 'bot_not_understood' }),
      event('tie-c1', 'conversation.closed', 'tie', '10:05:00', { outcome: 'abandoned' }),
      event('tie-c2', 'conversation.closed', 'tie', '10:05:00', { outcome: 'resolved' }),
      // Text is ordered by code point (UTF-8 bytes), where U+FF01 comes before U+1F600, not by UTF-16 units.
      started('uni-s', 'uni', '10:00:00', { channel: 'chat' }),
      event('uni-j1', 'agent.joined', 'uni', '10:01:00', { agent_id: 'agent-\u{1F600}' }),
      event('uni-j2', 'agent.joined', 'uni', '10:02:00', { agent_id: 'agent-\uFF01' }),
      event('uni-\u{1F600}', 'conversation.closed', 'uni', '10:05:00', { outcome: 'resolved' }),
      event('uni-\uFF01', 'conversation.closed', 'uni', '10:05:00', { outcome: 'abandoned' }),
      // A close that arrives after a later-stamped one: the later one stands, empty disposition and all.
      started('dup-s', 'dup', '10:00:00', { channel: 'chat' }),
      event('dup-c2', 'conversation.closed', 'dup', '10:09:00', { outcome: 'abandoned' }),
      // An agent who joins, and writes, after the close (skewed clocks).
      started('late-s', 'late', '10:00:00', { channel: 'web', customer_id: 'cust-late' }),
      message('late-m1', 'late', '10:00:10', 'customer', { sentiment: -0.25 }),
      message('late-m2', 'late', '10:00:12', 'bot', { intent: 'billing', confidence: 0.4, fallback: true }),
      event('late-h', 'handoff', 'late', '10:01:00', { to_queue: 'billing', reason: 'low_confidence' }),
      event('late-c', 'conversation.closed', 'late', '10:02:00', { outcome: 'resolved', disposition: 'paid' }),
      event('late-j', 'agent.joined', 'late', '10:03:00', { agent_id: 'agent-zed', team: 'billing' }),
      message('late-m3', 'late', '10:03:30', 'agent', { author_id: 'agent-amy', sentiment: 0.5 }),
      // No start event: the first event starts it, the channel is unknown, the queue is the handoff's.
      message('none-m1', 'none', '10:20:00', 'customer'),
      message('none-m2', 'none', '10:20:03', 'bot'),
      event('none-h', 'handoff', 'none', '10:20:05', { to_queue: 'returns' }),
      // Recontacts on a skewed clock: skew-1 closes before it starts.
      started('skew-1s', 'skew-1', '11:00:00', { channel: 'chat', customer_id: 'cust-skew' }),
      event('skew-1c', 'conversation.closed', 'skew-1', '10:59:00', { outcome: 'resolved' }),
      started('skew-2s', 'skew-2', '10:59:30', { channel: 'chat', customer_id: 'cust-skew' }),
    ]);
    const late = validRows(workspace, [
      started('tie-s1', 'tie', '10:00:00', { channel: 'chat', customer_id: 'cust-1' }),
      event('dup-c1', 'conversation.closed', 'dup', '10:05:00', { outcome: 'resolved', disposition: 'refund_done' }),
      started('skew-3s', 'skew-3', '11:30:00', { channel: 'app', customer_id: 'cust-skew' }),
    ]);
    expect(early.rejected + late.rejected).toBe(0);
    const { facts, nextStarts } = await compareWithDuckDb(workspace, [early.rows, late.rows]);

    expect(facts.get('tie')).toMatchObject({
      channel: 'chat',
      customer_id: 'cust-1',
      first_intent: 'order_status',
      outcome: 'resolved',
      queue: null,
      handoff_reason: 'bot_not_understood',
      sentiment_start: (-0.5 + 0.1) / 2,
      sentiment_end: (0.1 + 0.5) / 2,
    });
    expect(facts.get('uni')).toMatchObject({ outcome: 'resolved', agent_ids: ['agent-\uFF01', 'agent-\u{1F600}'] });
    expect(facts.get('dup')).toMatchObject({ closed_at: at('10:09:00'), outcome: 'abandoned', disposition: null });
    expect(facts.get('late')).toMatchObject({
      first_agent_joined_at: at('10:03:00'),
      handle_ms: null,
      time_to_human_ms: 150_000,
      lead_agent_id: 'agent-zed',
      agent_ids: ['agent-amy', 'agent-zed'],
      sentiment_before_handoff: -0.25,
      sentiment_after_handoff: null,
    });
    expect(facts.get('none')).toMatchObject({
      has_start_event: false,
      started_at: at('10:20:00'),
      channel: 'other',
      queue: 'returns',
      first_response_ms: 3000,
    });
    // Not skew-2, which starts after the close but before the start; nor skew-1 itself.
    expect(nextStarts.get('skew-1')).toBe(at('11:30:00'));
  });
});

describe('nextStartsAfterClose', () => {
  const conversation = (id: string, customer: string | null, started: string, closed: string | null) => ({
    conversation_id: id,
    customer_id: customer,
    started_at: `2026-03-01T${started}.000Z`,
    closed_at: closed === null ? null : `2026-03-01T${closed}.000Z`,
  });

  it('links a close to the same customer’s first start strictly after it', () => {
    const next = nextStartsAfterClose([
      conversation('a1', 'alice', '09:00:00', '09:10:00'),
      conversation('a3', 'alice', '12:00:00', null),
      conversation('a2', 'alice', '09:10:00', '09:20:00'),
      conversation('a4', 'alice', '10:00:00', '10:05:00'),
      conversation('b1', 'bob', '09:00:00', '09:10:00'),
    ]);
    expect(Object.fromEntries(next)).toEqual({
      // a2 starts at a1's close, which is not after it.
      a1: '2026-03-01T10:00:00.000Z',
      a2: '2026-03-01T10:00:00.000Z',
      a3: null,
      a4: '2026-03-01T12:00:00.000Z',
      b1: null,
    });
  });

  it('never links an open conversation or an unknown customer', () => {
    const next = nextStartsAfterClose([
      conversation('e1', '', '09:00:00', '09:10:00'),
      conversation('e2', '', '09:30:00', '09:40:00'),
      conversation('n1', null, '09:00:00', '09:10:00'),
      conversation('n2', null, '09:30:00', null),
      conversation('o1', 'olga', '09:00:00', null),
      conversation('o2', 'olga', '09:30:00', null),
    ]);
    expect([...next.values()]).toEqual([null, null, null, null, null, null]);
  });
});
