import type { HeatmapCell } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

export type HeatmapMeasure = 'volume' | 'botShare';

export interface HeatmapGridCell {
  /** ISO weekday, Monday = 1. */
  weekday: number;
  hour: number;
  conversations: number;
  withBot: number;
  /** with the bot / all; unknown for an hour without conversations. */
  botShare: number | null;
}

/** All 7 × 24 hours, Monday 00:00 first; the API leaves out hours without conversations. */
export function heatmapGrid(cells: HeatmapCell[]): HeatmapGridCell[] {
  const byKey = new Map(cells.map((c) => [`${c.weekday}:${c.hour}`, c]));
  const grid: HeatmapGridCell[] = [];
  for (let weekday = 1; weekday <= 7; weekday++) {
    for (let hour = 0; hour < 24; hour++) {
      const c = byKey.get(`${weekday}:${hour}`);
      const conversations = c?.conversations ?? 0;
      const withBot = c?.with_bot ?? 0;
      grid.push({
        weekday,
        hour,
        conversations,
        withBot,
        botShare: conversations === 0 ? null : withBot / conversations,
      });
    }
  }
  return grid;
}

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

export function heatmapOption(
  grid: HeatmapGridCell[],
  measure: HeatmapMeasure,
  t: Messages,
  locale: Locale,
): ChartOption {
  const labels = t.charts.heatmap;
  const value = (c: HeatmapGridCell) => (measure === 'volume' ? c.conversations : c.botShare);
  const format = (v: number | null) => (measure === 'volume' ? formatInteger(v, locale) : formatRate(v, locale));
  const max = measure === 'volume' ? Math.max(1, ...grid.map((c) => c.conversations)) : 1;
  return {
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const cell = grid[(p as { dataIndex: number }).dataIndex]!;
        return `${labels.weekdays[cell.weekday - 1]} ${hourLabel(cell.hour)}<br>${
          measure === 'volume' ? labels.conversations : labels.withBot
        }: ${format(value(cell))}`;
      },
    },
    xAxis: { type: 'category', data: Array.from({ length: 24 }, (_, h) => hourLabel(h)), splitArea: { show: true } },
    yAxis: { type: 'category', inverse: true, data: labels.weekdays, splitArea: { show: true } },
    visualMap: {
      type: 'continuous',
      min: 0,
      max,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      itemHeight: 160,
      text: [format(max), format(0)],
      inRange: { color: [PALETTE.heatLow, PALETTE.heatHigh] },
      formatter: (v) => format(v as number),
    },
    series: [
      {
        name: measure === 'volume' ? labels.volume : labels.botShare,
        type: 'heatmap',
        // '-' leaves an hour without conversations blank instead of colouring it as 0 % bot share.
        data: grid.map((c) => [c.hour, c.weekday - 1, value(c) ?? '-']),
        emphasis: { itemStyle: { borderColor: '#0f172a', borderWidth: 1 } },
      },
    ],
  };
}

/** Volume lists the hour's conversations; bot share lists those the bot took part in. */
export function heatmapDrill(grid: HeatmapGridCell[], measure: HeatmapMeasure, dataIndex: number): Drill | null {
  const cell = grid[dataIndex];
  if (!cell) return null;
  return drillOf(measure === 'volume' ? 'conversations' : 'with_bot', 'numerator', {
    weekday: cell.weekday,
    hour: cell.hour,
  });
}

export function heatmapTable(grid: HeatmapGridCell[], t: Messages, locale: Locale): DataTable {
  const labels = t.charts.heatmap;
  return {
    columns: [labels.weekday, labels.hour, labels.conversations, labels.withBot, labels.botShare],
    rows: grid.map((c) => [
      labels.weekdays[c.weekday - 1]!,
      hourLabel(c.hour),
      c.conversations,
      c.withBot,
      formatRate(c.botShare, locale),
    ]),
  };
}
