import { confidenceOf, impactOf, shareOf } from '../impact.js';
import { sortedUnique } from '../order.js';
import { clusterUtterances, CLUSTER_SIMILARITY } from '../text/cluster.js';
import { proposeIntentName } from '../text/name.js';
import { normaliseUtterance } from '../text/normalise.js';
import { centroidOf, dot, type Vector } from '../text/tfidf.js';
import { MAX_EXAMPLES, MAX_PHRASES, MIN_NEW_INTENT_CONVERSATIONS, NEW_INTENT_CONTAINMENT } from '../thresholds.js';
import { lostByBot } from '../trace/analyse.js';
import type { Context, Draft } from './context.js';
import { groupBy } from './group.js';
import { groupUtterances } from './utterances.js';

/** Centre of what the bot correctly recognised as each intent: a fallback cluster close to one is not new. */
function intentCentroids(ctx: Context): [string, Vector][] {
  const recognised = ctx.traces.flatMap((a) =>
    a.phase.readings.filter((r) => r.intent !== null && (a.truth === null || a.truth.intent === r.intent)),
  );
  return groupBy(recognised, (r) => r.intent).map(([intent, readings]) => [
    intent,
    centroidOf(
      readings.map((r) => ({ text: normaliseUtterance(r.turn.text!), weight: 1 })),
      ctx.customerModel,
    ),
  ]);
}

/**
 * `new_intent`: clusters of fallback utterances that no one mapped to a known intent (no correcting
 * feedback, no disposition naming one) or that agents flagged `missing_intent`, spanning at least
 * MIN_NEW_INTENT_CONVERSATIONS conversations. "Match no known intent" is also read literally: an
 * utterance, or a cluster's centre, as close to the centre of an intent's correctly recognised
 * utterances as cluster members are to their own centre (CLUSTER_SIMILARITY) is left out — the bot has
 * that intent, and without an agent's word it is not new. Topic-neutral utterances are left out too.
 * Clusters are per language in effect (scripts share no features), so a bilingual topic gives one
 * suggestion per language.
 */
export function newIntent(ctx: Context): Draft[] {
  const existing = intentCentroids(ctx);
  const matchesKnown = (vector: Vector) => existing.some(([, centre]) => dot(vector, centre) >= CLUSTER_SIMILARITY);
  const said = ctx.traces.flatMap((a) =>
    a.unmapped.map((r) => ({ text: r.turn.text!, conversationId: a.trace.conversation_id })),
  );
  const unknown = groupUtterances(said).filter(
    (g) => !ctx.neutral.has(g.text) && !matchesKnown(ctx.customerModel.vector(g.text)),
  );
  const clusters = clusterUtterances(unknown, ctx.customerModel);
  const byId = new Map(ctx.traces.map((a) => [a.trace.conversation_id, a]));
  const usedNames = new Set(ctx.known);
  const drafts: Draft[] = [];
  for (const cluster of clusters) {
    const ids = sortedUnique(cluster.members.flatMap((g) => g.conversationIds));
    if (ids.length < MIN_NEW_INTENT_CONVERSATIONS) continue;
    if (matchesKnown(centroidOf(cluster.members, ctx.customerModel))) continue;

    const proposed = proposeIntentName(cluster.members, ctx.customerModel);
    let name = proposed;
    for (let n = 2; usedNames.has(name); n++) name = `${proposed}_${n}`;
    usedNames.add(name);

    const traces = ids.map((id) => byId.get(id)!);
    const flagged = shareOf(traces, (a) => a.feedbackKinds.has('missing_intent'));
    const phrases = cluster.members.slice(0, MAX_PHRASES).map((g) => g.display);
    drafts.push({
      kind: 'new_intent',
      key: name,
      intent: name,
      related_intent: null,
      title: `Create intent ${name}: the bot fell back on it in ${ids.length} conversations`,
      phrases,
      evidence: { conversation_ids: ids, examples: phrases.slice(0, MAX_EXAMPLES), count: ids.length },
      impact: impactOf(ids.length, ctx.windowDays, shareOf(traces, lostByBot) * NEW_INTENT_CONTAINMENT),
      // Fallbacks alone are weaker evidence than agents saying an intent is missing.
      confidence: confidenceOf(ids.length, 0.6 + 0.4 * flagged, cluster.tightness),
      members: sortedUnique(cluster.members.map((g) => g.text)),
      clustered: true,
    });
  }
  return drafts;
}
