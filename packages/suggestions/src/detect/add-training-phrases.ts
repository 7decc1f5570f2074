import { confidenceOf, impactOf, shareOf } from '../impact.js';
import { sortedUnique } from '../order.js';
import { normaliseUtterance } from '../text/normalise.js';
import { MAX_EXAMPLES, MAX_PHRASES, MIN_TRAINING_CONVERSATIONS } from '../thresholds.js';
import { lostByBot, type AnalysedTrace } from '../trace/analyse.js';
import { truthStrength } from '../trace/truth.js';
import type { Context, Draft } from './context.js';
import { groupBy, mean } from './group.js';
import { rankUtterances } from './utterances.js';

/**
 * `add_training_phrases`, one per target intent Y: the customer utterances the bot fell back on or
 * read as another intent, in conversations that agents' feedback or disposition say were about Y;
 * topic-neutral utterances (`neutralUtterances`) neither count nor become phrases.
 * Gain: the share of those conversations the bot lost × how often the bot contains Y when it does
 * recognise it (a recognised utterance is only worth what Y's flow then achieves).
 */
export function addTrainingPhrases(ctx: Context): Draft[] {
  const drafts: Draft[] = [];
  const teaching = (a: AnalysedTrace) => a.misreads.filter((r) => !ctx.neutral.has(normaliseUtterance(r.turn.text!)));
  const withMisreads = ctx.traces.filter((a) => a.truth !== null && teaching(a).length > 0);
  for (const [intent, traces] of groupBy(withMisreads, (a) => a.truth!.intent)) {
    if (traces.length < MIN_TRAINING_CONVERSATIONS) continue;
    const said = traces.flatMap((a) =>
      teaching(a).map((r) => ({ text: r.turn.text!, conversationId: a.trace.conversation_id })),
    );
    const { ordered } = rankUtterances(said, ctx.customerModel);
    if (ordered.length === 0) continue;
    const phrases = ordered.slice(0, MAX_PHRASES).map((g) => g.display);
    const ids = sortedUnique(traces.map((a) => a.trace.conversation_id));
    const gain = shareOf(traces, lostByBot) * ctx.containmentOf(intent);
    drafts.push({
      kind: 'add_training_phrases',
      key: intent,
      intent,
      related_intent: null,
      title: `Add ${phrases.length} training phrases to ${intent}: the bot missed it in ${ids.length} conversations`,
      phrases,
      evidence: { conversation_ids: ids, examples: phrases.slice(0, MAX_EXAMPLES), count: ids.length },
      impact: impactOf(ids.length, ctx.windowDays, gain),
      confidence: confidenceOf(ids.length, mean(traces.map((a) => truthStrength(a.truth!)))),
      members: sortedUnique(ordered.map((g) => g.text)),
      clustered: false,
    });
  }
  return drafts;
}
