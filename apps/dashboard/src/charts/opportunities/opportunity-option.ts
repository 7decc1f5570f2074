import {
  RECOMMENDATIONS,
  type IntentOpportunity,
  type Recommendation,
  type ScenarioClass,
  type WorkspaceSettings,
} from '../../api/types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, formatRate, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import { drillOf, type Drill } from '../../state/view-params.js';
import type { ChartOption } from '../echarts.js';
import { escapeHtml } from '../escape-html.js';
import { PALETTE } from '../palette.js';

/** Okabe–Ito again: what the bot can take is green, the bot's work blue, the humans' orange. */
const RECOMMENDATION_COLOURS: Record<Recommendation, string> = {
  automate: PALETTE.rate,
  improve_bot: PALETTE.bot,
  keep_with_humans: PALETTE.human,
};

export type AutomationTargets = WorkspaceSettings['automation'];

const MIN_BUBBLE = 8;
const MAX_BUBBLE = 48;

/** Bubble diameter by volume; the area, not the diameter, grows with it, so big intents do not swamp the rest. */
export function bubbleSize(volume: number, largest: number): number {
  return largest <= 0 ? MIN_BUBBLE : MIN_BUBBLE + (MAX_BUBBLE - MIN_BUBBLE) * Math.sqrt(volume / largest);
}

/** Intents the matrix can place: a bot-only CSAT is needed for the vertical axis. */
export function placedIntents(intents: IntentOpportunity[]): IntentOpportunity[] {
  return intents.filter((i) => i.containment.value !== null && i.csat_bot_only.value !== null);
}

function classLabel(cls: ScenarioClass | null, t: Messages): string {
  return t.scenarios.classes[cls ?? 'none'];
}

export function opportunityOption(
  intents: IntentOpportunity[],
  targets: AutomationTargets | null,
  t: Messages,
  locale: Locale,
): ChartOption {
  const labels = t.scenarios.matrix;
  const placed = placedIntents(intents);
  const largest = Math.max(0, ...placed.map((i) => i.volume));
  const axis = (name: string) =>
    ({
      type: 'value',
      name,
      nameLocation: 'middle',
      min: 0,
      max: 1,
      interval: 0.25,
      axisLabel: { formatter: (v: number) => formatRate(v, locale) },
    }) as const;
  return {
    // Room on the right for the labels of intents the bot nearly always contains.
    grid: { left: 56, right: 96, top: 40, bottom: 56 },
    legend: { top: 0, data: RECOMMENDATIONS.map((r) => labels.recommendations[r]) },
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const i = placed[(p as { value: number[] }).value[3]!]!;
        return [
          `<strong>${escapeHtml(i.intent)}</strong>`,
          `${labels.class}: ${classLabel(i.scenario_class, t)}`,
          `${labels.volume}: ${formatInteger(i.volume, locale)}`,
          `${labels.containment}: ${formatRate(i.containment.value, locale)}`,
          `${labels.csat}: ${formatRate(i.csat_bot_only.value, locale)} (n = ${formatInteger(i.csat_bot_only.denominator, locale)})`,
          `${labels.recommendation}: ${labels.recommendations[i.recommendation]}`,
        ].join('<br>');
      },
    },
    xAxis: { ...axis(labels.containment), nameGap: 28 },
    yAxis: { ...axis(labels.csat), nameGap: 44 },
    series: [
      ...RECOMMENDATIONS.map((r) => ({
        name: labels.recommendations[r],
        type: 'scatter' as const,
        // The fourth value points back into `placed`, for the tooltip.
        data: placed.flatMap((i, index) =>
          i.recommendation === r ? [[i.containment.value!, i.csat_bot_only.value!, i.volume, index]] : [],
        ),
        symbolSize: (value: number[]) => bubbleSize(value[2]!, largest),
        cursor: 'pointer',
        itemStyle: { color: RECOMMENDATION_COLOURS[r], opacity: 0.75, borderColor: '#fff', borderWidth: 1 },
        label: {
          show: true,
          position: 'right' as const,
          fontSize: 11,
          color: '#334155',
          formatter: (p: { value: unknown }) => placed[(p.value as number[])[3]!]!.intent,
        },
        labelLayout: { hideOverlap: true },
      })),
      // The automation thresholds of the settings, on a series of their own so that they show even
      // when no intent falls in one recommendation.
      {
        name: 'targets',
        type: 'scatter',
        data: [],
        silent: true,
        markLine: targets
          ? {
              symbol: 'none',
              silent: true,
              lineStyle: { type: 'dashed', color: PALETTE.axis },
              label: { color: PALETTE.axis },
              data: [
                {
                  xAxis: targets.containment_target,
                  label: {
                    formatter: labels.containmentTarget(formatRate(targets.containment_target, locale)),
                    position: 'end',
                  },
                },
                {
                  yAxis: targets.csat_target,
                  label: {
                    formatter: labels.csatTarget(formatRate(targets.csat_target, locale)),
                    position: 'insideStartTop',
                  },
                },
              ],
            }
          : undefined,
      },
    ],
  };
}

/**
 * An intent's conversations: its volume is containment's denominator (closed, bot involved, this
 * first intent), so the list opens there and its tabs count contained / volume as the row does.
 * The intent narrows only the drill-down: the filter bar has no intents to offer.
 */
export function opportunityDrill(intent: string): Drill {
  return drillOf('containment', 'denominator', { intent });
}

/** The intent of a bubble a click landed on (its fourth value points into the placed intents). */
export function clickedIntent(intents: IntentOpportunity[], value: unknown): string | null {
  const index = Array.isArray(value) ? value[3] : undefined;
  return typeof index === 'number' ? (placedIntents(intents)[index]?.intent ?? null) : null;
}

/** Columns of the intent table that browser tests read by name. */
export const OPPORTUNITY_TABLE_PARTS = {
  1: 'class',
  2: 'volume',
  3: 'contained',
  4: 'containment',
  5: 'csat',
  6: 'responses',
  7: 'recommendation',
} as const;

/** Every intent, placed on the matrix or not, most volume first as the service orders them. */
export function opportunityTable(intents: IntentOpportunity[], t: Messages, locale: Locale): DataTable {
  const labels = t.scenarios.matrix;
  return {
    columns: [
      labels.intent,
      labels.class,
      labels.volume,
      labels.contained,
      labels.containment,
      labels.csat,
      labels.responses,
      labels.recommendation,
    ],
    rows: intents.map((i) => [
      i.intent,
      classLabel(i.scenario_class, t),
      i.volume,
      i.containment.numerator,
      formatRate(i.containment.value, locale),
      formatRate(i.csat_bot_only.value, locale),
      i.csat_bot_only.denominator,
      labels.recommendations[i.recommendation],
    ]),
  };
}
