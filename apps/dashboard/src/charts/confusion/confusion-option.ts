import { NO_BOT_INTENT, type ConfusionCell } from '../../api/suggestion-types.js';
import type { DataTable } from '../../export/data-table.js';
import { formatInteger, type Locale } from '../../format/numbers.js';
import type { Messages } from '../../i18n/en.js';
import type { ChartOption } from '../echarts.js';
import { escapeHtml } from '../escape-html.js';
import { cellKey, heatMatrixOption } from '../heat-matrix.js';

export interface ConfusionMatrix {
  /** The bot's intents, top to bottom: the same order as the columns, "none recognised" last. */
  rows: string[];
  /** The agents' intents, left to right. */
  columns: string[];
  /** `cellKey(column, row)` → conversations. */
  counts: Map<string, number>;
  /** The service's cells in the matrix's order: row by row, then column by column. */
  cells: ConfusionCell[];
  max: number;
}

/**
 * Both axes take the intents in one order, so the cells where the bot was right run down the
 * diagonal: first the intents both sides named, then those only the agents named (columns) or only
 * the bot (rows); "none recognised" is a row only, and comes last.
 */
export function confusionMatrix(cells: ConfusionCell[]): ConfusionMatrix {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const bot = new Set(cells.map((c) => c.bot_intent).filter((i) => i !== NO_BOT_INTENT));
  const agent = new Set(cells.map((c) => c.agent_intent));
  const both = [...bot].filter((i) => agent.has(i)).sort(byText);
  const rows = [...both, ...[...bot].filter((i) => !agent.has(i)).sort(byText)];
  const columns = [...both, ...[...agent].filter((i) => !bot.has(i)).sort(byText)];
  if (cells.some((c) => c.bot_intent === NO_BOT_INTENT)) rows.push(NO_BOT_INTENT);
  const at = (c: ConfusionCell): [number, number] => [columns.indexOf(c.agent_intent), rows.indexOf(c.bot_intent)];
  const ordered = [...cells].sort((a, b) => at(a)[1] - at(b)[1] || at(a)[0] - at(b)[0]);
  const counts = new Map(ordered.map((c) => [cellKey(...at(c)), c.conversations]));
  return { rows, columns, counts, cells: ordered, max: Math.max(1, ...cells.map((c) => c.conversations)) };
}

/** The bot recognised the intent the agent resolved. */
const right = (c: { bot_intent: string; agent_intent: string }) =>
  c.bot_intent !== NO_BOT_INTENT && c.bot_intent === c.agent_intent;

export function botIntentLabel(intent: string, t: Messages): string {
  return intent === NO_BOT_INTENT ? t.suggestions.confusion.none : intent;
}

export function confusionOption(matrix: ConfusionMatrix, t: Messages, locale: Locale): ChartOption {
  const labels = t.suggestions.confusion;
  const rows = matrix.rows.map((i) => botIntentLabel(i, t));
  return heatMatrixOption(
    { rows, columns: matrix.columns, counts: matrix.counts, max: matrix.max },
    {
      name: labels.title,
      framed: (x, y) => right({ bot_intent: matrix.rows[y] ?? '', agent_intent: matrix.columns[x] ?? '' }),
      tooltip: (x, y, count) =>
        `${labels.rows}: ${escapeHtml(rows[y] ?? '')}<br>${labels.columns}: ${escapeHtml(matrix.columns[x] ?? '')}` +
        `<br>${labels.conversations}: ${formatInteger(count, locale)}`,
      locale,
      rowLabelWidth: 180,
    },
  );
}

/** Every pair that occurred, in the matrix's order, and whether the bot was right. */
export function confusionTable(matrix: ConfusionMatrix, t: Messages): DataTable {
  const labels = t.suggestions.confusion;
  return {
    columns: [labels.rows, labels.columns, labels.conversations, labels.right],
    rows: matrix.cells.map((c) => [
      botIntentLabel(c.bot_intent, t),
      c.agent_intent,
      c.conversations,
      right(c) ? labels.yes : labels.no,
    ]),
  };
}

/** The table's hooks: each row names its pair. */
export function confusionRowData(matrix: ConfusionMatrix): (index: number) => Record<`data-${string}`, string> {
  return (i) => ({
    'data-bot-intent': matrix.cells[i]?.bot_intent ?? '',
    'data-agent-intent': matrix.cells[i]?.agent_intent ?? '',
  });
}
