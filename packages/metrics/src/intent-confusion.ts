import { sql } from 'kysely';
import type { StoreAdapter } from '@tandem/store';
import { SEGMENTS } from './definitions.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

/** The bot recognised no intent before the handoff (it fell back, or never got that far). */
export const NO_BOT_INTENT = 'none';

export interface ConfusionCell {
  bot_intent: string;
  agent_intent: string;
  conversations: number;
}

/**
 * The bot's intent against the one the agent resolved, over handed-off conversations: the bot's is
 * its first recognised intent; the agent's is the latest `correct_intent` of their feedback, or else
 * the disposition they closed with. Conversations where the agent named no intent are left out.
 */
export async function intentConfusion(store: StoreAdapter, q: MetricQuery): Promise<ConfusionCell[]> {
  const ctx = contextOf(store, q);
  const handedOff = scope(store, q).where((eb) => SEGMENTS.handed_off(eb, ctx));
  const handed = handedOff.select(['conversation_id', 'first_intent', 'disposition']).as('c');
  const corrected = store.db
    .selectFrom('events')
    // Not aliased `correct_intent`: ClickHouse would read the column in WHERE as the alias.
    .select((eb) => [
      'conversation_id',
      store.fn.argMax(eb.ref('correct_intent'), eb.ref('ts')).as('latest_correction'),
    ])
    .where('workspace_id', '=', q.workspaceId)
    .where('type', '=', 'feedback')
    .where('correct_intent', 'is not', null)
    .where('conversation_id', 'in', handedOff.select('conversation_id'))
    .groupBy('conversation_id')
    .as('f');
  const rows = await store.db
    .selectFrom(handed)
    .leftJoin(corrected, 'f.conversation_id', 'c.conversation_id')
    .select((eb) => [
      sql<string>`coalesce(${eb.ref('c.first_intent')}, ${sql.lit(NO_BOT_INTENT)})`.as('bot_intent'),
      sql<string>`coalesce(${eb.ref('f.latest_correction')}, ${eb.ref('c.disposition')})`.as('agent_intent'),
      eb.fn.countAll<number>().as('conversations'),
    ])
    .where((eb) => eb.or([eb('f.latest_correction', 'is not', null), eb('c.disposition', 'is not', null)]))
    .groupBy(['bot_intent', 'agent_intent'])
    .orderBy('conversations', 'desc')
    .orderBy('bot_intent')
    .orderBy('agent_intent')
    .execute();
  return rows.map((r) => ({ ...r, conversations: Number(r.conversations) }));
}
