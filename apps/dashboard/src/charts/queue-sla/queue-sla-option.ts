import type { QueueHandoff, Ratio } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatDuration, formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

/** The p90 is the median's lighter shade; the target a dark mark that reads over both. */
const P90_COLOUR = '#F3CF7F';
const TARGET_COLOUR = '#1F2937';

/** Columns of the table that browser tests read by name. */
export const QUEUE_TABLE_PARTS = {
  1: 'handed_off',
  2: 'median',
  3: 'p90',
  4: 'target',
  5: 'time_to_human_sla',
  6: 'first_response_target',
  7: 'first_response_sla',
} as const;

function queueLabel(queue: string | null, t: Messages): string {
  return queue ?? t.handoff.queues.noQueue;
}

/** Whole minutes or hours between ticks, whatever the longest bar: "1.7 min" is no tick anyone reads. */
const TICKS = [15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 14_400];

export function durationTicks(longest: number): number {
  return TICKS.find((step) => longest / step <= 6) ?? Math.ceil(longest / 6 / 3600) * 3600;
}

function attainment(r: Ratio, locale: Locale): string {
  return `${formatRate(r.value, locale)} (${formatInteger(r.numerator, locale)} / ${formatInteger(r.denominator, locale)})`;
}

/** Time to human per queue, largest queue first as the service orders them, each against its own target. */
export function queueOption(queues: QueueHandoff[], t: Messages, locale: Locale): ChartOption {
  const labels = t.handoff.queues;
  const duration = (v: unknown) => formatDuration(typeof v === 'number' ? v : null, locale);
  const longest = Math.max(1, ...queues.flatMap((q) => [q.time_to_human.p90 ?? 0, q.time_to_human_target_seconds]));
  return {
    grid: { left: 8, right: 112, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, data: [labels.median, labels.p90, labels.target] },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'value',
      min: 0,
      interval: durationTicks(longest),
      axisLabel: { hideOverlap: true, formatter: (s: number) => formatDuration(s, locale) },
    },
    yAxis: { type: 'category', inverse: true, data: queues.map((q) => queueLabel(q.queue, t)) },
    series: [
      {
        name: labels.median,
        type: 'bar',
        // A queue nobody answered has no bar rather than one at zero.
        data: queues.map((q) => q.time_to_human.median ?? '-'),
        itemStyle: { color: PALETTE.human },
        tooltip: { valueFormatter: duration },
      },
      {
        name: labels.p90,
        type: 'bar',
        data: queues.map((q) => q.time_to_human.p90 ?? '-'),
        itemStyle: { color: P90_COLOUR },
        label: {
          show: true,
          position: 'right',
          formatter: ({ dataIndex }) => labels.sla(formatRate(queues[dataIndex]!.time_to_human_sla.value, locale)),
        },
        tooltip: { valueFormatter: duration },
      },
      {
        name: labels.target,
        type: 'scatter',
        // Targets differ by queue, so each bar gets its own mark instead of one line across the chart.
        data: queues.map((q, i) => [q.time_to_human_target_seconds, i]),
        symbol: 'rect',
        symbolSize: [4, 28],
        itemStyle: { color: TARGET_COLOUR },
        z: 3,
        tooltip: { valueFormatter: duration },
      },
    ],
  };
}

/** A queue narrows the view to itself and lists its handoffs; conversations without a queue cannot be filtered on. */
export function queueDrill(queues: QueueHandoff[], index: number): { queue: string; drill: Drill } | null {
  const queue = queues[index]?.queue;
  return queue ? { queue, drill: drillOf('handed_off') } : null;
}

export function queueTable(queues: QueueHandoff[], t: Messages, locale: Locale): DataTable {
  const labels = t.handoff.queues;
  return {
    columns: [
      labels.queue,
      labels.handedOff,
      labels.median,
      labels.p90,
      labels.target,
      labels.timeToHumanSla,
      labels.firstResponseTarget,
      labels.firstResponseSla,
    ],
    rows: queues.map((q) => [
      queueLabel(q.queue, t),
      q.handed_off,
      formatDuration(q.time_to_human.median, locale),
      formatDuration(q.time_to_human.p90, locale),
      formatDuration(q.time_to_human_target_seconds, locale),
      attainment(q.time_to_human_sla, locale),
      formatDuration(q.first_response_target_seconds, locale),
      attainment(q.first_response_sla, locale),
    ]),
  };
}
