import {
  formatDuration,
  formatInteger,
  formatPointChange,
  formatRate,
  formatRelativeChange,
  type Locale,
} from '../format/numbers.js';
import type { Messages } from '../i18n/en.js';
import type { KpiCard, KpiKind } from './kpi-cards.js';

export function formatKpiValue(kind: KpiKind, value: number | null, locale: Locale): string {
  if (kind === 'rate') return formatRate(value, locale);
  if (kind === 'duration') return formatDuration(value, locale);
  return formatInteger(value, locale);
}

export function formatKpiChange(card: KpiCard, t: Messages, locale: Locale): string {
  return card.kind === 'rate'
    ? formatPointChange(card.change, locale, t.kpi.points)
    : formatRelativeChange(card.change, locale);
}
