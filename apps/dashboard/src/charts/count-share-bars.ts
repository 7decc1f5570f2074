import { formatInteger, formatRate, type Locale } from '../format/numbers.js';
import type { ChartOption } from './echarts.js';

export interface CountShareBar {
  label: string;
  count: number;
  share: number | null;
}

/** Horizontal bars, largest at the top as given, each labelled with its count and its share. */
export function countShareBarsOption(
  bars: CountShareBar[],
  series: { name: string; color: string },
  locale: Locale,
): ChartOption {
  return {
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      minInterval: 1,
      splitNumber: 3,
      axisLabel: { hideOverlap: true, formatter: (n: number) => formatInteger(n, locale) },
    },
    yAxis: { type: 'category', inverse: true, data: bars.map((b) => b.label) },
    series: [
      {
        name: series.name,
        type: 'bar',
        data: bars.map((b) => b.count),
        itemStyle: { color: series.color },
        label: {
          show: true,
          position: 'right',
          formatter: ({ dataIndex }) => {
            const bar = bars[dataIndex]!;
            return `${formatInteger(bar.count, locale)} · ${formatRate(bar.share, locale)}`;
          },
        },
        tooltip: { valueFormatter: (v) => formatInteger(v as number, locale) },
      },
    ],
  };
}
