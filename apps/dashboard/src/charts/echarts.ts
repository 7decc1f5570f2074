import type {
  BarSeriesOption,
  FunnelSeriesOption,
  HeatmapSeriesOption,
  LineSeriesOption,
  ScatterSeriesOption,
} from 'echarts/charts';
import { BarChart, FunnelChart, HeatmapChart, LineChart } from 'echarts/charts';
import type {
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapContinuousComponent } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import { init, registerTheme, use, type ECharts } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { PALETTE } from './palette.js';

// Only what the overview draws is registered here, so the first page carries no other chart type;
// the pages loaded on demand register the rest themselves (scatter.ts).
use([
  BarChart,
  LineChart,
  FunnelChart,
  HeatmapChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | FunnelSeriesOption
  | HeatmapSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | VisualMapComponentOption
>;

const THEME = 'tandem';
registerTheme(THEME, {
  color: [PALETTE.bot, PALETTE.human, PALETTE.rate, PALETTE.accent],
  textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", "PingFang SC", "Noto Sans CJK SC", sans-serif' },
  backgroundColor: 'transparent',
});

export function createChart(node: HTMLElement): ECharts {
  return init(node, THEME, { renderer: 'canvas' });
}
