import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import type { Outcome } from '@tandem/schema';
import {
  DURATIONS,
  DURATION_NAMES,
  RATES,
  RATE_NAMES,
  SEGMENTS,
  type DefinitionContext,
  type Predicate,
} from './definitions.js';
import { DEFAULT_RECONTACT_HOURS, type MetricQuery } from './query.js';
import { contextOf, scope, type ConversationScope } from './scope.js';

export interface ConversationSelection {
  predicate: Predicate;
  /** Restrict to one local bucket of `q.granularity` (`YYYY-MM-DD` of its first day). */
  bucket?: string | undefined;
  /** Restrict to starts on one local ISO weekday (Monday = 1) … */
  weekday?: number | undefined;
  /** … and/or in one local hour (0–23): a heatmap cell. */
  hour?: number | undefined;
}

export interface ConversationSummary {
  conversation_id: string;
  started_at: string;
  closed_at: string | null;
  channel: string;
  scenario: string | null;
  queue: string | null;
  locale: string | null;
  outcome: Outcome | null;
  csat_score: number | null;
  segment: 'open' | 'bot_only' | 'handed_off' | 'human_only';
  handoff_reason: string | null;
  /** The agent's and the transcript classifier's reasons beside the bot's (docs/escalation-reasons.md). */
  agent_reason: string | null;
  classified_reason: string | null;
  first_intent: string | null;
  message_count: number;
}

export interface ConversationPage {
  total: number;
  page: number;
  page_size: number;
  conversations: ConversationSummary[];
}

type Eb = ExpressionBuilder<Database, 'conversations'>;

function selected(store: StoreAdapter, q: MetricQuery, s: ConversationSelection): ConversationScope {
  const ctx = contextOf(store, q);
  let query = scope(store, q).where((eb) => s.predicate(eb, ctx));
  if (s.bucket)
    query = query.where((eb) => eb(store.fn.localBucket(eb.ref('started_at'), q.tz, q.granularity), '=', s.bucket!));
  if (s.weekday !== undefined)
    query = query.where((eb) => eb(store.fn.localWeekday(eb.ref('started_at'), q.tz), '=', s.weekday!));
  if (s.hour !== undefined)
    query = query.where((eb) => eb(store.fn.localHour(eb.ref('started_at'), q.tz), '=', s.hour!));
  return query;
}

const segmentOf = (eb: Eb, ctx: DefinitionContext) =>
  sql<ConversationSummary['segment']>`CASE
    WHEN ${SEGMENTS.open(eb, ctx)} THEN 'open'
    WHEN ${SEGMENTS.bot_only(eb, ctx)} THEN 'bot_only'
    WHEN ${SEGMENTS.human_only(eb, ctx)} THEN 'human_only'
    ELSE 'handed_off' END`;

/** Fact columns a drill-down shows and the export copies as they are. */
const SUMMARY_FACTS = [
  'started_at',
  'closed_at',
  'channel',
  'scenario',
  'queue',
  'locale',
  'outcome',
  'csat_score',
  'handoff_reason',
  'agent_reason',
  'classified_reason',
  'first_intent',
] as const;

/** The conversations behind a value, a page at a time, oldest first. */
export async function listConversations(
  store: StoreAdapter,
  q: MetricQuery,
  s: ConversationSelection,
  page: number,
  pageSize: number,
): Promise<ConversationPage> {
  const ctx = contextOf(store, q);
  const base = selected(store, q, s);
  const [{ total }, rows] = await Promise.all([
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
    base
      .select((eb) => ['conversation_id', ...SUMMARY_FACTS, 'message_count', segmentOf(eb, ctx).as('segment')])
      .orderBy('started_at')
      .orderBy('conversation_id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ]);
  return { total: Number(total), page, page_size: pageSize, conversations: rows as ConversationSummary[] };
}

export interface ConversationDetail extends ConversationSummary {
  customer_id: string | null;
  resolved_by: string | null;
  disposition: string | null;
  agent_ids: string[];
}

/** One conversation's facts, as a transcript's header shows them; null when the workspace has no such conversation. */
export async function findConversation(
  store: StoreAdapter,
  workspaceId: string,
  conversationId: string,
): Promise<ConversationDetail | null> {
  const ctx: DefinitionContext = { fn: store.fn, recontactHours: DEFAULT_RECONTACT_HOURS };
  const row = await store.db
    .selectFrom('conversations')
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', '=', conversationId)
    .select((eb) => [
      'conversation_id',
      ...SUMMARY_FACTS,
      'message_count',
      segmentOf(eb, ctx).as('segment'),
      'customer_id',
      'resolved_by',
      'disposition',
      'agent_ids',
    ])
    .executeTakeFirst();
  return (row as ConversationDetail | undefined) ?? null;
}

/** Fact columns the export copies as they are. */
const EXPORTED_FACTS = [...SUMMARY_FACTS, 'customer_id'] as const;

/** Columns of the per-conversation export, in order; summing a rate's 0/1 columns gives its numbers. */
export const EXPORT_COLUMNS = [
  'conversation_id',
  'local_day',
  'segment',
  ...EXPORTED_FACTS,
  ...DURATION_NAMES.map((d) => `${d}_seconds`),
  ...RATE_NAMES.flatMap((r) => [`${r}_numerator`, `${r}_denominator`]),
] as const;

const PAGE = 5000;

/** One row per conversation of the selection, streamed, for CSV export. */
export async function* exportConversations(
  store: StoreAdapter,
  q: MetricQuery,
  s: ConversationSelection,
): AsyncGenerator<Record<string, unknown>> {
  const ctx = contextOf(store, q);
  // Typed as an integer: a bare 1 is the UInt8 that ClickHouse stores booleans in.
  const flag = (eb: Eb, p: Predicate) => sql<number>`CAST(CASE WHEN ${p(eb, ctx)} THEN 1 ELSE 0 END AS INTEGER)`;
  const query = selected(store, q, s)
    .select((eb) => [
      'conversation_id',
      store.fn.localBucket(eb.ref('started_at'), q.tz, 'day').as('local_day'),
      segmentOf(eb, ctx).as('segment'),
      ...EXPORTED_FACTS,
      ...DURATION_NAMES.map((d) =>
        sql`CASE WHEN ${SEGMENTS.closed(eb, ctx)} THEN ${eb.ref(DURATIONS[d].column)} / 1000 END`.as(`${d}_seconds`),
      ),
      ...RATE_NAMES.flatMap((r) => [
        flag(eb, RATES[r].numerator).as(`${r}_numerator`),
        flag(eb, RATES[r].denominator).as(`${r}_denominator`),
      ]),
    ])
    .orderBy('started_at')
    .orderBy('conversation_id')
    .limit(PAGE);
  // Keyset pages keep memory flat and never skip or repeat a row, even while new data arrives.
  let after: { started_at: string; conversation_id: string } | null = null;
  for (;;) {
    const last = after;
    const page = last
      ? query.where((eb) =>
          eb.or([
            eb('started_at', '>', last.started_at),
            eb.and([eb('started_at', '=', last.started_at), eb('conversation_id', '>', last.conversation_id)]),
          ]),
        )
      : query;
    const rows = (await page.execute()) as Record<string, unknown>[];
    yield* rows;
    if (rows.length < PAGE) return;
    const tail = rows[rows.length - 1]!;
    after = { started_at: String(tail['started_at']), conversation_id: String(tail['conversation_id']) };
  }
}
