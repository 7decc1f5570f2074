import type { QaGrouping, ResultGroup } from '../api/qa-types.js';
import type { DataTable } from '../export/data-table.js';
import { formatInterval, formatRate, formatScore, type Locale } from '../format/numbers.js';
import type { Messages } from '../i18n/en.js';
import { groupLabel } from './group-label.js';

/** Columns of the group table that browser tests read by name. */
export const GROUP_TABLE_PARTS = {
  1: 'reviews',
  2: 'mean_score',
  3: 'mean_ci',
  4: 'pass_rate',
  5: 'pass_ci',
  6: 'fraction',
  7: 'auto_fails',
} as const;

/** One row per group with its intervals, as the table shows and the CSV holds it. */
export function groupTable(groups: ResultGroup[], by: QaGrouping, t: Messages, locale: Locale): DataTable {
  const labels = t.qa.results.groups;
  return {
    columns: [
      t.qa.groupings[by],
      labels.reviews,
      labels.mean,
      labels.interval,
      labels.passRate,
      labels.passInterval,
      labels.fraction,
      labels.autoFails,
    ],
    rows: groups.map((g) => [
      groupLabel(g.key, by, t),
      g.reviews,
      formatScore(g.mean_score, locale),
      formatInterval(g.mean_ci, formatScore, locale),
      formatRate(g.pass_rate.value, locale),
      formatInterval(g.pass_rate.ci, formatRate, locale),
      `${g.pass_rate.numerator} / ${g.pass_rate.denominator}`,
      g.auto_fails,
    ]),
  };
}

/** The overall figures of the cards, with their intervals and the pass rate's fraction. */
export function overallTable(overall: ResultGroup | null, t: Messages, locale: Locale): DataTable {
  const labels = t.qa.results;
  const o = overall;
  return {
    columns: [
      labels.columns.figure,
      labels.columns.value,
      labels.columns.low,
      labels.columns.high,
      labels.columns.numerator,
      labels.columns.denominator,
    ],
    rows: o
      ? [
          [labels.cards.reviews, o.reviews, null, null, null, null],
          [
            labels.cards.mean_score,
            formatScore(o.mean_score, locale),
            o.mean_ci ? formatScore(o.mean_ci[0], locale) : null,
            o.mean_ci ? formatScore(o.mean_ci[1], locale) : null,
            null,
            null,
          ],
          [
            labels.cards.pass_rate,
            formatRate(o.pass_rate.value, locale),
            o.pass_rate.ci ? formatRate(o.pass_rate.ci[0], locale) : null,
            o.pass_rate.ci ? formatRate(o.pass_rate.ci[1], locale) : null,
            o.pass_rate.numerator,
            o.pass_rate.denominator,
          ],
          [labels.cards.auto_fails, o.auto_fails, null, null, null, null],
        ]
      : [],
  };
}
