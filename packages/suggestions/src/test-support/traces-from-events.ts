import type { EventOf, TandemEvent } from '@tandem/schema';
import type { ConversationTrace, Turn } from '../types.js';

/**
 * Test-only: folds events into traces the way the store query will (DESIGN §2 definitions: handle
 * time from the first agent joining to the close, the latest CSAT). Not exported from the package:
 * in production the traces come from the store.
 */
export function tracesFromEvents(events: readonly TandemEvent[]): ConversationTrace[] {
  const byId = new Map<string, TandemEvent[]>();
  for (const e of events) {
    let list = byId.get(e.conversation_id);
    if (!list) byId.set(e.conversation_id, (list = []));
    list.push(e);
  }
  return [...byId.values()].map(toTrace);
}

function toTrace(events: TandemEvent[]): ConversationTrace {
  const sorted = [...events].sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : 0));
  const of = <T extends TandemEvent['type']>(type: T) => sorted.filter((e): e is EventOf<T> => e.type === type);
  const started = of('conversation.started')[0];
  const closed = of('conversation.closed')[0];
  const handoff = of('handoff')[0];
  const joined = of('agent.joined')[0];
  const csat = of('csat').at(-1);
  const turns: Turn[] = of('message').map((m) => ({
    message_id: m.message_id,
    ts: m.ts,
    author: m.author,
    text: m.text,
    intent: m.intent ?? null,
    confidence: m.confidence ?? null,
    fallback: m.fallback ?? false,
    sentiment: m.sentiment ?? null,
  }));
  return {
    conversation_id: sorted[0]!.conversation_id,
    started_at: started?.ts ?? sorted[0]!.ts,
    closed_at: closed?.ts ?? null,
    locale: started?.locale ?? null,
    channel: started?.channel ?? 'other',
    turns,
    first_handoff_at: handoff?.ts ?? null,
    handoff_reason: handoff?.reason ?? null,
    feedback: of('feedback').map((f) => ({
      agent_id: f.agent_id,
      kind: f.kind,
      correct_intent: f.correct_intent ?? null,
      message_id: f.message_id ?? null,
      note: f.note ?? null,
    })),
    disposition: closed?.disposition ?? null,
    outcome: closed?.outcome ?? null,
    resolved_by: closed?.resolved_by ?? null,
    csat_score: csat?.score ?? null,
    handle_ms: joined && closed ? Date.parse(closed.ts) - Date.parse(joined.ts) : null,
  };
}
