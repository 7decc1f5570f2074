import { z } from 'zod';
import { CHANNELS, STARTERS } from './enums.js';
import { EVENT_FIELDS, type SchemaOptions, type TandemEvent } from './events.js';
import { id, optionalLabel } from './fields.js';
import { timestamp } from './timestamp.js';
import { toFieldErrors, type FieldError } from './validation.js';

/** A whole conversation as other tools export it (DESIGN §1.2); it expands into v1 events. */
export function createDocumentSchema(options: SchemaOptions = {}) {
  const ts = timestamp(options.now ?? Date.now);
  const { message_id: _messageId, ...messageFields } = EVENT_FIELDS.message;
  return z.looseObject({
    id,
    channel: z.enum(CHANNELS),
    started_at: ts,
    customer_id: optionalLabel,
    locale: optionalLabel,
    scenario: optionalLabel,
    queue: optionalLabel,
    brand: optionalLabel,
    started_by: z.enum(STARTERS).nullish(),
    messages: z.array(z.object({ id: id.nullish(), ts, ...messageFields })).default([]),
    handoffs: z.array(z.object({ ts, ...EVENT_FIELDS.handoff })).default([]),
    agents: z.array(z.object({ ts, ...EVENT_FIELDS['agent.joined'] })).default([]),
    feedback: z.array(z.object({ ts: ts.nullish(), ...EVENT_FIELDS.feedback })).default([]),
    csat: z.union([EVENT_FIELDS.csat.score, z.object({ ...EVENT_FIELDS.csat, ts: ts.nullish() })]).nullish(),
    outcome: EVENT_FIELDS['conversation.closed'].outcome.nullish(),
    resolved_by: EVENT_FIELDS['conversation.closed'].resolved_by,
    disposition: EVENT_FIELDS['conversation.closed'].disposition,
    closed_at: ts.nullish(),
  });
}

export type ConversationDocument = z.output<ReturnType<typeof createDocumentSchema>>;
export type ConversationDocumentInput = z.input<ReturnType<typeof createDocumentSchema>>;

const DOCUMENT_KEYS = new Set(Object.keys(createDocumentSchema().shape));

export interface ExpandedDocument {
  events: TandemEvent[];
  /** Fields of the document the contract does not name, kept on its `conversation.started` event. */
  attributes: Record<string, unknown> | null;
}

export type DocumentValidation = ({ ok: true } & ExpandedDocument) | { ok: false; errors: FieldError[] };

function latest(values: (string | null | undefined)[]): string | undefined {
  let best: string | undefined;
  for (const v of values) if (v && (!best || v > best)) best = v;
  return best;
}

/** Expands a validated document into events with ids derived from the document, so re-importing is idempotent. */
export function expandDocument(doc: ConversationDocument): ExpandedDocument {
  const cid = doc.id;
  const events: TandemEvent[] = [
    {
      type: 'conversation.started',
      event_id: `${cid}/started`,
      conversation_id: cid,
      ts: doc.started_at,
      channel: doc.channel,
      customer_id: doc.customer_id,
      locale: doc.locale,
      scenario: doc.scenario,
      queue: doc.queue,
      brand: doc.brand,
      started_by: doc.started_by,
    },
  ];
  doc.messages.forEach(({ id: messageId, ...m }, i) => {
    const message_id = messageId ?? `m${i}`;
    events.push({ ...m, type: 'message', event_id: `${cid}/message/${message_id}`, conversation_id: cid, message_id });
  });
  doc.handoffs.forEach((h, i) =>
    events.push({ ...h, type: 'handoff', event_id: `${cid}/handoff/${i}`, conversation_id: cid }),
  );
  doc.agents.forEach((a, i) =>
    events.push({ ...a, type: 'agent.joined', event_id: `${cid}/agent/${i}`, conversation_id: cid }),
  );

  const lastActivity =
    latest([
      doc.started_at,
      ...doc.messages.map((m) => m.ts),
      ...doc.handoffs.map((h) => h.ts),
      ...doc.agents.map((a) => a.ts),
    ]) ?? doc.started_at;
  const closedAt = doc.outcome ? (doc.closed_at ?? lastActivity) : undefined;
  if (doc.outcome && closedAt) {
    events.push({
      type: 'conversation.closed',
      event_id: `${cid}/closed`,
      conversation_id: cid,
      ts: closedAt,
      outcome: doc.outcome,
      resolved_by: doc.resolved_by,
      disposition: doc.disposition,
    });
  }
  if (doc.csat != null) {
    const csat = typeof doc.csat === 'number' ? { score: doc.csat } : doc.csat;
    const { ts: csatTs, ...rest } = 'ts' in csat ? csat : { ...csat, ts: undefined };
    events.push({
      ...rest,
      type: 'csat',
      event_id: `${cid}/csat`,
      conversation_id: cid,
      ts: csatTs ?? closedAt ?? lastActivity,
    });
  }
  doc.feedback.forEach(({ ts, ...f }, i) =>
    events.push({
      ...f,
      type: 'feedback',
      event_id: `${cid}/feedback/${i}`,
      conversation_id: cid,
      ts: ts ?? closedAt ?? lastActivity,
    }),
  );

  let attributes: Record<string, unknown> | null = null;
  for (const [key, value] of Object.entries(doc)) {
    if (DOCUMENT_KEYS.has(key)) continue;
    attributes ??= {};
    attributes[key] = value;
  }
  return { events, attributes };
}

export class DocumentValidator {
  private readonly schema: ReturnType<typeof createDocumentSchema>;

  constructor(options: SchemaOptions = {}) {
    this.schema = createDocumentSchema(options);
  }

  validate(input: unknown): DocumentValidation {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      return { ok: false, errors: [{ path: '', reason: 'must be a JSON object (a conversation document)' }] };
    }
    const parsed = this.schema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error, input) };
    const doc = parsed.data;
    if (doc.closed_at && !doc.outcome) {
      return { ok: false, errors: [{ path: 'outcome', reason: 'is required when closed_at is given' }] };
    }
    // Message ids make event ids; a repeat would silently drop a message as a duplicate.
    const seen = new Map<string, number>();
    for (const [index, message] of doc.messages.entries()) {
      const messageId = message.id ?? `m${index}`;
      const earlier = seen.get(messageId);
      if (earlier !== undefined) {
        const reason = `repeats the id "${messageId}" of messages[${earlier}]; give each message its own id`;
        return { ok: false, errors: [{ path: `messages[${index}].id`, reason }] };
      }
      seen.set(messageId, index);
    }
    return { ok: true, ...expandDocument(doc) };
  }
}
