import { z } from 'zod';

export const CRITERION_SCALES = ['yes_no', 'one_to_five'] as const;
export type CriterionScale = (typeof CRITERION_SCALES)[number];

/** Who a scorecard is for: conversations the bot handled alone, or ones an agent took part in. */
export const SCORECARD_SUBJECTS = ['bot', 'human'] as const;

const criterionSchema = z.object({
  key: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower-case letters, digits and underscores, starting with a letter'),
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500).default(''),
  weight: z.number().positive().max(100),
  scale: z.enum(CRITERION_SCALES),
  auto_fail: z.boolean().default(false),
});

/** What an editor sends: a scorecard's content, without its identity or version. */
export const scorecardContentSchema = z.object({
  name: z.string().trim().min(1).max(120),
  applies_to: z.enum(SCORECARD_SUBJECTS),
  pass_mark: z.number().min(0).max(100).default(80),
  criteria: z
    .array(criterionSchema)
    .min(1)
    .max(40)
    .superRefine((criteria, ctx) => {
      const seen = new Set<string>();
      criteria.forEach((c, i) => {
        if (seen.has(c.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `${c.key} is used twice` });
        seen.add(c.key);
      });
    }),
});

export type Criterion = z.output<typeof criterionSchema>;
export type ScorecardContent = z.output<typeof scorecardContentSchema>;

export interface Scorecard extends ScorecardContent {
  scorecard_id: string;
  version: number;
  created_by: string;
  created_at: string;
}
