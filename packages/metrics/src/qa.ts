import { sql, type ExpressionBuilder } from 'kysely';
import type { Candidate, ConversationPath } from '@tandem/qa';
import type { ConversationTable, Database, StoreAdapter } from '@tandem/store';
import { SEGMENTS, type DefinitionContext } from './definitions.js';
import { DEFAULT_RECONTACT_HOURS, type MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

type Eb = ExpressionBuilder<Database, 'conversations'>;

/** The three paths partition closed conversations, exactly as the CSAT split does (docs/metrics.md). */
const pathOf = (eb: Eb, ctx: DefinitionContext) =>
  sql<ConversationPath>`CASE
    WHEN ${SEGMENTS.bot_only(eb, ctx)} THEN 'bot_only'
    WHEN ${SEGMENTS.human_only(eb, ctx)} THEN 'human_only'
    ELSE 'handed_off' END`;

/** A conversation as QA sees it: what sampling stratifies and weighs by, and when it started. */
export interface QaConversation extends Candidate {
  started_at: string;
}

const candidateColumns = (eb: Eb, ctx: DefinitionContext) =>
  [
    'conversation_id',
    'started_at',
    'channel',
    pathOf(eb, ctx).as('path'),
    'scenario',
    'lead_agent_id',
    'sentiment_end',
    'csat_score',
    'handle_ms',
    sql<boolean>`${SEGMENTS.handed_off(eb, ctx)}`.as('handed_off'),
    sql<boolean>`${SEGMENTS.recontacted(eb, ctx)}`.as('recontacted'),
  ] as const;

/** The facts `candidateColumns` reads, as the table types them, and what it derives from them. */
type CandidateRow = Pick<
  ConversationTable,
  | 'conversation_id'
  | 'started_at'
  | 'channel'
  | 'scenario'
  | 'lead_agent_id'
  | 'sentiment_end'
  | 'csat_score'
  | 'handle_ms'
> & { path: ConversationPath; handed_off: boolean; recontacted: boolean };

const toQaConversation = (r: CandidateRow): QaConversation => ({
  conversation_id: r.conversation_id,
  started_at: r.started_at,
  channel: r.channel,
  path: r.path,
  scenario: r.scenario,
  agent_id: r.lead_agent_id,
  sentiment_end: r.sentiment_end === null ? null : Number(r.sentiment_end),
  csat_score: r.csat_score === null ? null : Number(r.csat_score),
  handle_ms: r.handle_ms === null ? null : Number(r.handle_ms),
  handed_off: Boolean(r.handed_off),
  recontacted: Boolean(r.recontacted),
});

/**
 * Closed conversations of the query's window and filters: the population a sample is drawn from, as
 * it stood at `asOf` (closed by then; with `excludeReviewed`, not reviewed by then), so drawing again
 * later from the same spec and seed finds the same population.
 */
export async function qaPopulation(
  store: StoreAdapter,
  q: MetricQuery,
  { asOf, excludeReviewed }: { asOf: string; excludeReviewed: boolean },
): Promise<QaConversation[]> {
  const ctx = contextOf(store, q);
  let query = scope(store, q)
    .where((eb) => SEGMENTS.closed(eb, ctx))
    .where('closed_at', '<=', asOf);
  if (excludeReviewed) {
    query = query.where(
      'conversation_id',
      'not in',
      store.db
        .selectFrom('qa_reviews')
        .select('conversation_id')
        .where('workspace_id', '=', q.workspaceId)
        .where('created_at', '<=', asOf),
    );
  }
  const rows = await query.select((eb) => candidateColumns(eb, ctx)).execute();
  return (rows as CandidateRow[]).map(toQaConversation);
}

/** The named conversations of a workspace as QA sees them, by id (a sample's items). */
export async function qaConversations(
  store: StoreAdapter,
  workspaceId: string,
  ids: readonly string[],
): Promise<Map<string, QaConversation>> {
  if (ids.length === 0) return new Map();
  const ctx: DefinitionContext = { fn: store.fn, recontactHours: DEFAULT_RECONTACT_HOURS };
  const rows = await store.db
    .selectFrom('conversations')
    .where('workspace_id', '=', workspaceId)
    .where('conversation_id', 'in', ids)
    .select((eb) => candidateColumns(eb, ctx))
    .execute();
  return new Map((rows as CandidateRow[]).map((r) => [r.conversation_id, toQaConversation(r)]));
}

export const QA_GROUPINGS = ['agent', 'team', 'channel', 'scenario', 'path'] as const;
export type QaGrouping = (typeof QA_GROUPINGS)[number];

/** Conversations without an agent are the bot's; a missing team or scenario is `none`. */
const groupKeyOf = (eb: Eb, ctx: DefinitionContext, by: QaGrouping) => {
  switch (by) {
    case 'agent':
      return sql<string>`coalesce(${eb.ref('lead_agent_id')}, 'bot')`;
    case 'team':
      return sql<string>`coalesce(${eb.ref('lead_team')}, 'none')`;
    case 'scenario':
      return sql<string>`coalesce(${eb.ref('scenario')}, 'none')`;
    case 'channel':
      return sql<string>`${eb.ref('channel')}`;
    case 'path':
      return pathOf(eb, ctx);
  }
};

export interface QaReviewRow {
  review_id: string;
  revision: number;
  conversation_id: string;
  sample_id: string | null;
  reviewer_id: string;
  reviewer_name: string | null;
  scorecard_id: string;
  scorecard_version: number;
  /** JSON of the answers, criterion key → answer. */
  answers: string;
  comment: string | null;
  score: number | null;
  passed: boolean | null;
  auto_failed: boolean;
  created_at: string;
  started_at: string;
  channel: string;
  scenario: string | null;
  path: ConversationPath;
  agent_id: string | null;
  team: string | null;
  /** The conversation's local bucket of `q.granularity`. */
  bucket: string;
  /** Its group under `by`. */
  group_key: string;
}

/**
 * The reviews QA results count (docs/qa.md): the latest revision of each, of conversations in the
 * query's window and filters, leaving out calibration samples. `key` keeps one group of `by`.
 */
export async function qaReviews(
  store: StoreAdapter,
  q: MetricQuery,
  by: QaGrouping,
  key?: string,
): Promise<QaReviewRow[]> {
  const ctx = contextOf(store, q);
  const conversations = scope(store, q)
    .where((eb) => SEGMENTS.closed(eb, ctx))
    .select((eb) => [
      'conversation_id',
      'started_at',
      'channel',
      'scenario',
      pathOf(eb, ctx).as('path'),
      'lead_agent_id',
      'lead_team',
      store.fn.localBucket(eb.ref('started_at'), q.tz, q.granularity).as('bucket'),
      groupKeyOf(eb, ctx, by).as('group_key'),
    ])
    .as('c');
  let query = store.db
    .selectFrom('qa_current_reviews as r')
    // One join per query (all ClickHouse 18.16 takes); reviewers' names are looked up below.
    .innerJoin(conversations, 'c.conversation_id', 'r.conversation_id')
    .where('r.workspace_id', '=', q.workspaceId)
    // Reviews of calibration samples are about reviewers, not agents.
    .where((eb) =>
      eb.or([
        eb('r.sample_id', 'is', null),
        eb(
          'r.sample_id',
          'not in',
          eb
            .selectFrom('qa_samples')
            .select('sample_id')
            .where('workspace_id', '=', q.workspaceId)
            .where('kind', '=', 'calibration'),
        ),
      ]),
    );
  if (key !== undefined) query = query.where('c.group_key', '=', key);
  const rows = await query
    .select([
      'r.review_id',
      'r.revision',
      'r.conversation_id',
      'r.sample_id',
      'r.reviewer_id',
      'r.scorecard_id',
      'r.scorecard_version',
      'r.answers',
      'r.comment',
      'r.score',
      'r.passed',
      'r.auto_failed',
      'r.created_at',
      'c.started_at',
      'c.channel',
      'c.scenario',
      'c.path',
      'c.lead_agent_id as agent_id',
      'c.lead_team as team',
      'c.bucket',
      'c.group_key',
    ])
    .orderBy('c.started_at')
    .orderBy('r.review_id')
    .execute();
  const users = await store.db
    .selectFrom('users')
    .select(['user_id', 'name'])
    .where('workspace_id', '=', q.workspaceId)
    .execute();
  const names = new Map(users.map((u) => [u.user_id, u.name]));
  return rows.map((r) => ({
    ...r,
    reviewer_name: names.get(r.reviewer_id) ?? null,
    revision: Number(r.revision),
    scorecard_version: Number(r.scorecard_version),
    score: r.score === null ? null : Number(r.score),
  })) as QaReviewRow[];
}
