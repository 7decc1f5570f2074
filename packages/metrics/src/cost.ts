import { sql, type ExpressionBuilder } from 'kysely';
import type { Database, StoreAdapter } from '@tandem/store';
import type { WorkspaceSettings } from '@tandem/schema';
import { RATES, SEGMENTS, type Predicate } from './definitions.js';
import type { MetricQuery } from './query.js';
import { contextOf, scope } from './scope.js';

export interface CostFigures {
  closed: number;
  bot_involved: number;
  contained: number;
  resolved: number;
  /** Closed conversations with agent time (a handle time). */
  human_handled: number;
  agent_minutes: number;
  bot_cost: number;
  agent_cost: number;
  total: number;
  cost_per_contact: number | null;
  cost_per_resolution: number | null;
  /** Agent cost per conversation agents handled: what a contact costs when a person takes it. */
  human_cost_per_contact: number | null;
  bot_cost_per_contact: number;
  /** contained × (human cost per contact − bot cost per contact). */
  savings: number | null;
}

export interface CostReport extends Omit<CostFigures, 'bot_cost_per_contact'> {
  currency: string;
  channels: (CostFigures & { channel: string })[];
}

const humanHandled: Predicate = (eb, ctx) => eb.and([SEGMENTS.closed(eb, ctx), eb('handle_ms', 'is not', null)]);

const per = (amount: number, count: number) => (count === 0 ? null : amount / count);

/**
 * DESIGN §2 cost from the workspace's per-channel prices: a bot conversation costs its price, an agent
 * its minutes of handle time. Savings use each channel's own human cost per contact, or the whole
 * window's where a channel had no agent time.
 */
export async function cost(store: StoreAdapter, q: MetricQuery, settings: WorkspaceSettings): Promise<CostReport> {
  const ctx = contextOf(store, q);
  const count = (eb: ExpressionBuilder<Database, 'conversations'>, p: Predicate) => store.fn.countIf(p(eb, ctx));
  const rows = await scope(store, q)
    .where((eb) => SEGMENTS.closed(eb, ctx))
    .select((eb) => [
      'channel',
      eb.fn.countAll<number>().as('closed'),
      count(eb, RATES.containment.denominator).as('bot_involved'),
      count(eb, RATES.containment.numerator).as('contained'),
      count(eb, SEGMENTS.resolved).as('resolved'),
      count(eb, humanHandled).as('human_handled'),
      sql<number>`coalesce(sum(handle_ms), 0)`.as('agent_ms'),
    ])
    .groupBy('channel')
    .orderBy('channel')
    .execute();

  const channels = rows.map((row) => {
    const own = settings.costs.channels[row.channel as keyof WorkspaceSettings['costs']['channels']] ?? {};
    const prices = { ...settings.costs.default, ...own };
    const figures = {
      closed: Number(row.closed),
      bot_involved: Number(row.bot_involved),
      contained: Number(row.contained),
      resolved: Number(row.resolved),
      human_handled: Number(row.human_handled),
      agent_minutes: Number(row.agent_ms) / 60_000,
    };
    const botCost = figures.bot_involved * prices.bot_per_conversation;
    const agentCost = figures.agent_minutes * prices.agent_per_minute;
    const total = botCost + agentCost;
    return {
      channel: String(row.channel),
      ...figures,
      bot_cost: botCost,
      agent_cost: agentCost,
      total,
      cost_per_contact: per(total, figures.closed),
      cost_per_resolution: per(total, figures.resolved),
      human_cost_per_contact: per(agentCost, figures.human_handled),
      bot_cost_per_contact: prices.bot_per_conversation,
      savings: null as number | null,
    };
  });

  const sum = (f: (c: (typeof channels)[number]) => number) => channels.reduce((n, c) => n + f(c), 0);
  const agentCost = sum((c) => c.agent_cost);
  const handledByHumans = sum((c) => c.human_handled);
  const overallHuman = per(agentCost, handledByHumans);
  for (const c of channels) {
    const human = c.human_cost_per_contact ?? overallHuman;
    c.savings = human === null ? null : c.contained * (human - c.bot_cost_per_contact);
  }
  const total = sum((c) => c.total);
  const closed = sum((c) => c.closed);
  const resolvedCount = sum((c) => c.resolved);
  const savings = channels.every((c) => c.savings === null) ? null : sum((c) => c.savings ?? 0);
  return {
    currency: settings.costs.currency,
    closed,
    bot_involved: sum((c) => c.bot_involved),
    contained: sum((c) => c.contained),
    resolved: resolvedCount,
    human_handled: handledByHumans,
    agent_minutes: sum((c) => c.agent_minutes),
    bot_cost: sum((c) => c.bot_cost),
    agent_cost: agentCost,
    total,
    cost_per_contact: per(total, closed),
    cost_per_resolution: per(total, resolvedCount),
    human_cost_per_contact: overallHuman,
    savings,
    channels,
  };
}
