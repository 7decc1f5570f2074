import { messageSentiment } from '@tandem/sentiment';
import type { EventRow } from '@tandem/store';

/**
 * Scores a customer message that arrived without sentiment. Upstream sentiment is kept as sent and
 * preferred; the customer's messages are the ones whose feeling the metrics follow (docs/metrics.md).
 */
export function withSentiment(row: EventRow): EventRow {
  if (row.type !== 'message' || row.author !== 'customer' || row.sentiment !== null || !row.text) return row;
  const score = messageSentiment(row.text, row.locale);
  if (score === null) return row;
  row.sentiment = score;
  row.sentiment_source = 'model';
  return row;
}
