import type { ResultBucket } from '../../api/qa-types.js';
import type { Granularity } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatBucket } from '../../format/buckets.js';
import { formatInteger, formatInterval, formatScore, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

export interface TrendRow {
  bucket: string;
  reviews: number;
  mean: number | null;
  interval: [number, number] | null;
}

/** Every bucket of the window (`buckets`), with any the service named besides; a bucket without reviews has no mean. */
export function trendRows(trend: ResultBucket[], buckets: string[]): TrendRow[] {
  const byBucket = new Map(trend.map((b) => [b.bucket, b]));
  return [...new Set([...buckets, ...byBucket.keys()])].sort().map((bucket) => {
    const b = byBucket.get(bucket);
    return { bucket, reviews: b?.reviews ?? 0, mean: b?.mean_score ?? null, interval: b?.mean_ci ?? null };
  });
}

/**
 * The mean score per bucket as a line over a band for its 95 % interval. The band is two stacked
 * series: its lower bound, not drawn, and the interval's width on top of it, filled.
 */
export function trendOption(rows: TrendRow[], granularity: Granularity, t: Messages, locale: Locale): ChartOption {
  const labels = t.qa.results.trend;
  const none = { opacity: 0 };
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.mean, labels.interval] },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const row = rows[(Array.isArray(params) ? params[0] : params)?.dataIndex ?? -1];
        if (!row) return '';
        return [
          formatBucket(row.bucket, granularity, t, locale),
          `${labels.mean}: ${formatScore(row.mean, locale)}`,
          `${labels.interval}: ${formatInterval(row.interval, formatScore, locale)}`,
          `${labels.reviews}: ${formatInteger(row.reviews, locale)}`,
        ].join('<br/>');
      },
    },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.bucket),
      axisLabel: { hideOverlap: true, formatter: (b: string) => formatBucket(b, granularity, t, locale) },
    },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: (v: number) => formatInteger(v, locale) } },
    series: [
      {
        name: `${labels.interval} (low)`,
        type: 'line',
        stack: 'interval',
        data: rows.map((r) => r.interval?.[0] ?? '-'),
        lineStyle: none,
        symbol: 'none',
        silent: true,
      },
      {
        name: labels.interval,
        type: 'line',
        stack: 'interval',
        data: rows.map((r) => (r.interval ? r.interval[1] - r.interval[0] : '-')),
        lineStyle: none,
        symbol: 'none',
        silent: true,
        itemStyle: { color: PALETTE.bot },
        areaStyle: { color: PALETTE.bot, opacity: 0.18 },
      },
      {
        name: labels.mean,
        type: 'line',
        data: rows.map((r) => r.mean ?? '-'),
        connectNulls: false,
        symbolSize: 7,
        itemStyle: { color: PALETTE.bot },
      },
    ],
  };
}

export function trendTable(rows: TrendRow[], granularity: Granularity, t: Messages, locale: Locale): DataTable {
  const labels = t.qa.results;
  return {
    columns: [
      labels.trend.bucket[granularity],
      labels.trend.reviews,
      labels.trend.mean,
      labels.columns.low,
      labels.columns.high,
    ],
    rows: rows.map((r) => [
      granularity === 'month' ? r.bucket.slice(0, 7) : r.bucket,
      r.reviews,
      formatScore(r.mean, locale),
      r.interval ? formatScore(r.interval[0], locale) : null,
      r.interval ? formatScore(r.interval[1], locale) : null,
    ]),
  };
}
