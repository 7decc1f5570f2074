import { z } from 'zod';
import { CHANNELS } from './enums.js';

/** DESIGN §6: work a bot should carry, work for a competent human, and work that needs empathy. */
export const SCENARIO_CLASSES = ['high_freq_low_complexity', 'low_freq_high_complexity', 'emotional'] as const;
export type ScenarioClass = (typeof SCENARIO_CLASSES)[number];

const seconds = z
  .number()
  .positive()
  .max(7 * 86_400);
const money = z.number().min(0).max(1_000_000);
const share = z.number().min(0).max(1);
const key = z.string().trim().min(1).max(256);

const slaTargets = z.object({ first_response_seconds: seconds, time_to_human_seconds: seconds });
const channelCosts = z.object({ bot_per_conversation: money, agent_per_minute: money });

/** Targets of one scenario class; a target left out is not judged. */
const classTargets = z
  .object({
    containment_min: share,
    csat_min: share,
    escalation_max: share,
    time_to_human_p90_max_seconds: seconds,
    sentiment_delta_min: z.number().min(-2).max(2),
  })
  .partial();

export const workspaceSettingsSchema = z.object({
  /** Service levels: first response and time to human, per queue, else the default. */
  sla: z
    .object({
      default: slaTargets.default({ first_response_seconds: 60, time_to_human_seconds: 120 }),
      queues: z.record(key, slaTargets.partial()).default({}),
    })
    .default({ default: { first_response_seconds: 60, time_to_human_seconds: 120 }, queues: {} }),
  /** What service costs, per channel, else the default: a bot conversation, and an agent minute. */
  costs: z
    .object({
      currency: z.string().trim().length(3).default('CNY'),
      default: channelCosts.default({ bot_per_conversation: 0.5, agent_per_minute: 2 }),
      channels: z.partialRecord(z.enum(CHANNELS), channelCosts.partial()).default({}),
    })
    .default({ currency: 'CNY', default: { bot_per_conversation: 0.5, agent_per_minute: 2 }, channels: {} }),
  /**
   * Which class each scenario or intent belongs to: a scenario key is an exact name or a prefix ending
   * in `*` (`ecommerce.*`); intents (the bot's first) are looked at when the scenario says nothing.
   */
  scenario_classes: z
    .object({
      scenarios: z.record(key, z.enum(SCENARIO_CLASSES)).default({}),
      intents: z.record(key, z.enum(SCENARIO_CLASSES)).default({}),
      targets: z.partialRecord(z.enum(SCENARIO_CLASSES), classTargets).default({}),
    })
    .default({ scenarios: {}, intents: {}, targets: {} }),
  /** Where the automation-opportunity matrix draws its lines. */
  automation: z
    .object({ containment_target: share.default(0.7), csat_target: share.default(0.8) })
    .default({ containment_target: 0.7, csat_target: 0.8 }),
});

export type WorkspaceSettings = z.output<typeof workspaceSettingsSchema>;
export type WorkspaceSettingsInput = z.input<typeof workspaceSettingsSchema>;

export const DEFAULT_SETTINGS: WorkspaceSettings = workspaceSettingsSchema.parse({});
