import type { FeedbackKind } from '@tandem/schema';
import type { ConversationTrace } from '../types.js';
import { botPhase, type BotPhase, type Reading } from './bot-phase.js';
import { truthOf, type Truth } from './truth.js';

/**
 * The bot did not contain and resolve it: never had it, handed it off, or it ended abandoned or
 * unresolved. The share of these is what a fix can win back.
 */
export function lostByBot(a: AnalysedTrace): boolean {
  return !a.botInvolved || a.handedOff || a.trace.outcome === 'abandoned' || a.trace.outcome === 'unresolved';
}

/** One conversation, read once for every detector. */
export interface AnalysedTrace {
  trace: ConversationTrace;
  phase: BotPhase;
  handedOff: boolean;
  /** The bot sent at least one message (DESIGN §2, bot-involved). */
  botInvolved: boolean;
  feedbackKinds: ReadonlySet<FeedbackKind>;
  truth: Truth | null;
  /** Utterances the bot read wrongly given `truth`: fallbacks, and (with feedback) other intents. */
  misreads: Reading[];
  /** Fallback utterances no one mapped to a known intent, or that agents flagged as `missing_intent`. */
  unmapped: Reading[];
  /** The intents the bot recognised before the handoff, in order, without repeats. */
  recognised: string[];
  /**
   * The intent the bot took the customer's request for: the first one it recognised that is not a
   * request for a person (`personRequestIntents`). Null when there is none.
   */
  topic: string | null;
}

/**
 * Decides what each conversation can teach. With feedback naming intent Y, the misreads of Y before
 * the handoff are the fallbacks, the utterances read as the intent the bot first took the request
 * for (when that is not Y), and any utterance the feedback points at; a later reading of another
 * intent (a request for a person, thanks) is not a misread. With only a disposition naming Y,
 * only fallbacks count, and only when the bot never recognised Y: a customer can raise a second matter
 * with the agent, so a disposition cannot say that a confident reading was wrong. `missing_intent`
 * feedback sends the conversation's fallbacks to new-intent clustering, whatever the disposition says.
 */
export function analyse(
  trace: ConversationTrace,
  known: ReadonlySet<string>,
  personRequests: ReadonlySet<string> = new Set(),
): AnalysedTrace {
  const phase = botPhase(trace);
  const feedbackKinds = new Set(trace.feedback.map((f) => f.kind));
  const recognised = [...new Set(phase.readings.flatMap((r) => (r.intent === null ? [] : [r.intent])))];
  const missing = feedbackKinds.has('missing_intent');
  const truth = missing ? null : truthOf(trace, known);

  let misreads: Reading[] = [];
  if (truth?.fromFeedback) {
    const pinpointed = new Set(truth.pinpointed);
    const first = phase.readings[0]?.intent ?? null;
    const firstTaken = first !== null && personRequests.has(first) ? null : first;
    const pointedAt = (r: Reading) =>
      pinpointed.has(r.turn.message_id) || (r.reply !== null && pinpointed.has(r.reply.message_id));
    misreads = phase.readings.filter(
      (r) => r.fallback || (r.intent !== truth.intent && (r.intent === firstTaken || pointedAt(r))),
    );
    // A message an agent pointed at counts even when the platform logged no reading for it.
    const read = new Set(phase.readings.map((r) => r.turn.message_id));
    for (const turn of trace.turns.slice(0, phase.end)) {
      if (turn.author === 'customer' && turn.text && pinpointed.has(turn.message_id) && !read.has(turn.message_id)) {
        misreads.push({ turn, intent: null, fallback: false, reply: null });
      }
    }
  } else if (truth !== null && !recognised.includes(truth.intent)) {
    misreads = phase.readings.filter((r) => r.fallback);
  }

  // An agent flagging a message as a missing intent outranks the bot's (wrong) reading of it.
  const flagged = new Set(
    trace.feedback.flatMap((f) => (f.kind === 'missing_intent' && f.message_id !== null ? [f.message_id] : [])),
  );
  const isFlagged = (r: Reading) =>
    flagged.has(r.turn.message_id) || (r.reply !== null && flagged.has(r.reply.message_id));
  const unmapped = truth === null ? phase.readings.filter((r) => r.fallback || isFlagged(r)) : [];
  return {
    trace,
    phase,
    handedOff: trace.first_handoff_at !== null,
    botInvolved: trace.turns.some((t) => t.author === 'bot'),
    feedbackKinds,
    truth,
    misreads,
    unmapped,
    recognised,
    topic: recognised.find((intent) => !personRequests.has(intent)) ?? null,
  };
}
