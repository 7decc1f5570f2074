import type { Granularity, ReasonBucket, ReasonSource } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatBucket } from '../../format/buckets.js';
import { formatInteger, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { reasonColour, reasonKey, reasonLabel } from '../reasons/reason-labels.js';
import { keyTotals, legendRoom, stackByReason, type ReasonSeries } from '../reasons/stack-by-reason.js';

export interface ReasonTrend {
  granularity: Granularity;
  buckets: string[];
  series: ReasonSeries[];
  totals: number[];
}

/** Every bucket of the window (`buckets`), with any the service named besides, each split by reason. */
export function reasonTrend(rows: ReasonBucket[], buckets: string[], granularity: Granularity): ReasonTrend {
  const all = [...new Set([...buckets, ...rows.map((r) => r.bucket)])].sort();
  const series = stackByReason(
    rows.map((r) => ({ key: r.bucket, reason: r.reason, conversations: r.conversations })),
    all,
  );
  return { granularity, buckets: all, series, totals: keyTotals(series, all) };
}

export function reasonTrendOption(trend: ReasonTrend, t: Messages, locale: Locale): ChartOption {
  const count = { valueFormatter: (v: unknown) => formatInteger(v as number, locale) };
  return {
    grid: { left: 8, right: 16, top: 16, bottom: legendRoom(trend.series.length), containLabel: true },
    legend: { bottom: 0, data: trend.series.map((s) => reasonLabel(s.reason, t)) },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: trend.buckets,
      axisLabel: { hideOverlap: true, formatter: (b: string) => formatBucket(b, trend.granularity, t, locale) },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (n: number) => formatInteger(n, locale) } },
    series: trend.series.map((s) => ({
      name: reasonLabel(s.reason, t),
      type: 'bar',
      stack: 'reasons',
      data: s.counts,
      itemStyle: { color: reasonColour(s.reason) },
      tooltip: count,
    })),
  };
}

/** A cell lists one reason's escalations of one bucket, in the trend's grain. */
export function reasonTrendDrill(
  trend: ReasonTrend,
  source: ReasonSource,
  seriesIndex: number,
  dataIndex: number,
): Drill | null {
  const series = trend.series[seriesIndex];
  const bucket = trend.buckets[dataIndex];
  if (!series || !bucket) return null;
  return drillOf('handed_off', 'numerator', {
    bucket,
    granularity: trend.granularity,
    reason: { source, code: reasonKey(series.reason) },
  });
}

/** A row of the table lists all escalations of its bucket. */
export function reasonTrendRowDrill(trend: ReasonTrend, index: number): Drill | null {
  const bucket = trend.buckets[index];
  return bucket ? drillOf('handed_off', 'numerator', { bucket, granularity: trend.granularity }) : null;
}

export function reasonTrendTable(trend: ReasonTrend, t: Messages): DataTable {
  const labels = t.escalations.trend;
  return {
    columns: [
      labels.bucketColumn[trend.granularity],
      ...trend.series.map((s) => reasonLabel(s.reason, t)),
      labels.total,
    ],
    rows: trend.buckets.map((b, i) => [
      trend.granularity === 'month' ? b.slice(0, 7) : b,
      ...trend.series.map((s) => s.counts[i]!),
      trend.totals[i]!,
    ]),
  };
}
