import { ESCALATION_REASONS, type ConversationDocumentInput, type EscalationReason } from '@tandem/schema';
import { booleanCell, numberCell } from './cells.js';
import type { Column, Row } from './rows.js';

const CONVERSATION_COLUMNS = ['customer_id', 'locale', 'scenario', 'queue', 'outcome'] as const;
const STARTERS = new Set(['customer', 'bot', 'agent']);

/** A conversation-level cell comes from the first row, in file order, that has it. */
function firstOf(rows: readonly Row[], column: Column): string | undefined {
  return rows.find((row) => row[column] !== undefined)?.[column];
}

function isEscalationReason(value: string): value is EscalationReason {
  return (ESCALATION_REASONS as readonly string[]).includes(value);
}

/** Rows in time order; equal instants keep file order (the sort is stable). */
function chronological(rows: readonly Row[]): Row[] {
  // An unreadable `ts` compares as equal; the validator rejects that conversation anyway.
  return [...rows].sort((a, b) => Date.parse(a.ts ?? '') - Date.parse(b.ts ?? '') || 0);
}

function message(row: Row) {
  return {
    ts: row.ts,
    author: row.author,
    author_id: row.author_id,
    text: row.text ?? '',
    intent: row.intent,
    confidence: numberCell(row.confidence),
    fallback: booleanCell(row.fallback),
  };
}

/**
 * A handoff wherever an agent speaks and the last bot-or-agent message before it was the bot's. The CSV has
 * no handoff time, so it takes the time of the message just before that agent message: a customer's
 * "I want a person" then comes before the handoff it caused. `from` is the last bot message's `author_id`;
 * the reason is the latest `handoff_reason` in the rows after the previous handoff's agent row, up to and
 * including this agent's row, so it may sit on the agent row, the bot row or the customer row between.
 */
function handoffs(rows: readonly Row[]) {
  const found: Record<string, string | undefined>[] = [];
  let lastSide: 'bot' | 'agent' | undefined;
  let lastBot: Row | undefined;
  let since = 0;
  for (const [i, row] of rows.entries()) {
    if (row.author === 'agent' && lastSide === 'bot') {
      const reason = rows.slice(since, i + 1).findLast((r) => r.handoff_reason !== undefined)?.handoff_reason;
      found.push({
        ts: rows[i - 1]?.ts,
        from: lastBot?.author_id,
        // A code outside DESIGN §3 is kept as text rather than guessed into a code.
        ...(reason === undefined ? {} : isEscalationReason(reason) ? { reason } : { reason_text: reason }),
      });
      since = i + 1;
    }
    if (row.author === 'bot') lastBot = row;
    if (row.author === 'bot' || row.author === 'agent') lastSide = row.author;
  }
  return found;
}

/** Each named agent joins at their first message; an agent row without `author_id` names nobody to join. */
function agents(rows: readonly Row[]) {
  const joined = new Map<string, string | undefined>();
  for (const row of rows) {
    if (row.author === 'agent' && row.author_id !== undefined && !joined.has(row.author_id)) {
      joined.set(row.author_id, row.ts);
    }
  }
  return [...joined].map(([agent_id, ts]) => ({ ts, agent_id }));
}

/** One conversation document from all rows that share a `conversation_id`, in file order. */
export function conversationOf(id: string, rows: readonly Row[]): ConversationDocumentInput {
  const ordered = chronological(rows);
  const first = ordered[0];
  const document: Record<string, unknown> = {
    id,
    channel: firstOf(rows, 'channel') ?? 'other',
    started_at: first?.ts,
    started_by: first?.author && STARTERS.has(first.author) ? first.author : undefined,
    messages: ordered.map(message),
    handoffs: handoffs(ordered),
    agents: agents(ordered),
    csat: numberCell(firstOf(rows, 'csat')),
  };
  for (const column of CONVERSATION_COLUMNS) document[column] = firstOf(rows, column);
  // Cells are passed on as written (see cells.ts), so the shape is only checked by the validator.
  return document as ConversationDocumentInput;
}
