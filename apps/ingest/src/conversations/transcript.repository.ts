import { Inject, Injectable } from '@nestjs/common';
import type { StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';

/** Columns a transcript shows; the rest of an event row (received_at, attributes…) stays in the store. */
const TRANSCRIPT_COLUMNS = [
  'event_id',
  'type',
  'ts',
  'author',
  'author_id',
  'text',
  'intent',
  'confidence',
  'fallback',
  'sentiment',
  'handoff_from',
  'to_queue',
  'reason',
  'reason_text',
  'context_passed',
  'agent_id',
  'team',
  'outcome',
  'resolved_by',
  'disposition',
  'score',
  'comment',
  'feedback_kind',
  'correct_intent',
  'note',
] as const;

export type TranscriptEvent = { event_id: string; type: string; ts: string } & Record<string, unknown>;

@Injectable()
export class TranscriptRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  /** Every stored event of one conversation in time order, without the fields it does not carry. */
  async events(workspaceId: string, conversationId: string): Promise<TranscriptEvent[]> {
    const rows = await this.store.db
      .selectFrom('events')
      .select(TRANSCRIPT_COLUMNS)
      .where('workspace_id', '=', workspaceId)
      .where('conversation_id', '=', conversationId)
      .orderBy('ts')
      // Events of the same instant read naturally: the start first, the close and ratings last.
      .orderBy((eb) =>
        eb
          .case('type')
          .when('conversation.started')
          .then(0)
          .when('conversation.closed')
          .then(2)
          .when('csat')
          .then(3)
          .when('feedback')
          .then(3)
          .else(1)
          .end(),
      )
      .orderBy('event_id')
      .execute();
    return rows.map(
      (row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as TranscriptEvent,
    );
  }
}
