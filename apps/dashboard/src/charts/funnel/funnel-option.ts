import type { Aggregate } from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { PALETTE } from '../palette.js';

export type FunnelStepKey = keyof Messages['charts']['funnel']['steps'];

export interface FunnelStep {
  key: FunnelStepKey;
  count: number;
  /** Share of the bot-involved conversations; none for the closed step above them. */
  ofBotInvolved: number | null;
  drill: Drill;
}

/** The outcome ladder of DESIGN §2, each step a subset of the one before it. */
export function funnelSteps(a: Aggregate): FunnelStep[] {
  const involved = a.rates.containment.denominator;
  const share = (n: number) => (involved === 0 ? null : n / involved);
  const steps: [FunnelStepKey, number, Drill][] = [
    ['bot_involved', involved, drillOf('bot_involved')],
    ['contained', a.rates.containment.numerator, drillOf('containment', 'numerator')],
    ['assumed_resolution', a.rates.assumed_resolution.numerator, drillOf('assumed_resolution', 'numerator')],
    ['confirmed_resolution', a.rates.confirmed_resolution.numerator, drillOf('confirmed_resolution', 'numerator')],
    ['durable_containment', a.rates.durable_containment.numerator, drillOf('durable_containment', 'numerator')],
  ];
  return [
    { key: 'closed', count: a.conversations.closed, ofBotInvolved: null, drill: drillOf('closed') },
    ...steps.map(([key, count, drill]) => ({ key, count, ofBotInvolved: share(count), drill })),
  ];
}

export function funnelOption(steps: FunnelStep[], t: Messages, locale: Locale): ChartOption {
  const labels = t.charts.funnel.steps;
  const max = Math.max(1, ...steps.map((s) => s.count));
  return {
    tooltip: { trigger: 'item' },
    series: [
      {
        name: t.charts.funnel.title,
        type: 'funnel',
        sort: 'none',
        min: 0,
        max,
        minSize: '12%',
        // The funnel keeps the left half; labels sit to its right, where narrow steps cannot clip them.
        left: 8,
        width: '48%',
        top: 8,
        bottom: 8,
        gap: 2,
        color: [PALETTE.human, PALETTE.bot, PALETTE.bot, PALETTE.rate, PALETTE.rate, PALETTE.rate],
        labelLine: { show: true, length: 8 },
        label: {
          position: 'right',
          color: '#0f172a',
          lineHeight: 15,
          formatter: ({ dataIndex }) => {
            const step = steps[dataIndex]!;
            const share = step.ofBotInvolved === null ? '' : ` · ${formatRate(step.ofBotInvolved, locale)}`;
            return `${labels[step.key]}\n${formatInteger(step.count, locale)}${share}`;
          },
        },
        tooltip: { valueFormatter: (v) => formatInteger(v as number, locale) },
        data: steps.map((s) => ({ name: labels[s.key], value: s.count })),
      },
    ],
  };
}

export function funnelTable(steps: FunnelStep[], t: Messages, locale: Locale): DataTable {
  const labels = t.charts.funnel;
  return {
    columns: [labels.step, labels.count, labels.ofBotInvolved],
    rows: steps.map((s) => [
      labels.steps[s.key],
      s.count,
      s.ofBotInvolved === null ? null : formatRate(s.ofBotInvolved, locale),
    ]),
  };
}
