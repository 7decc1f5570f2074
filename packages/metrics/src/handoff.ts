import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import type { WorkspaceSettings } from '@tandem/schema';
import { ratio, type Ratio } from './aggregate.js';
import { SEGMENTS, type Predicate } from './definitions.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

type Eb = ExpressionBuilder<Database, 'conversations'>;

export interface QueueHandoff {
  queue: string | null;
  handed_off: number;
  time_to_human: { count: number; median: number | null; p90: number | null };
  /** Time to human at or under the queue's target, over those measured. */
  time_to_human_sla: Ratio;
  time_to_human_target_seconds: number;
  /** First response at or under the queue's target, over the handed-off conversations measured. */
  first_response_sla: Ratio;
  first_response_target_seconds: number;
}

export interface HandoffQuality {
  handed_off: number;
  context_passed: Ratio;
  repeat_ask: Ratio;
  repeat_ask_slots: Record<string, number>;
  abandoned_while_waiting: Ratio;
  /** Mean customer sentiment just before and just after the handoff, over conversations that have both. */
  sentiment: { count: number; before: number | null; after: number | null };
  queues: QueueHandoff[];
}

/** Each row's target in milliseconds, from its queue's setting or the default. */
function targetMs(eb: Eb, settings: WorkspaceSettings, kind: 'first_response_seconds' | 'time_to_human_seconds') {
  const queues = Object.entries(settings.sla.queues).filter(([, t]) => t[kind] !== undefined);
  const fallback = settings.sla.default[kind] * 1000;
  if (queues.length === 0) return eb.val(fallback);
  let chain = eb
    .case('queue')
    .when(queues[0]![0])
    .then(queues[0]![1][kind]! * 1000);
  for (const [queue, t] of queues.slice(1)) chain = chain.when(queue).then(t[kind]! * 1000);
  return chain.else(fallback).end();
}

/** A queue's target in seconds: its own where set, else the workspace default. */
function targetSeconds(
  settings: WorkspaceSettings,
  queue: string | null,
  kind: 'first_response_seconds' | 'time_to_human_seconds',
) {
  return (queue !== null ? settings.sla.queues[queue]?.[kind] : undefined) ?? settings.sla.default[kind];
}

/** DESIGN §2 handoff quality over the handed-off segment, overall and per queue with SLA attainment. */
export async function handoffQuality(
  store: StoreAdapter,
  q: MetricQuery,
  settings: WorkspaceSettings,
): Promise<HandoffQuality> {
  const ctx = contextOf(store, q);
  const handedOff = () => scope(store, q).where((eb) => SEGMENTS.handed_off(eb, ctx));
  const count = (eb: Eb, p: Predicate) => store.fn.countIf(p(eb, ctx));
  const bothSentiments: Predicate = (eb) =>
    eb.and([eb('sentiment_before_handoff', 'is not', null), eb('sentiment_after_handoff', 'is not', null)]);

  const [overall, slots, perQueue] = await Promise.all([
    handedOff()
      .select((eb) => [
        eb.fn.countAll<number>().as('handed_off'),
        // No alias may repeat a column's name: ClickHouse would read the column as the alias.
        count(eb, SEGMENTS.context_passed).as('with_context'),
        count(eb, SEGMENTS.context_not_passed).as('context_not_passed'),
        count(eb, SEGMENTS.repeat_asked).as('repeat_asked'),
        count(eb, SEGMENTS.agent_replied).as('agent_replied'),
        count(eb, SEGMENTS.abandoned_waiting).as('abandoned_waiting'),
        count(eb, bothSentiments).as('sentiment_count'),
        sql<number | null>`avg(CASE WHEN ${bothSentiments(eb, ctx)} THEN sentiment_before_handoff END)`.as('before'),
        sql<number | null>`avg(CASE WHEN ${bothSentiments(eb, ctx)} THEN sentiment_after_handoff END)`.as('after'),
      ])
      .executeTakeFirstOrThrow(),
    handedOff()
      .where((eb) => SEGMENTS.agent_replied(eb, ctx))
      .select((eb) => [store.fn.unnest(eb.ref('repeat_ask_slots')).as('slot')])
      .execute(),
    handedOff()
      .select((eb) => [
        'queue',
        eb.fn.countAll<number>().as('handed_off'),
        store.fn.quantiles(eb.ref('time_to_human_ms'), [0.5, 0.9]).as('tth'),
        eb.fn.count<number>('time_to_human_ms').as('tth_count'),
        eb.fn.count<number>('first_response_ms').as('frt_count'),
        store.fn
          .countIf(eb('time_to_human_ms', '<=', targetMs(eb, settings, 'time_to_human_seconds')))
          .as('tth_within'),
        store.fn
          .countIf(eb('first_response_ms', '<=', targetMs(eb, settings, 'first_response_seconds')))
          .as('frt_within'),
      ])
      .groupBy('queue')
      .orderBy(sql`count(*)`, 'desc')
      .orderBy('queue')
      .execute(),
  ]);

  const slotCounts: Record<string, number> = {};
  for (const { slot } of slots) slotCounts[slot] = (slotCounts[slot] ?? 0) + 1;

  return {
    handed_off: Number(overall.handed_off),
    context_passed: ratio(
      Number(overall.with_context),
      Number(overall.with_context) + Number(overall.context_not_passed),
    ),
    repeat_ask: ratio(Number(overall.repeat_asked), Number(overall.agent_replied)),
    repeat_ask_slots: slotCounts,
    abandoned_while_waiting: ratio(Number(overall.abandoned_waiting), Number(overall.handed_off)),
    sentiment: {
      count: Number(overall.sentiment_count),
      before: overall.before === null ? null : Number(overall.before),
      after: overall.after === null ? null : Number(overall.after),
    },
    queues: perQueue.map((row) => {
      const queue = (row.queue as string | null) ?? null;
      const tthTarget = targetSeconds(settings, queue, 'time_to_human_seconds');
      const frtTarget = targetSeconds(settings, queue, 'first_response_seconds');
      const [median, p90] = (row.tth as (number | null)[] | null) ?? [null, null];
      return {
        queue,
        handed_off: Number(row.handed_off),
        time_to_human: {
          count: Number(row.tth_count),
          median: median === null || median === undefined ? null : Number(median) / 1000,
          p90: p90 === null || p90 === undefined ? null : Number(p90) / 1000,
        },
        time_to_human_sla: ratio(Number(row.tth_within), Number(row.tth_count)),
        time_to_human_target_seconds: tthTarget,
        first_response_sla: ratio(Number(row.frt_within), Number(row.frt_count)),
        first_response_target_seconds: frtTarget,
      };
    }),
  };
}
