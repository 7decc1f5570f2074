import { FILTER_KEYS } from '@tandem/metrics';
import { samplePlanSchema, type SamplePlan } from '@tandem/qa';
import { toFieldErrors, type FieldError } from '@tandem/schema';
import { z } from 'zod';

const SEED_LIMIT = 2 ** 31 - 1;

/** Everything of a sample spec besides how to draw (the plan) and which days and filters (the query). */
const sampleMetaSchema = z.object({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(['review', 'calibration']).default('review'),
  exclude_reviewed: z.boolean().default(true),
  reviewers: z
    .array(z.string())
    .max(50)
    .refine((r) => new Set(r).size === r.length, 'names a reviewer twice')
    .default([]),
  scorecard_id: z.string().min(1).optional(),
  seed: z.number().int().min(0).max(SEED_LIMIT).optional(),
});

/** The window and filters, in the metrics API's own parameter names and with its defaults (the last 30 days). */
const windowSchema = z.object({
  from: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }).optional(),
  to: z.iso.date({ error: 'must be a date, YYYY-MM-DD' }).optional(),
  tz: z.string().optional(),
  ...Object.fromEntries(FILTER_KEYS.map((k) => [k, z.array(z.string()).optional()])),
});

export type SampleMeta = z.output<typeof sampleMetaSchema>;

export interface ParsedSampleSpec {
  meta: SampleMeta;
  plan: SamplePlan;
  /** The query parameters, for the metrics parser, which resolves the zone and checks the window. */
  window: Record<string, unknown>;
}

/** Validates a sample spec; the errors of all three parts at once, each with its field path. */
export function parseSampleSpec(value: unknown): ParsedSampleSpec | FieldError[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [{ path: '', reason: 'must be one JSON object (docs/qa.md shows a sample spec)' }];
  }
  const meta = sampleMetaSchema.safeParse(value);
  const plan = samplePlanSchema.safeParse(value);
  const window = windowSchema.safeParse(value);
  const errors = [meta, plan, window].flatMap((r) => (r.success ? [] : toFieldErrors(r.error, value)));
  // Checks across fields, made on the raw value so they are reported even when other fields are wrong
  // (zod skips an object's refinements once one of its fields fails).
  const raw = value as Record<string, unknown>;
  const reviewers = Array.isArray(raw['reviewers']) ? raw['reviewers'].length : 0;
  if (raw['kind'] === 'calibration' && reviewers < 2) {
    errors.push({ path: 'reviewers', reason: 'a calibration needs at least two reviewers' });
  }
  const quotaPerStratum = typeof raw['allocation'] === 'object' && raw['allocation'] !== null;
  if (raw['size'] === undefined && !quotaPerStratum && !errors.some((e) => e.path === 'size')) {
    errors.push({
      path: 'size',
      reason: 'is required unless the allocation is a quota per stratum ({ "per_stratum": n })',
    });
  }
  if (errors.length > 0 || !meta.success || !plan.success || !window.success) return errors;
  return { meta: meta.data, plan: plan.data, window: window.data };
}

export function randomSeed(): number {
  return Math.floor(Math.random() * SEED_LIMIT);
}
