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

/** Only scenarios can be drilled into: the service filters by scenario, but has no filter by intent. */
const drillable = (breakdown: ReasonBreakdown) => breakdown.by === 'scenario';

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
      cursor: drillable(breakdown) ? 'pointer' : 'default',
      data: s.counts,
      itemStyle: { color: reasonColour(s.reason) },
      tooltip: count,
    })),
  };
}

/** Narrowing the view to a scenario, then listing its escalations (of one reason, for a bar's segment). */
export interface ScenarioDrill {
  scenario: string;
  drill: Drill;
}

export function reasonBreakdownDrill(
  breakdown: ReasonBreakdown,
  source: ReasonSource,
  seriesIndex: number | null,
  dataIndex: number,
): ScenarioDrill | null {
  const key = breakdown.keys[dataIndex];
  if (!drillable(breakdown) || key === undefined || key === null) return null;
  if (seriesIndex === null) return { scenario: key, drill: drillOf('handed_off') };
  const series = breakdown.series[seriesIndex];
  if (!series) return null;
  return {
    scenario: key,
    drill: drillOf('handed_off', 'numerator', { reason: { source, code: reasonKey(series.reason) } }),
  };
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
