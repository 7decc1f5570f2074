import type { ConversationTrace } from '../types.js';
import { botPhase } from './bot-phase.js';

/** Conversations an intent must end with a customer-requested handoff before it is read as a request for a person. */
const MIN_REQUESTS = 5;
/**
 * …and the share of its conversations that end so: a topic is sometimes followed by "agent please", a request
 * mostly. Not nearly always: customers who ask for a person often leave before the handoff (a quarter of
 * them in the generated demo data, where 0.8 left `human_handoff` read as a topic with a bad answer).
 */
const MIN_REQUEST_SHARE = 0.7;

/**
 * Intents that are the customer asking for a person ("agent please", 转人工): the last reading before a
 * `customer_requested_human` handoff in at least MIN_REQUESTS conversations and MIN_REQUEST_SHARE of
 * those where the bot recognised them. Found in the data, so no list of names is needed; such an
 * intent is never a conversation's topic.
 */
export function personRequestIntents(traces: readonly ConversationTrace[]): Set<string> {
  const asked = new Map<string, number>();
  const seen = new Map<string, number>();
  for (const trace of traces) {
    const readings = botPhase(trace).readings;
    for (const intent of new Set(readings.flatMap((r) => (r.intent === null ? [] : [r.intent])))) {
      seen.set(intent, (seen.get(intent) ?? 0) + 1);
    }
    const last = readings.at(-1)?.intent ?? null;
    if (trace.handoff_reason === 'customer_requested_human' && last !== null)
      asked.set(last, (asked.get(last) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [intent, n] of asked) if (n >= MIN_REQUESTS && n >= MIN_REQUEST_SHARE * seen.get(intent)!) out.add(intent);
  return out;
}
