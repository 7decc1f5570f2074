import { z } from 'zod';
import { STRATUM_DIMENSIONS } from './candidate.js';

/** What each risk factor adds to a base weight of 1 (docs/qa.md). */
export const DEFAULT_RISK_WEIGHTS = {
  low_csat: 4,
  negative_sentiment: 2,
  long_handle: 1,
  escalation: 1,
  recontact: 2,
} as const;

export type RiskFactor = keyof typeof DEFAULT_RISK_WEIGHTS;

const weight = z.number().min(0).max(100);

/** How to draw from a population: the part of a sample spec that does not say which conversations are in it. */
export const samplePlanSchema = z
  .object({
    size: z.number().int().min(1).max(5000).optional(),
    stratify_by: z
      .array(z.enum(STRATUM_DIMENSIONS))
      .max(3)
      .refine((d) => new Set(d).size === d.length, 'names a dimension twice')
      .default([]),
    allocation: z
      .union([z.enum(['proportional', 'equal']), z.object({ per_stratum: z.number().int().min(1).max(1000) })])
      .default('proportional'),
    weighting: z.enum(['uniform', 'risk']).default('uniform'),
    risk_weights: z
      .object({
        low_csat: weight,
        negative_sentiment: weight,
        long_handle: weight,
        escalation: weight,
        recontact: weight,
      })
      .partial()
      .optional(),
  })
  .superRefine((plan, ctx) => {
    if (plan.size === undefined && typeof plan.allocation === 'string') {
      ctx.addIssue({
        code: 'custom',
        path: ['size'],
        message: 'is required unless the allocation is a quota per stratum ({ "per_stratum": n })',
      });
    }
  });

export type SamplePlan = z.output<typeof samplePlanSchema>;
