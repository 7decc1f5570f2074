import type { DataTable } from '../export/data-table.js';
import type { Locale } from '../format/numbers.js';
import type { Messages } from '../i18n/en.js';
import type { KpiCard } from './kpi-cards.js';
import { formatKpiChange, formatKpiValue } from './kpi-format.js';

/** A card's CSV: one row with what the card shows, the fraction of a rate included. */
export function kpiTable(card: KpiCard, t: Messages, locale: Locale): DataTable {
  const c = t.kpi.columns;
  return {
    columns: [c.metric, c.value, c.numerator, c.denominator, c.previous, c.change],
    rows: [
      [
        t.kpi.labels[card.key],
        formatKpiValue(card.kind, card.value, locale),
        card.numerator,
        card.denominator,
        formatKpiValue(card.kind, card.previous, locale),
        formatKpiChange(card, t, locale),
      ],
    ],
  };
}
