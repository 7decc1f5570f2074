import { byText } from '../order.js';
import type { ConversationTrace } from '../types.js';

/** Feedback kinds whose `correct_intent` names an intent the bot already has. */
const CORRECTING_KINDS = new Set([
  'bot_misunderstood',
  'wrong_answer',
  'bot_should_handle',
  'escalated_too_late',
  'escalated_too_early',
]);

/** What the customer wanted, as the people who handled the conversation say. */
export interface Truth {
  intent: string;
  /** An agent's feedback names it (stronger than a wrap-up code). */
  fromFeedback: boolean;
  /** The feedback points at the message the bot misread. */
  pinpointed: string[];
  /** The disposition names it too. */
  fromDisposition: boolean;
  /** Feedback and disposition name different known intents; the feedback wins. */
  conflict: boolean;
}

/** Intents the bot has: every intent it recognised, and every existing intent agents corrected to. */
export function knownIntents(traces: readonly ConversationTrace[]): Set<string> {
  const known = new Set<string>();
  for (const trace of traces) {
    for (const turn of trace.turns) if (turn.intent !== null && !turn.fallback) known.add(turn.intent);
    for (const f of trace.feedback) {
      if (f.correct_intent !== null && CORRECTING_KINDS.has(f.kind)) known.add(f.correct_intent);
    }
  }
  return known;
}

/**
 * The intent a conversation was about: agents' `correct_intent` first (the most named one, ties by
 * name), else the disposition when it names a known intent. Wrap-up codes that are not intents
 * (`info_provided`, `ticket_logged`) say nothing about which intent the bot should have matched.
 */
export function truthOf(trace: ConversationTrace, known: ReadonlySet<string>): Truth | null {
  const votes = new Map<string, number>();
  for (const f of trace.feedback) {
    if (f.correct_intent !== null && CORRECTING_KINDS.has(f.kind)) {
      votes.set(f.correct_intent, (votes.get(f.correct_intent) ?? 0) + 1);
    }
  }
  const fromFeedback = [...votes].sort((a, b) => b[1] - a[1] || byText(a[0], b[0]))[0]?.[0] ?? null;
  const disposition = trace.disposition !== null && known.has(trace.disposition) ? trace.disposition : null;
  const intent = fromFeedback ?? disposition;
  if (intent === null) return null;
  const pinpointed = trace.feedback
    .filter((f) => f.correct_intent === intent && f.message_id !== null && CORRECTING_KINDS.has(f.kind))
    .map((f) => f.message_id!);
  return {
    intent,
    fromFeedback: fromFeedback !== null,
    pinpointed,
    fromDisposition: disposition === intent,
    conflict: fromFeedback !== null && disposition !== null && disposition !== fromFeedback,
  };
}

/**
 * How much a correction is worth, 0..1, for confidence: feedback pointing at the message 1, feedback
 * and disposition agreeing 1, feedback alone 0.9, a disposition alone 0.7 (a wrap-up code can describe
 * a second matter raised with the agent), feedback contradicted by the disposition 0.6.
 */
export function truthStrength(truth: Truth): number {
  if (truth.conflict) return 0.6;
  if (truth.fromFeedback && (truth.pinpointed.length > 0 || truth.fromDisposition)) return 1;
  if (truth.fromFeedback) return 0.9;
  return 0.7;
}
