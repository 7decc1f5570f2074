import { QA_GROUPINGS, type QaGrouping } from '@tandem/metrics';
import { z } from 'zod';
import { invalidQueryOf } from '../http/invalid-query.js';

const schema = z.object({
  by: z.enum(QA_GROUPINGS).default('agent'),
  key: z.string().min(1).optional(),
  page: z.coerce.number().int().min(1).default(1),
  page_size: z.coerce.number().int().min(1).max(500).default(50),
});

export interface ResultsQuery {
  by: QaGrouping;
  key: string | undefined;
  page: number;
  page_size: number;
  /** The rest: the metrics API's window and filters. */
  metric: Record<string, unknown>;
}

/** The results parameters beside the metrics API's own, which its parser checks. */
export function parseResultsQuery(raw: Record<string, unknown>): ResultsQuery {
  const { by, key, page, page_size, ...metric } = raw;
  const parsed = schema.safeParse({ by, key, page, page_size });
  if (!parsed.success) {
    throw invalidQueryOf(parsed.error);
  }
  return { ...parsed.data, key: parsed.data.key, metric };
}
