import type { TimeseriesBucket } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatDay } from '../../format/instants.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

export interface VolumeRow {
  day: string;
  total: number;
  withBot: number;
  withoutBot: number;
  containment: number | null;
}

/** One row per day of the window; a day the API left out had no conversations. */
export function volumeRows(buckets: TimeseriesBucket[], days: string[]): VolumeRow[] {
  const byDay = new Map(buckets.map((b) => [b.bucket, b]));
  return days.map((day) => {
    const b = byDay.get(day);
    if (!b) return { day, total: 0, withBot: 0, withoutBot: 0, containment: null };
    const { total, with_bot } = b.conversations;
    return { day, total, withBot: with_bot, withoutBot: total - with_bot, containment: b.rates.containment.value };
  });
}

const SERIES = ['withBot', 'withoutBot', 'containment'] as const;

export function volumeOption(rows: VolumeRow[], t: Messages, locale: Locale): ChartOption {
  const labels = t.charts.volume;
  return {
    grid: { left: 48, right: 56, top: 40, bottom: 32 },
    legend: { top: 0, data: [labels.withBot, labels.withoutBot, labels.containment] },
    tooltip: { trigger: 'axis' },
    xAxis: {
      type: 'category',
      data: rows.map((r) => r.day),
      axisLabel: { formatter: (day: string) => formatDay(day, locale) },
    },
    yAxis: [
      { type: 'value', minInterval: 1, axisLabel: { formatter: (n: number) => formatInteger(n, locale) } },
      {
        type: 'value',
        min: 0,
        max: 1,
        splitLine: { show: false },
        axisLabel: { formatter: (v: number) => formatRate(v, locale) },
      },
    ],
    series: [
      {
        name: labels.withBot,
        type: 'bar',
        stack: 'volume',
        data: rows.map((r) => r.withBot),
        itemStyle: { color: PALETTE.bot },
        tooltip: { valueFormatter: (v) => formatInteger(v as number, locale) },
      },
      {
        name: labels.withoutBot,
        type: 'bar',
        stack: 'volume',
        data: rows.map((r) => r.withoutBot),
        itemStyle: { color: PALETTE.human },
        tooltip: { valueFormatter: (v) => formatInteger(v as number, locale) },
      },
      {
        name: labels.containment,
        type: 'line',
        yAxisIndex: 1,
        connectNulls: false,
        data: rows.map((r) => r.containment),
        itemStyle: { color: PALETTE.rate },
        tooltip: { valueFormatter: (v) => formatRate(typeof v === 'number' ? v : null, locale) },
      },
    ],
  };
}

/**
 * The bot's bar lists that day's conversations with the bot; the other bar has no segment of its
 * own, so it lists all of the day; the containment point lists the day's containment denominator.
 */
export function volumeDrill(rows: VolumeRow[], seriesIndex: number, dataIndex: number): Drill | null {
  const row = rows[dataIndex];
  const series = SERIES[seriesIndex];
  if (!row || !series) return null;
  if (series === 'withBot') return drillOf('with_bot', 'numerator', { bucket: row.day });
  if (series === 'withoutBot') return drillOf('without_bot', 'numerator', { bucket: row.day });
  return drillOf('containment', 'denominator', { bucket: row.day });
}

export function volumeTable(rows: VolumeRow[], t: Messages, locale: Locale): DataTable {
  const labels = t.charts.volume;
  return {
    columns: [t.charts.day, labels.withBot, labels.withoutBot, labels.total, labels.containment],
    rows: rows.map((r) => [r.day, r.withBot, r.withoutBot, r.total, formatRate(r.containment, locale)]),
  };
}
