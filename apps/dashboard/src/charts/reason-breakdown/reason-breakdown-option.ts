import type { ReasonGroupRow, ReasonGrouping, ReasonSource } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { reasonColour, reasonKey, reasonLabel } from '../reasons/reason-labels.js';
import { keyTotals, legendRoom, stackByReason, type ReasonSeries } from '../reasons/stack-by-reason.js';

export const BREAKDOWN_LIMIT = 15;

export interface ReasonBreakdown {
  by: ReasonGrouping;
  /** The intents or scenarios with the most escalations, largest first. */
  keys: (string | null)[];
  /** How many there are in all, shown or not. */
  allKeys: number;
  series: ReasonSeries[];
  totals: number[];
}

export function reasonBreakdown(
  groups: ReasonGroupRow[],
  by: ReasonGrouping,
  limit = BREAKDOWN_LIMIT,
): ReasonBreakdown {
  const sums = new Map<string | null, number>();
  for (const g of groups) sums.set(g.key, (sums.get(g.key) ?? 0) + g.conversations);
  // Ties keep the service's order (its largest cell first), so the same data always draws the same way.
  const keys = [...sums]
    .map(([key, total], i) => ({ key, total, i }))
    .sort((x, y) => y.total - x.total || x.i - y.i)
    .slice(0, limit)
    .map((k) => k.key);
  const series = stackByReason(
    groups.map((g) => ({ key: g.key, reason: g.reason, conversations: g.conversations })),
    keys,
  );
  return { by, keys, allKeys: sums.size, series, totals: keyTotals(series, keys) };
}

export function breakdownKeyLabel(key: string | null, by: ReasonGrouping, t: Messages): string {
  return key ?? t.escalations.breakdown.noKey[by];
}

/**
 * Both groupings drill. "No intent" or "no scenario" is no value a filter can name, so those bars
 * do not.
 */
const drillable = (breakdown: ReasonBreakdown, key: string | null | undefined): key is string =>
  key !== undefined && key !== null;

export function reasonBreakdownOption(breakdown: ReasonBreakdown, t: Messages, locale: Locale): ChartOption {
  const count = { valueFormatter: (v: unknown) => formatInteger(v as number, locale) };
  return {
    grid: { left: 8, right: 16, top: 8, bottom: legendRoom(breakdown.series.length), containLabel: true },
    legend: { bottom: 0, data: breakdown.series.map((s) => reasonLabel(s.reason, t)) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      minInterval: 1,
      splitNumber: 4,
      axisLabel: { hideOverlap: true, formatter: (n: number) => formatInteger(n, locale) },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: breakdown.keys.map((k) => breakdownKeyLabel(k, breakdown.by, t)),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: breakdown.series.map((s) => ({
      name: reasonLabel(s.reason, t),
      type: 'bar',
      stack: 'reasons',
      cursor: breakdown.keys.some((k) => drillable(breakdown, k)) ? 'pointer' : 'default',
      data: s.counts,
      itemStyle: { color: reasonColour(s.reason) },
      tooltip: count,
    })),
  };
}

/**
 * What a bar (or a segment of it, one reason) lists. A scenario narrows the whole view to itself
 * (`scenario`, like a click on a channel); an intent, which the filter bar cannot offer, narrows
 * only the drill-down (`drill.intent`), so the list's total is the bar's either way.
 */
export interface BreakdownDrill {
  scenario: string | null;
  drill: Drill;
}

export function reasonBreakdownDrill(
  breakdown: ReasonBreakdown,
  source: ReasonSource,
  seriesIndex: number | null,
  dataIndex: number,
): BreakdownDrill | null {
  const key = breakdown.keys[dataIndex];
  if (!drillable(breakdown, key)) return null;
  const series = seriesIndex === null ? null : breakdown.series[seriesIndex];
  if (seriesIndex !== null && !series) return null;
  const at = {
    ...(series ? { reason: { source, code: reasonKey(series.reason) } } : {}),
    ...(breakdown.by === 'intent' ? { intent: key } : {}),
  };
  return { scenario: breakdown.by === 'scenario' ? key : null, drill: drillOf('handed_off', 'numerator', at) };
}

export function reasonBreakdownTable(breakdown: ReasonBreakdown, t: Messages): DataTable {
  const labels = t.escalations.breakdown;
  return {
    columns: [labels.groupings[breakdown.by], labels.total, ...breakdown.series.map((s) => reasonLabel(s.reason, t))],
    rows: breakdown.keys.map((k, i) => [
      breakdownKeyLabel(k, breakdown.by, t),
      breakdown.totals[i]!,
      ...breakdown.series.map((s) => s.counts[i]!),
    ]),
  };
}
