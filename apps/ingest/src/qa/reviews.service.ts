import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { qaConversations } from '@tandem/metrics';
import { checkAnswers, scoreAnswers, type Answers } from '@tandem/qa';
import type { StoreAdapter } from '@tandem/store';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { SignedInUser } from '../auth/token.guard.js';
import { invalidBody, unprocessable } from '../http/unprocessable.js';
import { STORE } from '../store/store.module.js';
import { UsersService } from '../users/users.service.js';
import { reviewView, type ReviewView } from './review-view.js';
import { ReviewsRepository, type ReviewFilter } from './reviews.repository.js';
import { SamplesRepository } from './samples.repository.js';
import { ScorecardsService } from './scorecards.service.js';

const reviewSchema = z.object({
  conversation_id: z.string().min(1),
  sample_id: z.string().min(1).nullable().default(null),
  scorecard_id: z.string().min(1),
  scorecard_version: z.number().int().min(1),
  answers: z.record(z.string(), z.unknown()),
  comment: z.string().trim().max(5000).nullable().default(null),
});

/**
 * One review per reviewer, conversation and sample, so its id follows from them: two first posts at
 * once land on the same id and revision, and the second is refused instead of becoming a second review.
 */
function reviewIdOf(workspaceId: string, reviewerId: string, conversationId: string, sampleId: string | null) {
  return createHash('sha256')
    .update([workspaceId, reviewerId, conversationId, sampleId ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}

/** Scores and stores reviews; every review belongs to the signed-in reviewer (docs/qa.md). */
@Injectable()
export class ReviewsService {
  constructor(
    @Inject(STORE) private readonly store: StoreAdapter,
    @Inject(ReviewsRepository) private readonly reviews: ReviewsRepository,
    @Inject(SamplesRepository) private readonly samples: SamplesRepository,
    @Inject(ScorecardsService) private readonly scorecards: ScorecardsService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async submit(workspaceId: string, reviewer: SignedInUser, value: unknown): Promise<ReviewView> {
    const parsed = reviewSchema.safeParse(value);
    if (!parsed.success) throw invalidBody('invalid review', parsed.error, value);
    const input = parsed.data;
    const known = await qaConversations(this.store, workspaceId, [input.conversation_id]);
    if (!known.has(input.conversation_id)) {
      throw new NotFoundException(`no conversation ${input.conversation_id} in this workspace`);
    }
    if (input.sample_id !== null) {
      const item = await this.checkSampleItem(workspaceId, reviewer, input.sample_id, input.conversation_id);
      if (item.scorecard_id !== input.scorecard_id) {
        throw unprocessable('invalid review', [
          { path: 'scorecard_id', reason: `this item of the sample is scored on the scorecard ${item.scorecard_id}` },
        ]);
      }
    }
    const scorecard = await this.scorecards.get(workspaceId, input.scorecard_id, input.scorecard_version);
    const errors = checkAnswers(scorecard, input.answers);
    if (errors.length > 0) throw unprocessable('invalid review: answer every criterion within its scale', errors);
    const answers = input.answers as Answers;
    const result = scoreAnswers(scorecard, answers);
    const earlier = await this.reviews.mine(workspaceId, reviewer.user_id, input.conversation_id, input.sample_id);
    const row = {
      workspace_id: workspaceId,
      review_id: reviewIdOf(workspaceId, reviewer.user_id, input.conversation_id, input.sample_id),
      revision: earlier ? Number(earlier.revision) + 1 : 1,
      conversation_id: input.conversation_id,
      sample_id: input.sample_id,
      reviewer_id: reviewer.user_id,
      scorecard_id: scorecard.scorecard_id,
      scorecard_version: scorecard.version,
      answers: JSON.stringify(answers),
      comment: input.comment || null,
      score: result.score,
      passed: result.passed,
      auto_failed: result.auto_failed,
      created_at: new Date().toISOString(),
    };
    if (!(await this.reviews.insert(row))) {
      throw new ConflictException('this review was saved from elsewhere just now; reload it and try again');
    }
    return reviewView(row, new Map([[reviewer.user_id, reviewer.name]]));
  }

  /** The conversation must be an item of the sample, and the reviewer one the item is meant for. */
  private async checkSampleItem(workspaceId: string, reviewer: SignedInUser, sampleId: string, conversationId: string) {
    const sample = await this.samples.find(workspaceId, sampleId);
    if (!sample) throw new NotFoundException(`no sample ${sampleId} in this workspace`);
    const item = await this.samples.item(workspaceId, sampleId, conversationId);
    if (!item) throw new NotFoundException(`conversation ${conversationId} is not in sample ${sample.name}`);
    if (sample.kind === 'calibration' && !(JSON.parse(sample.reviewers) as string[]).includes(reviewer.user_id)) {
      throw new ForbiddenException(`${reviewer.name} is not one of the reviewers of the calibration ${sample.name}`);
    }
    if (sample.kind === 'review' && item.assigned_to !== null && item.assigned_to !== reviewer.user_id) {
      const names = await this.users.names(workspaceId);
      throw new ForbiddenException(
        `this conversation is assigned to ${names.get(item.assigned_to) ?? item.assigned_to}`,
      );
    }
    return item;
  }

  async list(workspaceId: string, filter: ReviewFilter): Promise<ReviewView[]> {
    const names = await this.users.names(workspaceId);
    return (await this.reviews.current(workspaceId, filter)).map((r) => reviewView(r, names));
  }
}
