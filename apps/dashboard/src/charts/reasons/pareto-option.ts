import type { Ratio, ReasonRow, ReasonSource } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill, type ParetoSort } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { DISSATISFIED_COLOUR, PALETTE } from '../palette.js';
import { reasonKey, reasonLabel } from './reason-labels.js';

export interface ParetoRow {
  reason: string | null;
  conversations: number;
  dissatisfied: number;
  csat: Ratio;
  /** Of all escalations. */
  share: number | null;
  /** Running share of what the rows are sorted by: escalations, or dissatisfied responses. */
  cumulative: number | null;
}

const measure = (sort: ParetoSort) => (r: ReasonRow) => (sort === 'volume' ? r.conversations : r.dissatisfied);

/**
 * Reasons largest first by the chosen measure (ties by number of escalations, then as the service
 * listed them), each with its share and the running share that makes it a Pareto.
 */
export function paretoRows(reasons: ReasonRow[], sort: ParetoSort): ParetoRow[] {
  const value = measure(sort);
  const sorted = reasons
    .map((r, i) => ({ r, i }))
    .sort((x, y) => value(y.r) - value(x.r) || y.r.conversations - x.r.conversations || x.i - y.i)
    .map(({ r }) => r);
  const total = sorted.reduce((n, r) => n + r.conversations, 0);
  const measured = sorted.reduce((n, r) => n + value(r), 0);
  let running = 0;
  return sorted.map((r) => {
    running += value(r);
    return {
      reason: r.reason,
      conversations: r.conversations,
      dissatisfied: r.dissatisfied,
      csat: r.csat,
      share: total === 0 ? null : r.conversations / total,
      cumulative: measured === 0 ? null : running / measured,
    };
  });
}

export function paretoOption(rows: ParetoRow[], sort: ParetoSort, t: Messages, locale: Locale): ChartOption {
  const labels = t.escalations;
  const cumulative = sort === 'volume' ? labels.pareto.cumulative : labels.pareto.cumulativeDissatisfied;
  const count = { valueFormatter: (v: unknown) => formatInteger(v as number, locale) };
  return {
    grid: { left: 8, right: 32, top: 64, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.escalations, labels.pareto.dissatisfied, cumulative] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => reasonLabel(r.reason, t)) },
    xAxis: [
      {
        type: 'value',
        minInterval: 1,
        splitNumber: 4,
        axisLabel: { hideOverlap: true, formatter: (n: number) => formatInteger(n, locale) },
      },
      {
        type: 'value',
        position: 'top',
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatRate(v, locale) },
      },
    ],
    series: [
      {
        name: labels.escalations,
        type: 'bar',
        barGap: '-100%',
        data: rows.map((r) => r.conversations),
        itemStyle: { color: PALETTE.bot },
        label: { show: true, position: 'right', formatter: ({ value }) => formatInteger(value as number, locale) },
        tooltip: count,
      },
      {
        // Drawn over the escalations of the same reason: the part of the bar that left unhappy.
        name: labels.pareto.dissatisfied,
        type: 'bar',
        barGap: '-100%',
        z: 3,
        data: rows.map((r) => r.dissatisfied),
        itemStyle: { color: DISSATISFIED_COLOUR },
        tooltip: count,
      },
      {
        name: cumulative,
        type: 'line',
        xAxisIndex: 1,
        z: 4,
        data: rows.map((r) => r.cumulative ?? '-'),
        itemStyle: { color: PALETTE.axis },
        tooltip: { valueFormatter: (v) => formatRate(typeof v === 'number' ? v : null, locale) },
      },
    ],
  };
}

/** Whatever part of a reason's row is clicked, the list is that reason's escalations: the bar's count. */
export function paretoDrill(rows: ParetoRow[], source: ReasonSource, index: number): Drill | null {
  const row = rows[index];
  return row ? drillOf('handed_off', 'numerator', { reason: { source, code: reasonKey(row.reason) } }) : null;
}

/** The column whose cells carry `data-part="count"`: the number a drill-down's total must match. */
export const PARETO_COUNT_COLUMN = 1;

export function paretoTable(rows: ParetoRow[], sort: ParetoSort, t: Messages, locale: Locale): DataTable {
  const labels = t.escalations;
  return {
    columns: [
      labels.reason,
      labels.escalations,
      labels.pareto.share,
      labels.pareto.dissatisfied,
      sort === 'volume' ? labels.pareto.cumulative : labels.pareto.cumulativeDissatisfied,
    ],
    rows: rows.map((r) => [
      reasonLabel(r.reason, t),
      r.conversations,
      formatRate(r.share, locale),
      r.dissatisfied,
      formatRate(r.cumulative, locale),
    ]),
  };
}
