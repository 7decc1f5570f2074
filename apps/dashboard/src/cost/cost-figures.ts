import type { CostAnswer } from '../api/types.js';
import { channelLabel } from '../charts/channels/channel-option.js';
import type { DataTable } from '../export/data-table.js';
import { formatInteger, formatMoney, type Locale } from '../format/numbers.js';
import type { Messages } from '../i18n/en.js';
import { drillOf, type Drill } from '../state/view-params.js';

export const COST_KEYS = ['cost_per_contact', 'cost_per_resolution', 'savings'] as const;
type CostKey = (typeof COST_KEYS)[number];

export interface CostFigure {
  key: CostKey;
  value: number | null;
  /** What the value is spread over or made of, in words. */
  detail: string;
  /** The conversations behind it: closed for a contact, resolved (any path) for a resolution, contained for savings. */
  drill: Drill | null;
}

export function costFigures(cost: CostAnswer, t: Messages, locale: Locale): CostFigure[] {
  const money = (v: number) => formatMoney(v, cost.currency, locale);
  const count = (n: number) => formatInteger(n, locale);
  const d = t.cost.detail;
  return [
    {
      key: 'cost_per_contact',
      value: cost.cost_per_contact,
      detail: d.cost_per_contact(money(cost.total), count(cost.closed)),
      drill: drillOf('closed'),
    },
    {
      key: 'cost_per_resolution',
      value: cost.cost_per_resolution,
      detail: d.cost_per_resolution(money(cost.total), count(cost.resolved)),
      drill: drillOf('resolved'),
    },
    { key: 'savings', value: cost.savings, detail: d.savings(count(cost.contained)), drill: drillOf('bot_only') },
  ];
}

export function costFigureTable(figure: CostFigure, currency: string, t: Messages, locale: Locale): DataTable {
  const c = t.cost.columns;
  return {
    columns: [c.metric, c.value, c.detail],
    rows: [[t.cost.figures[figure.key], formatMoney(figure.value, currency, locale), figure.detail]],
  };
}

/** A channel narrows the view to itself and lists its closed conversations, over which its cost is spread. */
export function costChannelDrill(cost: CostAnswer, index: number): { channel: string; drill: Drill } | null {
  const row = cost.channels[index];
  return row ? { channel: row.channel, drill: drillOf('closed') } : null;
}

export function costChannelTable(cost: CostAnswer, t: Messages, locale: Locale): DataTable {
  const c = t.cost.channels;
  const money = (v: number | null) => formatMoney(v, cost.currency, locale);
  return {
    columns: [
      c.channel,
      c.closed,
      c.contained,
      c.agentMinutes,
      c.total,
      c.perContact,
      c.perResolution,
      c.humanPerContact,
      c.savings,
    ],
    rows: cost.channels.map((ch) => [
      channelLabel(ch.channel, t),
      ch.closed,
      ch.contained,
      Math.round(ch.agent_minutes),
      money(ch.total),
      money(ch.cost_per_contact),
      money(ch.cost_per_resolution),
      money(ch.human_cost_per_contact),
      money(ch.savings),
    ]),
  };
}
