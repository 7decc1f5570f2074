import { Inject, Injectable } from '@nestjs/common';
import { conversationScope, type MetricQuery } from '@tandem/metrics';
import { maskedOrNull } from '@tandem/privacy';
import type { StoreAdapter } from '@tandem/store';
import type { AgentFeedback, ConversationTrace, Turn } from '@tandem/suggestions';
import { STORE } from '../store/store.module.js';

const DAY_MS = 86_400_000;

/** The conversations of a window as the suggestion engine reads them: facts, messages and feedback. */
@Injectable()
export class TracesRepository {
  constructor(@Inject(STORE) private readonly store: StoreAdapter) {}

  async traces(q: MetricQuery): Promise<ConversationTrace[]> {
    const conversations = conversationScope(this.store, q).select([
      'conversation_id',
      'started_at',
      'closed_at',
      'locale',
      'channel',
      'first_handoff_at',
      'handoff_reason',
      'disposition',
      'outcome',
      'resolved_by',
      'csat_score',
      'handle_ms',
    ]);
    const facts = await conversations.orderBy('started_at').orderBy('conversation_id').execute();
    if (facts.length === 0) return [];
    // Events of those conversations: a day of slack before the first start bounds the scan, since a
    // conversation's events do not come before its start (skewed clocks aside).
    const earliest = new Date(Date.parse(facts[0]!.started_at) - DAY_MS).toISOString();
    const events = await this.store.db
      .selectFrom('events')
      .select([
        'conversation_id',
        'type',
        'ts',
        'event_id',
        'message_id',
        'author',
        'text',
        'intent',
        'confidence',
        'fallback',
        'sentiment',
        'agent_id',
        'feedback_kind',
        'correct_intent',
        'note',
      ])
      .where('workspace_id', '=', q.workspaceId)
      .where('ts', '>=', earliest)
      .where('type', 'in', ['message', 'feedback'])
      .where('conversation_id', 'in', conversations.clearSelect().select('conversation_id'))
      .orderBy('ts')
      .orderBy('event_id')
      .execute();
    const turns = new Map<string, Turn[]>();
    const feedback = new Map<string, AgentFeedback[]>();
    for (const e of events) {
      if (e.type === 'message') {
        let list = turns.get(e.conversation_id);
        if (!list) turns.set(e.conversation_id, (list = []));
        list.push({
          message_id: e.message_id ?? e.event_id,
          ts: e.ts,
          author: e.author as Turn['author'],
          // Masked before the engine sees it: its phrases and examples reach people and training files.
          text: maskedOrNull(e.text),
          intent: e.intent,
          confidence: e.confidence === null ? null : Number(e.confidence),
          fallback: e.fallback === true,
          sentiment: e.sentiment === null ? null : Number(e.sentiment),
        });
      } else {
        let list = feedback.get(e.conversation_id);
        if (!list) feedback.set(e.conversation_id, (list = []));
        list.push({
          agent_id: e.agent_id ?? '',
          kind: e.feedback_kind as AgentFeedback['kind'],
          correct_intent: e.correct_intent,
          message_id: e.message_id,
          note: maskedOrNull(e.note),
        });
      }
    }
    return facts.map((c) => ({
      conversation_id: c.conversation_id,
      started_at: c.started_at,
      closed_at: c.closed_at,
      locale: c.locale,
      channel: c.channel,
      turns: turns.get(c.conversation_id) ?? [],
      first_handoff_at: c.first_handoff_at,
      handoff_reason: c.handoff_reason,
      feedback: feedback.get(c.conversation_id) ?? [],
      disposition: c.disposition,
      outcome: c.outcome as ConversationTrace['outcome'],
      resolved_by: c.resolved_by as ConversationTrace['resolved_by'],
      csat_score: c.csat_score === null ? null : Number(c.csat_score),
      handle_ms: c.handle_ms === null ? null : Number(c.handle_ms),
    }));
  }
}
