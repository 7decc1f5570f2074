import type { Insertable } from 'kysely';
import type { TandemEvent } from '@tandem/schema';
import type { EventTable } from './tables.js';

export type EventRow = Insertable<EventTable>;

/** Identity of a stored event: event ids are unique per workspace, not across them. */
export function eventKey(workspaceId: string, eventId: string): string {
  return `${workspaceId}\u0000${eventId}`;
}

const EMPTY = {
  channel: null,
  customer_id: null,
  locale: null,
  scenario: null,
  queue: null,
  brand: null,
  started_by: null,
  message_id: null,
  author: null,
  author_id: null,
  text: null,
  intent: null,
  confidence: null,
  fallback: null,
  sentiment: null,
  handoff_from: null,
  to_queue: null,
  reason: null,
  reason_text: null,
  bot_intent: null,
  context_passed: null,
  agent_id: null,
  team: null,
  outcome: null,
  resolved_by: null,
  disposition: null,
  score: null,
  comment: null,
  feedback_kind: null,
  correct_intent: null,
  note: null,
  sentiment_source: null,
} satisfies Omit<
  EventRow,
  'workspace_id' | 'event_id' | 'type' | 'conversation_id' | 'ts' | 'received_at' | 'attributes'
>;

/** Flattens a validated event into the sparse events row; the only place that knows both shapes. */
export function toEventRow(
  workspaceId: string,
  event: TandemEvent,
  attributes: Record<string, unknown> | null,
  receivedAt: string,
): EventRow {
  const row: EventRow = {
    ...EMPTY,
    workspace_id: workspaceId,
    event_id: event.event_id,
    type: event.type,
    conversation_id: event.conversation_id,
    ts: event.ts,
    received_at: receivedAt,
    attributes: attributes ? JSON.stringify(attributes) : null,
  };
  switch (event.type) {
    case 'conversation.started':
      return {
        ...row,
        channel: event.channel,
        customer_id: event.customer_id ?? null,
        locale: event.locale ?? null,
        scenario: event.scenario ?? null,
        queue: event.queue ?? null,
        brand: event.brand ?? null,
        started_by: event.started_by ?? null,
      };
    case 'message':
      return {
        ...row,
        message_id: event.message_id,
        author: event.author,
        author_id: event.author_id ?? null,
        text: event.text,
        intent: event.intent ?? null,
        confidence: event.confidence ?? null,
        fallback: event.fallback ?? null,
        sentiment: event.sentiment ?? null,
        sentiment_source: event.sentiment === undefined || event.sentiment === null ? null : 'upstream',
      };
    case 'handoff':
      return {
        ...row,
        handoff_from: event.from ?? null,
        to_queue: event.to_queue ?? null,
        reason: event.reason ?? null,
        reason_text: event.reason_text ?? null,
        bot_intent: event.bot_intent ?? null,
        context_passed: event.context_passed ?? null,
      };
    case 'agent.joined':
      return { ...row, agent_id: event.agent_id, team: event.team ?? null };
    case 'conversation.closed':
      return {
        ...row,
        outcome: event.outcome,
        resolved_by: event.resolved_by ?? null,
        disposition: event.disposition ?? null,
      };
    case 'csat':
      return { ...row, score: event.score, comment: event.comment ?? null };
    case 'feedback':
      return {
        ...row,
        agent_id: event.agent_id,
        feedback_kind: event.kind,
        correct_intent: event.correct_intent ?? null,
        message_id: event.message_id ?? null,
        note: event.note ?? null,
      };
  }
}
