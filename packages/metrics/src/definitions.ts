import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Database, EngineFunctions } from '@tandem/store';

// Constants of a definition are SQL literals, not parameters, so the SQL reads as the definition
// does and the engine plans with the constants. Values from a request stay parameters.

/** Everything a predicate may depend on besides the row. */
export interface DefinitionContext {
  fn: EngineFunctions;
  recontactHours: number;
}

type Eb = ExpressionBuilder<Database, 'conversations'>;
export type Predicate = (eb: Eb, ctx: DefinitionContext) => Expression<SqlBool>;

const closed: Predicate = (eb) => eb('closed_at', 'is not', null);
const open: Predicate = (eb) => eb('closed_at', 'is', null);
const botInvolved: Predicate = (eb, ctx) => eb.and([closed(eb, ctx), eb('bot_messages', '>', eb.lit(0))]);
const handedOffByBot: Predicate = (eb, ctx) => eb.and([botInvolved(eb, ctx), eb('handoff_count', '>', eb.lit(0))]);
const botOnly: Predicate = (eb, ctx) => eb.and([botInvolved(eb, ctx), eb('handoff_count', '=', eb.lit(0))]);
const humanOnly: Predicate = (eb, ctx) => eb.and([closed(eb, ctx), eb('bot_messages', '=', eb.lit(0))]);
const recontacted: Predicate = (eb, ctx) =>
  eb.and([
    closed(eb, ctx),
    // Spelled out so that "no next conversation" is false, never NULL, and negates cleanly.
    eb('recontact_gap_ms', 'is not', null),
    eb('recontact_gap_ms', '<=', ctx.recontactHours * 3_600_000),
  ]);
const notRecontacted: Predicate = (eb, ctx) => eb.and([closed(eb, ctx), eb.not(recontacted(eb, ctx))]);
const withCsat: Predicate = (eb, ctx) => eb.and([closed(eb, ctx), eb('csat_score', 'is not', null)]);
const satisfied: Predicate = (eb, ctx) => eb.and([closed(eb, ctx), eb('csat_score', '>=', eb.lit(4))]);
const abandoned: Predicate = (eb, ctx) => eb.and([closed(eb, ctx), eb('outcome', '=', sql.lit('abandoned'))]);
const waitedInVain: Predicate = (eb) =>
  eb.and([eb('handoff_count', '>', eb.lit(0)), eb('first_agent_after_handoff_at', 'is', null)]);

const both =
  (...parts: Predicate[]): Predicate =>
  (eb, ctx) =>
    eb.and(parts.map((p) => p(eb, ctx)));

const contextPassed: Predicate = (eb, ctx) => eb.and([handedOffByBot(eb, ctx), eb('context_passed', '=', true)]);
const contextNotPassed: Predicate = (eb, ctx) => eb.and([handedOffByBot(eb, ctx), eb('context_passed', '=', false)]);
/** An agent wrote after the handoff: only then could they ask again. */
const agentReplied: Predicate = (eb, ctx) =>
  eb.and([handedOffByBot(eb, ctx), eb('first_agent_after_handoff_at', 'is not', null)]);
const repeatAsked: Predicate = (eb, ctx) =>
  eb.and([agentReplied(eb, ctx), ctx.fn.arrayNotEmpty(eb.ref('repeat_ask_slots'))]);

/** The segments of docs/metrics.md, by name; drill-downs and exports address them this way. */
export const SEGMENTS = {
  conversations: (eb) => eb.lit(true).$castTo<SqlBool>(),
  closed,
  open,
  /** Any conversation with a bot message, open or closed: the bot's share of volume. */
  with_bot: (eb) => eb('bot_messages', '>', eb.lit(0)),
  /** Its complement: no bot message, open or closed. */
  without_bot: (eb) => eb('bot_messages', '=', eb.lit(0)),
  bot_involved: botInvolved,
  handed_off: handedOffByBot,
  bot_only: botOnly,
  human_only: humanOnly,
  recontacted,
  /** Handoff quality (docs/metrics.md): the handed-off conversations on either side of each rate. */
  context_passed: contextPassed,
  context_not_passed: contextNotPassed,
  agent_replied: agentReplied,
  repeat_asked: repeatAsked,
  /** Handed off by the bot and abandoned before any agent wrote. */
  abandoned_waiting: (eb, ctx) => eb.and([handedOffByBot(eb, ctx), abandoned(eb, ctx), waitedInVain(eb, ctx)]),
  /** Closed with the outcome `resolved`, whoever resolved it: what cost per resolution divides by. */
  resolved: (eb, ctx) => eb.and([closed(eb, ctx), eb('outcome', '=', sql.lit('resolved'))]),
} satisfies Record<string, Predicate>;

export interface RateDefinition {
  numerator: Predicate;
  denominator: Predicate;
}

/** Every rate of DESIGN §2 that needs no sentiment or cost settings, exactly as docs/metrics.md states. */
export const RATES = {
  bot_involvement: { numerator: botInvolved, denominator: closed },
  containment: { numerator: botOnly, denominator: botInvolved },
  assumed_resolution: {
    numerator: both(botOnly, (eb) => eb('outcome', '=', sql.lit('resolved'))),
    denominator: botInvolved,
  },
  confirmed_resolution: { numerator: both(botOnly, satisfied), denominator: botInvolved },
  durable_containment: { numerator: both(botOnly, notRecontacted), denominator: botInvolved },
  false_containment: { numerator: both(botOnly, recontacted), denominator: botOnly },
  escalation_rate: { numerator: handedOffByBot, denominator: botInvolved },
  abandonment: { numerator: abandoned, denominator: closed },
  csat: { numerator: satisfied, denominator: withCsat },
  csat_response_rate: { numerator: withCsat, denominator: closed },
  first_contact_resolution: { numerator: notRecontacted, denominator: closed },
  csat_bot_only: { numerator: both(botOnly, satisfied), denominator: both(botOnly, withCsat) },
  csat_handed_off: { numerator: both(handedOffByBot, satisfied), denominator: both(handedOffByBot, withCsat) },
  csat_human_only: { numerator: both(humanOnly, satisfied), denominator: both(humanOnly, withCsat) },
} satisfies Record<string, RateDefinition>;
export type RateName = keyof typeof RATES;
export const RATE_NAMES = Object.keys(RATES) as RateName[];

/** Parts of abandonment; they partition its numerator. */
export const ABANDONMENT_PARTS = {
  with_bot: both(abandoned, botOnly),
  while_waiting: both(abandoned, waitedInVain),
  after_agent: (eb, ctx) => eb.and([abandoned(eb, ctx), eb.not(botOnly(eb, ctx)), eb.not(waitedInVain(eb, ctx))]),
} satisfies Record<string, Predicate>;
export type AbandonmentPart = keyof typeof ABANDONMENT_PARTS;

export interface DurationDefinition {
  /** A facts column holding the duration in milliseconds, null where its end point never happened. */
  column: 'first_response_ms' | 'time_to_human_ms' | 'handle_ms';
}

/** Durations over closed conversations where both ends happened (docs/metrics.md). */
export const DURATIONS = {
  first_response_time: { column: 'first_response_ms' },
  time_to_human: { column: 'time_to_human_ms' },
  handle_time: { column: 'handle_ms' },
} satisfies Record<string, DurationDefinition>;
export type DurationName = keyof typeof DURATIONS;
export const DURATION_NAMES = Object.keys(DURATIONS) as DurationName[];

export const durationMeasured =
  (d: DurationDefinition): Predicate =>
  (eb, ctx) =>
    eb.and([closed(eb, ctx), eb(d.column, 'is not', null)]);
