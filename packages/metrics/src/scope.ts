import type { ExpressionBuilder, SelectQueryBuilder } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import type { DefinitionContext } from './definitions.js';
import { FILTER_KEYS, type MetricQuery } from './query.js';
import { nextDate, startOfLocalDay } from './time-zone.js';

export type ConversationScope = SelectQueryBuilder<Database, 'conversations', object>;

/** The UTC instants that bound a query's local days: `from` included, `until` (the next day's start) not. */
export function windowInstants(q: MetricQuery): { from: string; until: string } {
  return {
    from: startOfLocalDay(q.from, q.tz).toISOString(),
    until: startOfLocalDay(nextDate(q.to), q.tz).toISOString(),
  };
}

/** The conversations a query is about: its workspace, its local days, its filters. Always bounded in time. */
export function scope(store: StoreAdapter, q: MetricQuery): ConversationScope {
  const { from, until } = windowInstants(q);
  return store.db
    .selectFrom('conversations')
    .where('workspace_id', '=', q.workspaceId)
    .where('started_at', '>=', from)
    .where('started_at', '<', until)
    .where((eb) => eb.and(filterConditions(eb, store, q)));
}

function filterConditions(eb: ExpressionBuilder<Database, 'conversations'>, store: StoreAdapter, q: MetricQuery) {
  const conditions = [];
  for (const key of FILTER_KEYS) {
    const values = q.filters[key];
    if (!values || values.length === 0) continue;
    if (key === 'agent') conditions.push(store.fn.arrayOverlaps(eb.ref('agent_ids'), values));
    // An intent is the first one the bot recognised in the conversation.
    else if (key === 'intent') conditions.push(eb('first_intent', 'in', values));
    else conditions.push(eb(key, 'in', values));
  }
  return conditions;
}

export function contextOf(store: StoreAdapter, q: MetricQuery): DefinitionContext {
  return { fn: store.fn, recontactHours: q.recontactHours };
}
