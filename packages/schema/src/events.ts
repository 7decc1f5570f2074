import { z } from 'zod';
import { AUTHORS, CHANNELS, ESCALATION_REASONS, FEEDBACK_KINDS, OUTCOMES, RESOLVERS, STARTERS } from './enums.js';
import { id, optionalLabel, text } from './fields.js';
import { timestamp } from './timestamp.js';

/** Fields of each event type beyond the common envelope (DESIGN §1.1). */
export const EVENT_FIELDS = {
  'conversation.started': {
    channel: z.enum(CHANNELS),
    customer_id: optionalLabel,
    locale: optionalLabel,
    scenario: optionalLabel,
    queue: optionalLabel,
    brand: optionalLabel,
    started_by: z.enum(STARTERS).nullish(),
  },
  message: {
    message_id: id,
    author: z.enum(AUTHORS),
    author_id: optionalLabel,
    text,
    intent: optionalLabel,
    confidence: z.number().min(0).max(1).nullish(),
    fallback: z.boolean().nullish(),
    sentiment: z.number().min(-1).max(1).nullish(),
  },
  handoff: {
    from: optionalLabel,
    to_queue: optionalLabel,
    reason: z.enum(ESCALATION_REASONS).nullish(),
    reason_text: text.nullish(),
    bot_intent: optionalLabel,
    context_passed: z.boolean().nullish(),
  },
  'agent.joined': {
    agent_id: id,
    team: optionalLabel,
  },
  'conversation.closed': {
    outcome: z.enum(OUTCOMES),
    resolved_by: z.enum(RESOLVERS).nullish(),
    disposition: optionalLabel,
  },
  csat: {
    score: z.number().int('must be a whole number from 1 to 5').min(1).max(5),
    comment: text.nullish(),
  },
  feedback: {
    agent_id: id,
    kind: z.enum(FEEDBACK_KINDS),
    correct_intent: optionalLabel,
    message_id: optionalLabel,
    note: text.nullish(),
  },
} as const;

export interface SchemaOptions {
  /** The receiving clock, in epoch milliseconds; bounds how far in the future `ts` may be. */
  now?: () => number;
}

function envelope(now: () => number) {
  return { event_id: id, conversation_id: id, ts: timestamp(now) };
}

export function createEventSchema(options: SchemaOptions = {}) {
  const base = envelope(options.now ?? Date.now);
  const f = EVENT_FIELDS;
  return z.discriminatedUnion('type', [
    z.object({ ...base, type: z.literal('conversation.started'), ...f['conversation.started'] }),
    z.object({ ...base, type: z.literal('message'), ...f.message }),
    z.object({ ...base, type: z.literal('handoff'), ...f.handoff }),
    z.object({ ...base, type: z.literal('agent.joined'), ...f['agent.joined'] }),
    z.object({ ...base, type: z.literal('conversation.closed'), ...f['conversation.closed'] }),
    z.object({ ...base, type: z.literal('csat'), ...f.csat }),
    z.object({ ...base, type: z.literal('feedback'), ...f.feedback }),
  ]);
}

export type TandemEvent = z.output<ReturnType<typeof createEventSchema>>;
export type EventOf<T extends TandemEvent['type']> = Extract<TandemEvent, { type: T }>;

const ENVELOPE_KEYS = new Set(['event_id', 'type', 'conversation_id', 'ts']);

/** Keys a client sent that the contract does not name; they are kept as attributes. */
export function extraFields(input: Record<string, unknown>): Record<string, unknown> | null {
  const type = input['type'];
  const known: Record<string, unknown> =
    typeof type === 'string' && Object.hasOwn(EVENT_FIELDS, type)
      ? EVENT_FIELDS[type as keyof typeof EVENT_FIELDS]
      : {};
  let extras: Record<string, unknown> | null = null;
  for (const key of Object.keys(input)) {
    if (ENVELOPE_KEYS.has(key) || Object.hasOwn(known, key)) continue;
    extras ??= {};
    extras[key] = input[key];
  }
  return extras;
}
