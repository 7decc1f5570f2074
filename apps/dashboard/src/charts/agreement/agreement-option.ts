import type { AgreementCell } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, MISSING, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';
import { compareReasons, reasonLabel } from '../reasons/reason-labels.js';

export interface AgreementMatrix {
  /** The reasons either source gave, in the same order on both axes, so agreement is the diagonal. */
  reasons: (string | null)[];
  /** [column (b), row (a)] → escalations; pairs that never occurred are absent. */
  counts: Map<string, number>;
  cells: AgreementCell[];
  max: number;
}

const at = (x: number, y: number) => `${x}:${y}`;

export function agreementMatrix(cells: AgreementCell[]): AgreementMatrix {
  const reasons = [...new Set(cells.flatMap((c) => [c.a, c.b]))].sort(compareReasons);
  const counts = new Map(cells.map((c) => [at(reasons.indexOf(c.b), reasons.indexOf(c.a)), c.conversations]));
  return { reasons, counts, cells, max: Math.max(1, ...cells.map((c) => c.conversations)) };
}

/** Both named a reason and it is the same one: what the agreement rate counts. */
const agrees = (a: string | null, b: string | null) => a !== null && a === b;

export function agreementOption(
  matrix: AgreementMatrix,
  a: string,
  b: string,
  t: Messages,
  locale: Locale,
): ChartOption {
  const names = matrix.reasons.map((r) => reasonLabel(r, t));
  const data = matrix.reasons.flatMap((row, y) =>
    matrix.reasons.map((column, x) => {
      const count = matrix.counts.get(at(x, y));
      return {
        value: [x, y, count ?? '-'],
        // The diagonal is where the two sources agree; a heavy frame marks it even in empty cells.
        itemStyle: agrees(row, column)
          ? { borderColor: '#0f172a', borderWidth: 2 }
          : { borderColor: '#fff', borderWidth: 1 },
        label: { color: (count ?? 0) > matrix.max / 2 ? '#fff' : '#0f172a' },
      };
    }),
  );
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        // Cells are listed row by row, so the index gives the row (a) and the column (b).
        const index = (p as { dataIndex: number }).dataIndex;
        const [y, x] = [Math.floor(index / names.length), index % names.length];
        const count = matrix.counts.get(at(x, y)) ?? 0;
        return `${a}: ${names[y]}<br>${b}: ${names[x]}<br>${t.escalations.escalations}: ${formatInteger(count, locale)}`;
      },
    },
    // The sources are named by the two selects above the chart and in the tooltip, not on the axes.
    xAxis: {
      type: 'category',
      data: names,
      axisLabel: { interval: 0, rotate: 45, width: 110, overflow: 'truncate' },
      splitArea: { show: true },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: names,
      axisLabel: { width: 160, overflow: 'truncate' },
      splitArea: { show: true },
    },
    visualMap: {
      type: 'continuous',
      show: false,
      min: 0,
      max: matrix.max,
      inRange: { color: [PALETTE.heatLow, PALETTE.heatHigh] },
    },
    series: [
      {
        name: t.escalations.agreement.title,
        type: 'heatmap',
        // No drill-down: a cell is a pair of sources' reasons, which no selection of the service can name.
        cursor: 'default',
        data,
        label: {
          show: true,
          formatter: ({ value }) => {
            const count = (value as unknown[])[2];
            return typeof count === 'number' ? formatInteger(count, locale) : '';
          },
        },
      },
    ],
  };
}

export function agreementTable(matrix: AgreementMatrix, a: string, b: string, t: Messages): DataTable {
  const labels = t.escalations.agreement;
  const ordered = [...matrix.cells].sort((x, y) => compareReasons(x.a, y.a) || compareReasons(x.b, y.b));
  return {
    columns: [a, b, t.escalations.escalations, labels.same],
    rows: ordered.map((c) => [
      reasonLabel(c.a, t),
      reasonLabel(c.b, t),
      c.conversations,
      c.a === null || c.b === null ? MISSING : agrees(c.a, c.b) ? labels.yes : labels.no,
    ]),
  };
}
