import type { HandoffQuality } from '../api/types.js';
import { HANDOFF_CARD_DRILLS } from '../drill/drill-tabs.js';
import type { DataTable } from '../export/data-table.js';
import { formatInteger, formatRate, formatSentiment, type Locale } from '../format/numbers.js';
import type { Messages } from '../i18n/en.js';
import { drillOf, type Drill } from '../state/view-params.js';

export const HANDOFF_KPI_KEYS = ['context_passed', 'repeat_ask', 'abandoned_while_waiting', 'sentiment'] as const;
type HandoffKpiKey = (typeof HANDOFF_KPI_KEYS)[number];

/** One card of the handoff page, every number the API's. */
export interface HandoffKpi {
  key: HandoffKpiKey;
  /** A rate as a fraction; for sentiment, the change after − before (null unless both are known). */
  value: number | null;
  numerator: number;
  denominator: number;
  /** Sentiment only: the means either side of the handoff. */
  before: number | null;
  after: number | null;
}

export function handoffKpis(q: HandoffQuality): HandoffKpi[] {
  const rate = (key: Exclude<HandoffKpiKey, 'sentiment'>): HandoffKpi => ({
    key,
    value: q[key].value,
    numerator: q[key].numerator,
    denominator: q[key].denominator,
    before: null,
    after: null,
  });
  const { count, before, after } = q.sentiment;
  return [
    rate('context_passed'),
    rate('repeat_ask'),
    rate('abandoned_while_waiting'),
    {
      key: 'sentiment',
      value: before === null || after === null ? null : after - before,
      // Conversations with a sentiment on both sides, out of all handoffs.
      numerator: count,
      denominator: q.handed_off,
      before,
      after,
    },
  ];
}

/**
 * What a card opens. A rate opens its denominator, as the overview's cards do, with a tab for the
 * numerator; context passed, whose denominator is no one list, opens its passed side. Sentiment,
 * whose numerator no segment holds, lists the handoffs it is over (its denominator).
 */
export function handoffKpiDrill(key: HandoffKpiKey): Drill {
  if (key === 'sentiment') return drillOf('handed_off');
  const [numerator, other] = HANDOFF_CARD_DRILLS[key];
  const side = key === 'context_passed' ? numerator : other;
  return drillOf(side.metric, side.part);
}

export function handoffKpiValue(kpi: HandoffKpi, locale: Locale): string {
  return kpi.key === 'sentiment'
    ? `${formatSentiment(kpi.before, locale)} → ${formatSentiment(kpi.after, locale)}`
    : formatRate(kpi.value, locale);
}

export function handoffKpiFraction(kpi: HandoffKpi, locale: Locale): string {
  return `${formatInteger(kpi.numerator, locale)} / ${formatInteger(kpi.denominator, locale)}`;
}

/** A card's CSV: what it shows, the fraction as two counts. */
export function handoffKpiTable(kpi: HandoffKpi, t: Messages, locale: Locale): DataTable {
  const c = t.kpi.columns;
  return {
    columns: [c.metric, c.value, c.numerator, c.denominator],
    rows: [[t.handoff.kpis[kpi.key], handoffKpiValue(kpi, locale), kpi.numerator, kpi.denominator]],
  };
}
