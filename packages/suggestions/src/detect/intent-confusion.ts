import { confidenceOf, impactOf, shareOf } from '../impact.js';
import { sortedUnique } from '../order.js';
import { MAX_EXAMPLES, MIN_CONFUSION_CONVERSATIONS, MIN_CONFUSION_SHARE } from '../thresholds.js';
import { lostByBot, type AnalysedTrace } from '../trace/analyse.js';
import { truthStrength } from '../trace/truth.js';
import type { Context, Draft } from './context.js';
import { groupBy, mean } from './group.js';
import { rankUtterances } from './utterances.js';

/** The first intent the bot wrongly recognised, when agents' feedback (not only a disposition) corrects it. */
function confusedWith(a: AnalysedTrace): string | null {
  if (!a.truth?.fromFeedback) return null;
  return a.misreads.find((r) => r.intent !== null)?.intent ?? null;
}

/**
 * `intent_confusion` X→Y: the bot recognised X and agents' feedback says Y, in at least
 * MIN_CONFUSION_CONVERSATIONS conversations and MIN_CONFUSION_SHARE of those where the bot said X.
 * Only feedback counts here: a disposition differing from the bot's intent may be a second matter.
 */
export function intentConfusion(ctx: Context): Draft[] {
  const drafts: Draft[] = [];
  const saidX = new Map<string, number>();
  for (const a of ctx.traces) for (const intent of a.recognised) saidX.set(intent, (saidX.get(intent) ?? 0) + 1);
  const confused = ctx.traces.filter((a) => confusedWith(a) !== null);
  for (const [key, traces] of groupBy(confused, (a) => `${confusedWith(a)!}→${a.truth!.intent}`)) {
    const x = confusedWith(traces[0]!)!;
    const y = traces[0]!.truth!.intent;
    if (traces.length < MIN_CONFUSION_CONVERSATIONS || traces.length < MIN_CONFUSION_SHARE * (saidX.get(x) ?? 0)) {
      continue;
    }
    const said = traces.flatMap((a) =>
      a.misreads
        .filter((r) => r.intent === x)
        .map((r) => ({ text: r.turn.text!, conversationId: a.trace.conversation_id })),
    );
    const { ordered } = rankUtterances(said, ctx.customerModel);
    const ids = sortedUnique(traces.map((a) => a.trace.conversation_id));
    const share = Math.round((100 * ids.length) / (saidX.get(x) ?? ids.length));
    drafts.push({
      kind: 'intent_confusion',
      key,
      intent: y,
      related_intent: x,
      title: `Disambiguate ${x} and ${y}: the bot read ${y} as ${x} in ${ids.length} conversations (${share}% of its ${x})`,
      phrases: [],
      evidence: {
        conversation_ids: ids,
        examples: ordered.slice(0, MAX_EXAMPLES).map((g) => g.display),
        count: ids.length,
      },
      impact: impactOf(ids.length, ctx.windowDays, shareOf(traces, lostByBot) * ctx.containmentOf(y)),
      confidence: confidenceOf(ids.length, mean(traces.map((a) => truthStrength(a.truth!)))),
      members: sortedUnique(ordered.map((g) => g.text)),
      clustered: false,
    });
  }
  return drafts;
}
