import type { ConversationTable, EventRow, HandoffTranscript, HandoffTurn } from '@tandem/store';

/*
 * The facts of one conversation computed from its events, with the semantics of DuckDB's INSERT_FACTS
 * (packages/store-duckdb/src/conversation-facts.ts), which ClickHouse 18.16 cannot express in SQL.
 * Every "first" and "latest" is taken in the order (ts, event_id), like DuckDB's arg_min/arg_max on
 * that pair; instants stay the input's fixed-width UTC ISO strings, so comparing them as strings is
 * comparing them in time.
 */

/** Facts the events alone determine: everything but recontact links, escalation analysis and updated_at. */
export type EventFacts = Omit<
  ConversationTable,
  | 'next_start_after_close'
  | 'recontact_gap_ms'
  | 'classified_reason'
  | 'classified_evidence'
  | 'agent_reason'
  | 'repeat_ask_slots'
  | 'updated_at'
>;

/** Milliseconds since the epoch of a UTC ISO instant. */
export function epochMs(instant: string): number {
  return Date.parse(instant);
}

/**
 * Orders text by code point, which is the byte order of UTF-8 that DuckDB and ClickHouse compare
 * strings in. JavaScript's `<` compares UTF-16 code units instead, which puts characters above
 * U+FFFF (surrogate pairs) before U+E000–U+FFFF; moving the surrogates above that range fixes it.
 */
function compareText(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** The events in (ts, event_id) order, the tie-break that keeps every arg_min/arg_max deterministic. */
function inEventOrder(events: readonly EventRow[]): EventRow[] {
  return [...events].sort((a, b) => (a.ts < b.ts ? -1 : a.ts > b.ts ? 1 : compareText(a.event_id, b.event_id)));
}

/** Difference in milliseconds, null when either end is missing (like epoch_ms of a NULL). */
export function msBetween(from: string | null, to: string | null): number | null {
  return from === null || to === null ? null : epochMs(to) - epochMs(from);
}

/** list_avg: null for an empty list, summed left to right and divided like DuckDB's avg. */
function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}

/** The first event at or after an instant, or none when the instant is missing (a NULL comparison). */
function firstFrom(events: readonly EventRow[], instant: string | null): EventRow | undefined {
  return instant === null ? undefined : events.find((e) => e.ts >= instant);
}

/** events: every event of ONE conversation (any order, no duplicate event_id), `ts` as UTC ISO strings `YYYY-MM-DDTHH:MM:SS.sssZ`. */
export function conversationFacts(
  workspaceId: string,
  conversationId: string,
  events: readonly EventRow[],
): EventFacts {
  const ordered = inEventOrder(events);
  const firstEvent = ordered[0];
  const lastEvent = ordered.at(-1);
  if (!firstEvent || !lastEvent) throw new RangeError(`conversation ${conversationId} has no events`);
  const ofType = (type: string) => ordered.filter((e) => e.type === type);
  const starts = ofType('conversation.started');
  const closes = ofType('conversation.closed');
  const handoffs = ofType('handoff');
  const joins = ofType('agent.joined');
  const messages = ofType('message');
  const byAuthor = (author: string) => messages.filter((m) => m.author === author);
  const customerMessages = byAuthor('customer');
  const botMessages = byAuthor('bot');
  const agentMessages = byAuthor('agent');

  // The `_null` arg_min/arg_max: every field from the one chosen event, even where it is empty.
  const start = starts[0];
  const close = closes.at(-1);
  const handoff = handoffs[0];
  const csat = ofType('csat').at(-1);
  const feedback = ofType('feedback').at(-1);

  const closedAt = close?.ts ?? null;
  const firstHandoffAt = handoff?.ts ?? null;
  const firstCustomerAt = customerMessages[0]?.ts ?? null;
  const replies = messages.filter((m) => m.author === 'bot' || m.author === 'agent');
  const firstResponseAt = firstFrom(replies, firstCustomerAt)?.ts ?? null;
  const firstAgentAfterHandoffAt = firstFrom(agentMessages, firstHandoffAt)?.ts ?? null;
  const firstAgentJoinedAt = joins[0]?.ts ?? null;

  // Agents who took part: everyone who joined, and the named authors of agent messages.
  const agentIds = new Set<string>();
  for (const e of ordered) {
    const agent = e.agent_id ?? e.author_id;
    const tookPart = e.type === 'agent.joined' || (e.type === 'message' && e.author === 'agent' && e.author_id != null);
    if (tookPart && agent != null) agentIds.add(agent);
  }
  const leader = ordered.find(
    (e) =>
      (e.type === 'agent.joined' && e.agent_id != null) ||
      (e.type === 'message' && e.author === 'agent' && e.author_id != null),
  );

  const beforeHandoff = (m: EventRow) => firstHandoffAt !== null && m.ts < firstHandoffAt;
  const fromHandoff = (m: EventRow) => firstHandoffAt !== null && m.ts >= firstHandoffAt;
  const felt = (list: readonly EventRow[]) => list.flatMap((m) => (m.sentiment == null ? [] : [m.sentiment]));
  const sentiments = felt(customerMessages);
  const sentimentsBefore = felt(customerMessages.filter(beforeHandoff));
  const sentimentsAfter = felt(customerMessages.filter(fromHandoff));

  return {
    workspace_id: workspaceId,
    conversation_id: conversationId,
    started_at: start?.ts ?? firstEvent.ts,
    has_start_event: start !== undefined,
    first_event_at: firstEvent.ts,
    last_event_at: lastEvent.ts,
    channel: start?.channel ?? 'other',
    customer_id: start?.customer_id ?? null,
    locale: start?.locale ?? null,
    scenario: start?.scenario ?? null,
    // The first start's queue, else the first handoff's target (each taken even if empty).
    queue: start?.queue ?? handoff?.to_queue ?? null,
    brand: start?.brand ?? null,
    started_by: start?.started_by ?? null,
    closed_at: closedAt,
    outcome: close?.outcome ?? null,
    resolved_by: close?.resolved_by ?? null,
    disposition: close?.disposition ?? null,
    message_count: messages.length,
    customer_messages: customerMessages.length,
    bot_messages: botMessages.length,
    agent_messages: agentMessages.length,
    fallback_count: botMessages.filter((m) => m.fallback === true).length,
    handoff_count: handoffs.length,
    first_handoff_at: firstHandoffAt,
    handoff_reason: handoff?.reason ?? null,
    context_passed: handoff?.context_passed ?? null,
    // Plain arg_min skips empty values: the first bot message that names an intent.
    first_intent: botMessages.find((m) => m.intent != null)?.intent ?? null,
    lead_agent_id: leader?.agent_id ?? leader?.author_id ?? null,
    lead_team: joins.find((j) => j.team != null)?.team ?? null,
    first_customer_at: firstCustomerAt,
    first_response_at: firstResponseAt,
    first_agent_after_handoff_at: firstAgentAfterHandoffAt,
    first_agent_joined_at: firstAgentJoinedAt,
    csat_score: csat?.score ?? null,
    agent_ids: [...agentIds].sort(compareText),
    feedback_kind: feedback?.feedback_kind ?? null,
    sentiment_start: mean(sentiments.slice(0, 2)),
    sentiment_end: mean(sentiments.slice(-2)),
    sentiment_min: sentiments.length === 0 ? null : sentiments.reduce((a, b) => Math.min(a, b)),
    sentiment_before_handoff: mean(sentimentsBefore.slice(-2)),
    sentiment_after_handoff: mean(sentimentsAfter.slice(0, 2)),
    first_response_ms: msBetween(firstCustomerAt, firstResponseAt),
    time_to_human_ms: msBetween(firstHandoffAt, firstAgentAfterHandoffAt),
    // An agent who joins after the close (skewed clocks) has no handle time, rather than a negative one.
    handle_ms:
      closedAt !== null && firstAgentJoinedAt !== null && closedAt >= firstAgentJoinedAt
        ? msBetween(firstAgentJoinedAt, closedAt)
        : null,
  };
}

/** The escalation analysis input for a handed-off conversation (facts.handoff_count > 0), as DuckDB's HANDED_OFF_MESSAGES + analyseHandoffs assemble it: message events only, ordered by (ts, event_id); `before` = ts < first_handoff_at, `after` = the rest; feedback_kind and disposition from the facts. */
export function handoffTranscript(facts: EventFacts, events: readonly EventRow[]): HandoffTranscript {
  const split = facts.first_handoff_at;
  const transcript: HandoffTranscript = {
    conversation_id: facts.conversation_id,
    before: [],
    after: [],
    feedback_kind: facts.feedback_kind,
    disposition: facts.disposition,
  };
  for (const m of inEventOrder(events)) {
    // DuckDB's reader skips rows without an author (the outer join's row for a conversation with no
    // messages); the contract requires an author on every message, so this drops nothing real.
    if (m.type !== 'message' || m.author == null) continue;
    const turn: HandoffTurn = {
      author: m.author,
      text: m.text ?? null,
      intent: m.intent ?? null,
      confidence: m.confidence ?? null,
      fallback: m.fallback ?? null,
      sentiment: m.sentiment ?? null,
    };
    (split !== null && m.ts < split ? transcript.before : transcript.after).push(turn);
  }
  return transcript;
}
