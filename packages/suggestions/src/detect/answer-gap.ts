import type { FeedbackKind } from '@tandem/schema';
import { confidenceOf, impactOf, shareOf } from '../impact.js';
import { sortedUnique } from '../order.js';
import {
  ANSWER_GAP_MARGIN,
  ANSWER_GAP_MIN_ANSWERED,
  ANSWER_GAP_MIN_BAD,
  ANSWER_GAP_RATIO,
  LOW_CSAT,
  MAX_EXAMPLES,
} from '../thresholds.js';
import type { AnalysedTrace } from '../trace/analyse.js';
import type { Context, Draft } from './context.js';
import { groupBy } from './group.js';
import { rankUtterances } from './utterances.js';

/** Feedback that puts the fault elsewhere than the answer's content: the reading, a missing intent, the timing. */
const FAULT_ELSEWHERE: readonly FeedbackKind[] = [
  'bot_misunderstood',
  'missing_intent',
  'escalated_too_late',
  'escalated_too_early',
  'bot_should_handle',
];
/** Handoffs by design or by breakage, not because the answer failed the customer. */
const NOT_THE_ANSWER = new Set(['complex_or_policy', 'authentication_required', 'technical_error']);

/**
 * The intent whose answer the conversation got: the one the bot took the request for, unless agents say it was
 * another.
 */
function answered(a: AnalysedTrace): string | null {
  if (a.topic === null || (a.truth !== null && a.truth.intent !== a.topic)) return null;
  return a.topic;
}

/** The answer went wrong: `wrong_answer` feedback, or a handoff or low CSAT with no feedback blaming something else. */
function wentWrong(a: AnalysedTrace): boolean {
  if (a.feedbackKinds.has('wrong_answer')) return true;
  if (FAULT_ELSEWHERE.some((kind) => a.feedbackKinds.has(kind))) return false;
  const badHandoff = a.handedOff && !NOT_THE_ANSWER.has(a.trace.handoff_reason ?? '');
  const lowCsat = a.trace.csat_score !== null && a.trace.csat_score <= LOW_CSAT;
  return badHandoff || lowCsat;
}

/**
 * `answer_gap`: intents whose answer is followed by trouble (see `wentWrong`) at a rate at least
 * ANSWER_GAP_RATIO times and ANSWER_GAP_MARGIN above the bot's overall rate, over enough answers.
 * Gain: the share of these conversations that bringing the intent down to the overall rate would
 * save, (rate − overall) / rate.
 */
export function answerGap(ctx: Context): Draft[] {
  const answeredTraces = ctx.traces.filter((a) => answered(a) !== null);
  const overall = shareOf(answeredTraces, wentWrong);
  const drafts: Draft[] = [];
  for (const [intent, traces] of groupBy(answeredTraces, answered)) {
    const bad = traces.filter(wentWrong);
    const rate = bad.length / traces.length;
    if (traces.length < ANSWER_GAP_MIN_ANSWERED || bad.length < ANSWER_GAP_MIN_BAD) continue;
    if (rate < overall * ANSWER_GAP_RATIO || rate < overall + ANSWER_GAP_MARGIN) continue;
    const said = bad.flatMap((a) =>
      a.phase.readings
        .filter((r) => r.intent === intent)
        .map((r) => ({ text: r.turn.text!, conversationId: a.trace.conversation_id })),
    );
    const { ordered } = rankUtterances(said, ctx.customerModel);
    const ids = sortedUnique(bad.map((a) => a.trace.conversation_id));
    const pct = (x: number) => `${Math.round(100 * x)}%`;
    drafts.push({
      kind: 'answer_gap',
      key: intent,
      intent,
      related_intent: null,
      title: `Review the answer of ${intent}: ${bad.length} of ${traces.length} conversations went wrong after it (${pct(rate)}; the bot overall ${pct(overall)})`,
      phrases: [],
      evidence: {
        conversation_ids: ids,
        examples: ordered.slice(0, MAX_EXAMPLES).map((g) => g.display),
        count: ids.length,
      },
      impact: impactOf(ids.length, ctx.windowDays, (rate - overall) / rate),
      confidence: confidenceOf(ids.length, 0.6 + 0.4 * shareOf(bad, (a) => a.feedbackKinds.has('wrong_answer'))),
      members: ids,
      clustered: false,
    });
  }
  return drafts;
}
