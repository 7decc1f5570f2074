import { confidenceOf, impactOf, shareOf } from '../impact.js';
import { sortedUnique } from '../order.js';
import {
  ESCALATE_EARLIER_GAIN,
  LATE_MIN_BOT_TURNS,
  LATE_SENTIMENT_DROP,
  LOW_CSAT,
  MAX_EXAMPLES,
  MIN_LATE_CONVERSATIONS,
} from '../thresholds.js';
import type { AnalysedTrace } from '../trace/analyse.js';
import type { Context, Draft } from './context.js';
import { groupBy, median } from './group.js';
import { rankUtterances } from './utterances.js';

/** Key for late handoffs where the bot never recognised an intent (fallback loops). */
export const NO_INTENT_KEY = '(no intent)';

function sentimentDrop(a: AnalysedTrace): number | null {
  const s = a.phase.sentiments;
  return s.length < 2 ? null : s[0]! - s[s.length - 1]!;
}

/**
 * The handoff came late: an agent said so (`escalated_too_late`), or the bot kept replying at least
 * LATE_MIN_BOT_TURNS times while the customer's sentiment fell by LATE_SENTIMENT_DROP or the
 * conversation ended in low CSAT.
 */
function late(a: AnalysedTrace): boolean {
  if (!a.handedOff) return false;
  if (a.feedbackKinds.has('escalated_too_late')) return true;
  if (a.phase.botReplies < LATE_MIN_BOT_TURNS) return false;
  const drop = sentimentDrop(a);
  return (
    (drop !== null && drop >= LATE_SENTIMENT_DROP) || (a.trace.csat_score !== null && a.trace.csat_score <= LOW_CSAT)
  );
}

/**
 * `escalate_earlier`, per intent the bot took the request for (or none): at least
 * MIN_LATE_CONVERSATIONS late handoffs. The title proposes the rule's inputs: how many bot replies
 * these conversations took and how far sentiment fell. Gain: ESCALATE_EARLIER_GAIN (not containment).
 */
export function escalateEarlier(ctx: Context): Draft[] {
  const drafts: Draft[] = [];
  for (const [key, traces] of groupBy(ctx.traces.filter(late), (a) => a.topic ?? NO_INTENT_KEY)) {
    if (traces.length < MIN_LATE_CONVERSATIONS) continue;
    const intent = key === NO_INTENT_KEY ? null : key;
    const ids = sortedUnique(traces.map((a) => a.trace.conversation_id));
    // The customer's last words to the bot show what it should have heard.
    const said = traces.flatMap((a) => {
      const last = a.phase.readings.at(-1);
      return last ? [{ text: last.turn.text!, conversationId: a.trace.conversation_id }] : [];
    });
    const { ordered } = rankUtterances(said, ctx.customerModel);
    const replies = median(traces.map((a) => a.phase.botReplies))!;
    const drops = traces.flatMap((a) => {
      const d = sentimentDrop(a);
      return d === null ? [] : [d];
    });
    const drop = median(drops);
    const fell = drop !== null && drop > 0 ? `, sentiment falling ${drop.toFixed(1)}` : '';
    drafts.push({
      kind: 'escalate_earlier',
      key,
      intent,
      related_intent: null,
      title: `Hand off ${intent ?? 'fallback loops'} earlier: ${ids.length} conversations reached an agent only after a median of ${replies} bot replies${fell}`,
      phrases: [],
      evidence: {
        conversation_ids: ids,
        examples: ordered.slice(0, MAX_EXAMPLES).map((g) => g.display),
        count: ids.length,
      },
      impact: impactOf(ids.length, ctx.windowDays, ESCALATE_EARLIER_GAIN),
      confidence: confidenceOf(
        ids.length,
        0.6 + 0.4 * shareOf(traces, (a) => a.feedbackKinds.has('escalated_too_late')),
      ),
      members: ids,
      clustered: false,
    });
  }
  return drafts;
}
