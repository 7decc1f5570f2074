import type { ReasonSource } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';
import type { ParetoRow } from '../reasons/pareto-option.js';
import { reasonKey, reasonLabel } from '../reasons/reason-labels.js';

export function reasonCsatOption(rows: ParetoRow[], t: Messages, locale: Locale): ChartOption {
  const labels = t.escalations.csat;
  return {
    grid: { left: 8, right: 112, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: {
      type: 'value',
      min: 0,
      max: 1,
      interval: 0.25,
      axisLabel: { hideOverlap: true, formatter: (v: number) => formatRate(v, locale) },
    },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => reasonLabel(r.reason, t)) },
    series: [
      {
        name: labels.rate,
        type: 'bar',
        // A reason without responses has no bar rather than one at zero; its label still says n = 0.
        data: rows.map((r) => r.csat.value ?? '-'),
        itemStyle: { color: PALETTE.rate },
        label: {
          show: true,
          position: 'right',
          formatter: ({ dataIndex }) => {
            const row = rows[dataIndex]!;
            return `${formatRate(row.csat.value, locale)} · n = ${formatInteger(row.csat.denominator, locale)}`;
          },
        },
        tooltip: { valueFormatter: (v) => formatRate(typeof v === 'number' ? v : null, locale) },
      },
    ],
  };
}

/** The CSAT responses of a reason's escalations, with a tab for those scoring 4–5. */
export function reasonCsatDrill(rows: ParetoRow[], source: ReasonSource, index: number): Drill | null {
  const row = rows[index];
  return row ? drillOf('csat', 'denominator', { reason: { source, code: reasonKey(row.reason) } }) : null;
}

export function reasonCsatTable(rows: ParetoRow[], t: Messages, locale: Locale): DataTable {
  const labels = t.escalations;
  return {
    columns: [labels.reason, labels.csat.rate, labels.csat.responses, labels.pareto.dissatisfied],
    rows: rows.map((r) => [
      reasonLabel(r.reason, t),
      formatRate(r.csat.value, locale),
      r.csat.denominator,
      r.dissatisfied,
    ]),
  };
}
