import { REASON_GROUPINGS, REASON_SOURCES, type ReasonGrouping, type ReasonSource } from '@tandem/metrics';
import { z } from 'zod';
import { invalidQueryOf } from '../../http/invalid-query.js';

export const REASON_SOURCE_NAMES = Object.keys(REASON_SOURCES) as [ReasonSource, ...ReasonSource[]];
export const REASON_GROUPING_NAMES = Object.keys(REASON_GROUPINGS) as [ReasonGrouping, ...ReasonGrouping[]];
const source = z.enum(REASON_SOURCE_NAMES, { error: `must be one of ${REASON_SOURCE_NAMES.join(', ')}` });

const schema = z.object({
  source: source.default('bot'),
  a: source.default('bot'),
  b: source.default('classifier'),
  by: z.enum(REASON_GROUPING_NAMES, { error: `must be one of ${REASON_GROUPING_NAMES.join(', ')}` }).default('intent'),
});

export type ReasonParams = z.output<typeof schema>;

/** Which reason source (or pair of sources) and grouping an escalation view is about. */
export function parseReasonParams(raw: unknown): ReasonParams {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalidQueryOf(parsed.error);
  return parsed.data;
}
