import type { Aggregate } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

const PATHS = ['csat_bot_only', 'csat_handed_off', 'csat_human_only'] as const;
export type CsatPath = (typeof PATHS)[number];

export interface CsatRow {
  path: CsatPath;
  value: number | null;
  satisfied: number;
  responses: number;
  /** Like a rate card: the responses, with a tab for those scoring 4–5. */
  drill: Drill;
}

export function csatRows(a: Aggregate): CsatRow[] {
  return PATHS.map((path) => ({
    path,
    value: a.rates[path].value,
    satisfied: a.rates[path].numerator,
    responses: a.rates[path].denominator,
    drill: drillOf(path, 'denominator'),
  }));
}

export function csatOption(rows: CsatRow[], t: Messages, locale: Locale): ChartOption {
  const labels = t.charts.csat;
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'category', data: rows.map((r) => labels.paths[r.path]), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => formatRate(v, locale) } },
    series: [
      {
        name: labels.rate,
        type: 'bar',
        barMaxWidth: 64,
        // A path without responses has no bar at all rather than a bar at zero.
        data: rows.map((r) => r.value ?? '-'),
        itemStyle: { color: PALETTE.rate },
        label: {
          show: true,
          position: 'top',
          formatter: ({ dataIndex }) => {
            const row = rows[dataIndex]!;
            return `${formatRate(row.value, locale)}\nn = ${formatInteger(row.responses, locale)}`;
          },
        },
        tooltip: { valueFormatter: (v) => formatRate(typeof v === 'number' ? v : null, locale) },
      },
    ],
  };
}

export function csatTable(rows: CsatRow[], t: Messages, locale: Locale): DataTable {
  const labels = t.charts.csat;
  return {
    columns: [labels.path, labels.rate, labels.responses],
    rows: rows.map((r) => [labels.paths[r.path], formatRate(r.value, locale), r.responses]),
  };
}
