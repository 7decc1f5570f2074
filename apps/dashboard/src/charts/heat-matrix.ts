import { formatInteger, type Locale } from '../format/numbers.js';
import type { ChartOption } from './echarts.js';
import { PALETTE } from './palette.js';

/** A count per pair of categories, drawn as a heatmap: rows down the side, columns across. */
export interface HeatMatrix {
  /** Row labels, top to bottom. */
  rows: string[];
  /** Column labels, left to right. */
  columns: string[];
  /** `cellKey(column, row)` → count; pairs that never occurred are absent. */
  counts: Map<string, number>;
  max: number;
}

export const cellKey = (x: number, y: number) => `${x}:${y}`;

export interface HeatMatrixStyle {
  /** The series' name. */
  name: string;
  /** Cells framed heavily, even when empty: where the two sides agree. */
  framed: (x: number, y: number) => boolean;
  /** The tooltip of a cell, as HTML (escape what comes from data). */
  tooltip: (x: number, y: number, count: number) => string;
  locale: Locale;
  /** Room for the row labels, in pixels. */
  rowLabelWidth?: number;
}

/**
 * The heatmap of a matrix (the escalations' agreement, the intent confusion): a continuous colour
 * scale, the count in each cell, the agreeing cells framed. No drill-down: a cell is a pair that no
 * selection of the service names.
 */
export function heatMatrixOption(matrix: HeatMatrix, style: HeatMatrixStyle): ChartOption {
  const { rows, columns, counts, max } = matrix;
  const data = rows.flatMap((_, y) =>
    columns.map((_, x) => {
      const count = counts.get(cellKey(x, y));
      return {
        value: [x, y, count ?? '-'],
        itemStyle: style.framed(x, y)
          ? { borderColor: '#0f172a', borderWidth: 2 }
          : { borderColor: '#fff', borderWidth: 1 },
        label: { color: (count ?? 0) > max / 2 ? '#fff' : '#0f172a' },
      };
    }),
  );
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        // Cells are listed row by row, so the index gives the row and the column.
        const index = (p as { dataIndex: number }).dataIndex;
        const [y, x] = [Math.floor(index / columns.length), index % columns.length];
        return style.tooltip(x, y, counts.get(cellKey(x, y)) ?? 0);
      },
    },
    xAxis: {
      type: 'category',
      data: columns,
      axisLabel: { interval: 0, rotate: 45, width: 110, overflow: 'truncate' },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows,
      axisLabel: { width: style.rowLabelWidth ?? 160, overflow: 'truncate' },
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      show: false,
      min: 0,
      max,
      inRange: { color: [PALETTE.heatLow, PALETTE.heatHigh] },
    },
    series: [
      {
        name: style.name,
        type: 'heatmap',
        cursor: 'default',
        data,
        label: {
          show: true,
          formatter: ({ value }) => {
            const count = (value as unknown[])[2];
            return typeof count === 'number' ? formatInteger(count, style.locale) : '';
          },
        },
      },
    ],
  };
}
