import type { Suggestion } from '../types.js';
import { phrasesByIntent } from './training-phrases.js';

/** Header row: the intent's display name, then one training phrase. */
export const DIALOGFLOW_CSV_COLUMNS = ['intent', 'phrase'] as const;

/** RFC 4180 field: quoted, with quotes doubled, when it holds a quote, a comma or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Training phrases as CSV for Dialogflow ES: a header row `intent,phrase`, then one row per phrase
 * with the intent's display name and the phrase, CRLF line ends and RFC 4180 quoting, UTF-8 without
 * a byte-order mark. Dialogflow ES itself imports intents as agent ZIP or JSON files; this is the
 * two-column sheet bulk-upload tools turn into those (see docs/suggestions.md), and what a trainer
 * pastes from. Phrases are written as they are, so a spreadsheet may read one starting with `=`, `+`
 * or `@` as a formula: import the file as text.
 */
export function toDialogflowCsv(suggestions: readonly Suggestion[]): string {
  const rows = [DIALOGFLOW_CSV_COLUMNS.join(',')];
  for (const { intent, phrases } of phrasesByIntent(suggestions)) {
    for (const phrase of phrases) rows.push(`${csvField(intent)},${csvField(phrase)}`);
  }
  return rows.join('\r\n') + '\r\n';
}
