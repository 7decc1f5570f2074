import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { DisputeOutcome, QaDisputeTable } from '@tandem/store';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { SignedInUser } from '../auth/token.guard.js';
import { invalidBody, unprocessable } from '../http/unprocessable.js';
import { UsersService } from '../users/users.service.js';
import { DisputesRepository } from './disputes.repository.js';
import { person } from '../users/person.js';
import { ReviewsRepository } from './reviews.repository.js';

const raiseSchema = z.object({
  review_id: z.string().min(1),
  criterion: z.string().min(1).nullable().default(null),
  reason: z.string().trim().min(1).max(2000),
});

const OUTCOMES: [DisputeOutcome, ...DisputeOutcome[]] = ['upheld', 'overturned', 'adjusted'];

const resolveSchema = z.object({
  outcome: z.enum(OUTCOMES),
  note: z.string().trim().min(1).max(2000),
});

/** Disagreements with a review, and how they were settled (docs/qa.md). */
@Injectable()
export class DisputesService {
  constructor(
    @Inject(DisputesRepository) private readonly disputes: DisputesRepository,
    @Inject(ReviewsRepository) private readonly reviews: ReviewsRepository,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async raise(workspaceId: string, user: SignedInUser, value: unknown) {
    const parsed = raiseSchema.safeParse(value);
    if (!parsed.success) throw invalidBody('invalid dispute', parsed.error, value);
    const review = await this.reviews.find(workspaceId, parsed.data.review_id);
    if (!review) throw new NotFoundException(`no review ${parsed.data.review_id} in this workspace`);
    const { criterion } = parsed.data;
    if (criterion !== null && !Object.hasOwn(JSON.parse(review.answers) as object, criterion)) {
      throw unprocessable('invalid dispute', [
        { path: 'criterion', reason: `the review has no criterion ${criterion}` },
      ]);
    }
    const row: QaDisputeTable = {
      workspace_id: workspaceId,
      dispute_id: randomUUID(),
      revision: 1,
      review_id: review.review_id,
      criterion,
      reason: parsed.data.reason,
      raised_by: user.user_id,
      raised_at: new Date().toISOString(),
      outcome: null,
      note: null,
      resolved_by: null,
      resolved_at: null,
    };
    await this.disputes.insert(row);
    return this.view({ ...row, conversation_id: review.conversation_id }, await this.users.names(workspaceId));
  }

  /** Settled by someone other than the reviewer whose review is disputed and the one who raised it. */
  async resolve(workspaceId: string, user: SignedInUser, disputeId: string, value: unknown) {
    const parsed = resolveSchema.safeParse(value);
    if (!parsed.success) throw invalidBody('invalid resolution', parsed.error, value);
    const dispute = await this.disputes.find(workspaceId, disputeId);
    if (!dispute) throw new NotFoundException(`no dispute ${disputeId} in this workspace`);
    if (dispute.outcome !== null) throw new ConflictException(`the dispute was already settled: ${dispute.outcome}`);
    const review = (await this.reviews.find(workspaceId, dispute.review_id))!;
    if (review.reviewer_id === user.user_id || dispute.raised_by === user.user_id) {
      throw new ForbiddenException('a dispute is settled by someone other than the reviewer and whoever raised it');
    }
    const row: QaDisputeTable = {
      ...dispute,
      revision: Number(dispute.revision) + 1,
      outcome: parsed.data.outcome,
      note: parsed.data.note,
      resolved_by: user.user_id,
      resolved_at: new Date().toISOString(),
    };
    if (!(await this.disputes.insert(row)))
      throw new ConflictException('the dispute was settled by someone else just now');
    return this.view({ ...row, conversation_id: review.conversation_id }, await this.users.names(workspaceId));
  }

  async list(workspaceId: string, sampleId?: string) {
    const names = await this.users.names(workspaceId);
    return (await this.disputes.list(workspaceId, sampleId)).map((d) => this.view(d, names));
  }

  private view(d: QaDisputeTable & { conversation_id: string }, names: ReadonlyMap<string, string>) {
    return {
      dispute_id: d.dispute_id,
      review_id: d.review_id,
      conversation_id: d.conversation_id,
      criterion: d.criterion,
      reason: d.reason,
      raised_by: person(d.raised_by, names),
      raised_at: d.raised_at,
      outcome: d.outcome,
      note: d.note,
      resolved_by: d.resolved_by === null ? null : person(d.resolved_by, names),
      resolved_at: d.resolved_at,
    };
  }
}
