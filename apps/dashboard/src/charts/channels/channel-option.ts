import type { BreakdownGroup } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { countShareBarsOption } from '../count-share-bars.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

export interface ChannelRow {
  channel: string;
  conversations: number;
  share: number | null;
}

/** Channels largest first, as the breakdown returns them, each with its share of all conversations. */
export function channelRows(groups: BreakdownGroup[]): ChannelRow[] {
  const total = groups.reduce((sum, g) => sum + g.conversations.total, 0);
  return groups.map((g) => ({
    channel: g.key ?? 'other',
    conversations: g.conversations.total,
    share: total === 0 ? null : g.conversations.total / total,
  }));
}

export function channelLabel(channel: string, t: Messages): string {
  return t.values.channel[channel] ?? channel;
}

export function channelOption(rows: ChannelRow[], t: Messages, locale: Locale): ChartOption {
  return countShareBarsOption(
    rows.map((r) => ({ label: channelLabel(r.channel, t), count: r.conversations, share: r.share })),
    { name: t.charts.channels.conversations, color: PALETTE.bot },
    locale,
  );
}

export function channelTable(rows: ChannelRow[], t: Messages, locale: Locale): DataTable {
  const labels = t.charts.channels;
  return {
    columns: [labels.channel, labels.conversations, labels.share],
    rows: rows.map((r) => [channelLabel(r.channel, t), r.conversations, formatRate(r.share, locale)]),
  };
}
