import { addTrainingPhrases } from './detect/add-training-phrases.js';
import { answerGap } from './detect/answer-gap.js';
import { automate } from './detect/automate.js';
import type { Context } from './detect/context.js';
import { escalateEarlier } from './detect/escalate-earlier.js';
import { intentConfusion } from './detect/intent-confusion.js';
import { neutralUtterances } from './detect/neutral.js';
import { newIntent } from './detect/new-intent.js';
import { assignIds } from './identity.js';
import { byText } from './order.js';
import { normaliseUtterance } from './text/normalise.js';
import { TfIdf } from './text/tfidf.js';
import { DEFAULT_INTENT_CONTAINMENT, MIN_CONTAINMENT_SAMPLE } from './thresholds.js';
import { analyse, type AnalysedTrace } from './trace/analyse.js';
import { personRequestIntents } from './trace/request-intents.js';
import { knownIntents } from './trace/truth.js';
import type { ConversationTrace, GenerateOptions, Suggestion } from './types.js';

function checkOptions(options: GenerateOptions): void {
  if (Number.isNaN(Date.parse(options.now))) {
    throw new RangeError(`now must be an ISO 8601 instant, got ${String(options.now)}`);
  }
  if (!Number.isFinite(options.windowDays) || options.windowDays <= 0) {
    throw new RangeError(`windowDays must be a number above 0, got ${String(options.windowDays)}`);
  }
}

/**
 * Share of conversations where the bot recognised `intent` (and no one corrected it) that it contained
 * and resolved — "assumed resolution" of DESIGN §2 — or the default with too few such conversations.
 */
function containment(traces: readonly AnalysedTrace[]): (intent: string) => number {
  const tally = new Map<string, { n: number; contained: number }>();
  for (const a of traces) {
    if (a.trace.closed_at === null) continue;
    for (const intent of a.recognised) {
      if (a.truth !== null && a.truth.intent !== intent) continue;
      const t = tally.get(intent) ?? { n: 0, contained: 0 };
      t.n++;
      if (!a.handedOff && a.trace.outcome !== 'abandoned' && a.trace.outcome !== 'unresolved') t.contained++;
      tally.set(intent, t);
    }
  }
  return (intent) => {
    const t = tally.get(intent);
    return t && t.n >= MIN_CONTAINMENT_SAMPLE ? t.contained / t.n : DEFAULT_INTENT_CONTAINMENT;
  };
}

/**
 * Bot-tuning suggestions (DESIGN §4) from the conversations of one window: pure and deterministic.
 * The traces are the window's content: the store query bounds them (in the workspace's time zone,
 * which UTC arithmetic on `now` here would cut wrongly), and `windowDays` turns counts into weekly
 * rates. The input's order never matters: traces are taken in conversation-id order and every
 * grouping is sorted by key. Output: by impact score, then confidence (both descending), then id.
 */
export function generateSuggestions(traces: readonly ConversationTrace[], options: GenerateOptions): Suggestion[] {
  checkOptions(options);
  const ordered = [...traces].sort((a, b) => byText(a.conversation_id, b.conversation_id));
  const known = knownIntents(ordered);
  const personRequests = personRequestIntents(ordered);
  const analysed = ordered.map((t) => analyse(t, known, personRequests));
  const ctx: Context = {
    traces: analysed,
    known,
    customerModel: new TfIdf(
      ordered.flatMap((t) =>
        t.turns.filter((turn) => turn.author === 'customer' && turn.text).map((turn) => normaliseUtterance(turn.text!)),
      ),
    ),
    windowDays: options.windowDays,
    neutral: neutralUtterances(analysed),
    containmentOf: containment(analysed),
  };
  const drafts = [
    ...addTrainingPhrases(ctx),
    ...intentConfusion(ctx),
    ...newIntent(ctx),
    ...answerGap(ctx),
    ...escalateEarlier(ctx),
    ...automate(ctx),
  ];
  return assignIds(drafts, options.previous ?? []).sort(
    (a, b) => b.impact.score - a.impact.score || b.confidence - a.confidence || byText(a.id, b.id),
  );
}
