import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { findConversation } from '@tandem/metrics';
import type { StoreAdapter } from '@tandem/store';
import { STORE } from '../store/store.module.js';
import { TranscriptRepository } from './transcript.repository.js';

@Injectable()
export class ConversationsService {
  constructor(
    @Inject(STORE) private readonly store: StoreAdapter,
    @Inject(TranscriptRepository) private readonly transcripts: TranscriptRepository,
  ) {}

  /** A conversation's facts and its events; another workspace's conversation is as unknown as a missing one. */
  async transcript(workspaceId: string, conversationId: string) {
    const [conversation, events] = await Promise.all([
      findConversation(this.store, workspaceId, conversationId),
      this.transcripts.events(workspaceId, conversationId),
    ]);
    if (!conversation) throw new NotFoundException(`no conversation ${conversationId} in this workspace`);
    return { conversation, events };
  }
}
