import {
  REASON_SOURCES,
  reasonPredicate,
  SELECTABLE_METRICS,
  selectionPredicate,
  type ConversationSelection,
  type Predicate,
  type ReasonSource,
} from '@tandem/metrics';
import { SCENARIO_CLASSES, type ScenarioClass } from '@tandem/schema';
import { z } from 'zod';
import { invalidQuery, invalidQueryOf } from '../../http/invalid-query.js';

const schema = z.object({
  metric: z.string().default('conversations'),
  part: z.enum(['numerator', 'denominator']).default('numerator'),
  bucket: z.iso.date({ error: 'must be a date, YYYY-MM-DD (the first day of the bucket)' }).optional(),
  weekday: z.coerce.number().int().min(1).max(7).optional(),
  hour: z.coerce.number().int().min(0).max(23).optional(),
  reason_source: z
    .enum(Object.keys(REASON_SOURCES) as [ReasonSource, ...ReasonSource[]], {
      error: `must be one of ${Object.keys(REASON_SOURCES).join(', ')}`,
    })
    .optional(),
  reason: z.string().min(1).optional(),
  scenario_class: z
    .enum([...SCENARIO_CLASSES, 'none'], { error: `must be one of ${[...SCENARIO_CLASSES, 'none'].join(', ')}` })
    .optional(),
  page: z.coerce.number().int().min(1).max(1_000_000).default(1),
  page_size: z.coerce.number().int().min(1).max(1000).default(50),
});

export interface SelectionParams {
  selection: ConversationSelection;
  /** A scenario class narrows further once the workspace's mapping is known (it lives in the settings). */
  scenarioClass: ScenarioClass | 'none' | undefined;
  page: number;
  pageSize: number;
}

/** Which conversations a drill-down or export is about: a metric's numerator or denominator, maybe one bucket. */
export function parseSelection(raw: unknown): SelectionParams {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw invalidQueryOf(parsed.error);
  const metric = selectionPredicate(parsed.data.metric, parsed.data.part);
  if (!metric) throw invalidQuery([{ path: 'metric', reason: `must be one of ${SELECTABLE_METRICS.join(', ')}` }]);
  const { reason, reason_source: source } = parsed.data;
  if ((reason === undefined) !== (source === undefined))
    throw invalidQuery([
      { path: reason === undefined ? 'reason' : 'reason_source', reason: 'reason and reason_source go together' },
    ]);
  // A reason narrows the metric to the escalations it accounts for (`none`: the source gave no reason).
  const byReason = reason !== undefined && source !== undefined ? reasonPredicate(source, reason) : null;
  const predicate: Predicate = byReason ? (eb, ctx) => eb.and([metric(eb, ctx), byReason(eb, ctx)]) : metric;
  return {
    selection: { predicate, bucket: parsed.data.bucket, weekday: parsed.data.weekday, hour: parsed.data.hour },
    page: parsed.data.page,
    pageSize: parsed.data.page_size,
    scenarioClass: parsed.data.scenario_class,
  };
}
