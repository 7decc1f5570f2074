import { confidenceOf, impactOf, shareOf } from '../impact.js';
import { sortedUnique } from '../order.js';
import { clusterUtterances, type Cluster } from '../text/cluster.js';
import { isMostlyUnspaced } from '../text/features.js';
import { normaliseUtterance } from '../text/normalise.js';
import { TfIdf } from '../text/tfidf.js';
import {
  AUTOMATE_MAX_MEDIAN_HANDLE_MS,
  AUTOMATE_MIN_ANSWER_AGREEMENT,
  AUTOMATE_MIN_PER_WEEK,
  MAX_EXAMPLES,
  MIN_BOT_SHOULD_HANDLE,
} from '../thresholds.js';
import { lostByBot, type AnalysedTrace } from '../trace/analyse.js';
import type { Context, Draft } from './context.js';
import { groupBy, median } from './group.js';
import { groupUtterances, type UtteranceGroup } from './utterances.js';

/** The intent an agent says the bot should have handled: the feedback's, else what the conversation was about. */
function shouldHandle(a: AnalysedTrace, known: ReadonlySet<string>): string | null {
  const f = a.trace.feedback.find((x) => x.kind === 'bot_should_handle');
  if (!f) return null;
  const d = a.trace.disposition;
  return f.correct_intent ?? a.truth?.intent ?? a.topic ?? (d !== null && known.has(d) ? d : null);
}

/**
 * Human-handled, fast-closable candidates: an agent resolved it, the bot misread nothing, the disposition is an
 * intent.
 */
function humanClosed(a: AnalysedTrace, known: ReadonlySet<string>): string | null {
  const t = a.trace;
  if (t.resolved_by !== 'agent' || t.handle_ms === null || a.misreads.length > 0) return null;
  return t.disposition !== null && known.has(t.disposition) ? t.disposition : null;
}

/**
 * The agent's answer in a conversation: the agent message carrying the most information, i.e. the
 * largest sum of IDF weights over all agents' messages, so greetings and sign-offs that every
 * conversation shares lose to the reply that is specific to the request.
 */
function answerOf(a: AnalysedTrace, model: TfIdf): string | null {
  let best: string | null = null;
  let bestInformation = 0;
  for (const turn of a.trace.turns) {
    if (turn.author !== 'agent' || !turn.text) continue;
    const form = normaliseUtterance(turn.text);
    let information = 0;
    for (const feature of model.vector(form).keys()) information += model.idf(feature);
    if (information > bestInformation) {
      best = turn.text;
      bestInformation = information;
    }
  }
  return best;
}

/**
 * `automate`: `bot_should_handle` feedback on an intent from MIN_BOT_SHOULD_HANDLE conversations, or an
 * intent (by disposition) that agents close at least AUTOMATE_MIN_PER_WEEK times a week, with a median
 * handle time at most AUTOMATE_MAX_MEDIAN_HANDLE_MS and at least AUTOMATE_MIN_ANSWER_AGREEMENT of their
 * answers in one cluster. Examples are the agents' answers, most typical first: what the bot should say.
 * Gain: the share the bot lost × the share of answers in that cluster (a templated answer it can give).
 */
export function automate(ctx: Context): Draft[] {
  const agentModel = new TfIdf(
    ctx.traces.flatMap((a) =>
      a.trace.turns.filter((t) => t.author === 'agent' && t.text).map((t) => normaliseUtterance(t.text!)),
    ),
  );
  const flagged = new Map(groupBy(ctx.traces, (a) => shouldHandle(a, ctx.known)));
  const closed = new Map(groupBy(ctx.traces, (a) => humanClosed(a, ctx.known)));
  const intents = sortedUnique([...flagged.keys(), ...closed.keys()]);
  const drafts: Draft[] = [];
  for (const intent of intents) {
    const byFeedback = flagged.get(intent) ?? [];
    const byVolume = closed.get(intent) ?? [];
    const volumeQualifies =
      byVolume.length >= (AUTOMATE_MIN_PER_WEEK * ctx.windowDays) / 7 &&
      (median(byVolume.map((a) => a.trace.handle_ms!)) ?? Infinity) <= AUTOMATE_MAX_MEDIAN_HANDLE_MS &&
      answerAgreement(byVolume, agentModel).agreement >= AUTOMATE_MIN_ANSWER_AGREEMENT;
    const traces = [...new Set([...byFeedback, ...(volumeQualifies ? byVolume : [])])];
    if (byFeedback.length < MIN_BOT_SHOULD_HANDLE && !volumeQualifies) continue;

    const { agreement, answers } = answerAgreement(traces, agentModel);
    const ids = sortedUnique(traces.map((a) => a.trace.conversation_id));
    const handle = median(traces.flatMap((a) => (a.trace.handle_ms === null ? [] : [a.trace.handle_ms])));
    const handled = handle === null ? '' : ` in a median of ${(handle / 60_000).toFixed(1)} min`;
    drafts.push({
      kind: 'automate',
      key: intent,
      intent,
      related_intent: null,
      title: `Automate ${intent}: agents handled ${ids.length} conversations${handled}, ${Math.round(100 * agreement)}% with the same answer`,
      phrases: [],
      evidence: {
        conversation_ids: ids,
        examples: answers.slice(0, MAX_EXAMPLES).map((g) => g.display),
        count: ids.length,
      },
      impact: impactOf(ids.length, ctx.windowDays, shareOf(traces, lostByBot) * agreement),
      confidence: confidenceOf(
        ids.length,
        0.6 + 0.4 * shareOf(traces, (a) => a.feedbackKinds.has('bot_should_handle')),
        Math.max(agreement, 0.5),
      ),
      members: ids,
      clustered: false,
    });
  }
  return drafts;
}

/**
 * Share of conversations whose agent answer falls in the largest answer cluster of its script (a team
 * answering the same in English and Chinese agrees twice over), and those clusters' answers. A
 * script's lone answer agrees with nothing.
 */
function answerAgreement(
  traces: readonly AnalysedTrace[],
  model: TfIdf,
): { agreement: number; answers: UtteranceGroup[] } {
  const said = traces.flatMap((a) => {
    const text = answerOf(a, model);
    return text === null ? [] : [{ text, conversationId: a.trace.conversation_id }];
  });
  const groups = groupUtterances(said);
  const largest: Cluster<UtteranceGroup>[] = [];
  for (const unspaced of [true, false]) {
    const first = clusterUtterances(
      groups.filter((g) => isMostlyUnspaced(g.text) === unspaced),
      model,
    )[0];
    if (first && first.weight >= 2) largest.push(first);
  }
  largest.sort((a, b) => b.weight - a.weight);
  if (largest.length === 0 || traces.length === 0) return { agreement: 0, answers: [] };
  const covered = new Set(largest.flatMap((c) => c.members.flatMap((g) => g.conversationIds)));
  return { agreement: covered.size / traces.length, answers: largest.flatMap((c) => c.members) };
}
