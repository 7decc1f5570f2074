import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { findConversation } from '@tandem/metrics';
import { maskedOrNull } from '@tandem/privacy';
import type { StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';
import { TranscriptRepository, type TranscriptEvent } from './transcript.repository.js';

/** Free-text fields of a transcript that may carry personal data. */
const FREE_TEXT = ['text', 'reason_text', 'comment', 'note'] as const;

/** Personal data masked on the way out (docs/privacy.md); the store keeps the original text. */
function masked(event: TranscriptEvent): TranscriptEvent {
  const copy = { ...event };
  for (const field of FREE_TEXT) {
    if (typeof copy[field] === 'string') copy[field] = maskedOrNull(copy[field]);
  }
  return copy;
}

@Injectable()
export class ConversationsService {
  constructor(
    @Inject(STORE) private readonly store: StoreAdapter,
    @Inject(TranscriptRepository) private readonly transcripts: TranscriptRepository,
  ) {}

  /**
   * A conversation's facts and its events, personal data masked; another workspace's conversation is
   * as unknown as a missing one.
   */
  async transcript(workspaceId: string, conversationId: string) {
    const [conversation, events] = await Promise.all([
      findConversation(this.store, workspaceId, conversationId),
      this.transcripts.events(workspaceId, conversationId),
    ]);
    if (!conversation) throw new NotFoundException(`no conversation ${conversationId} in this workspace`);
    return { conversation, events: events.map(masked) };
  }
}
