import { BadRequestException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import {
  DEFAULT_RECONTACT_HOURS,
  qaConversations,
  qaPopulation,
  type Filters,
  type MetricQuery,
} from '@tandem/metrics';
import { drawSample, type SamplePlan, type StratumReport } from '@tandem/qa';
import type { FieldError } from '@tandem/schema';
import type { QaReviewTable, QaSampleTable, StoreAdapter } from '@tandem/store';
import { randomUUID } from 'node:crypto';
import type { SignedInUser } from '../auth/token.guard.js';
import { unprocessable } from '../http/unprocessable.js';
import { parseMetricQuery } from '../metrics/dtos/metric-query.dto.js';
import { STORE } from '../store/store.module.js';
import { UsersService } from '../users/users.service.js';
import { WorkspaceRepository } from '../workspaces/workspace.repository.js';
import { person, type Person } from '../users/person.js';
import { reviewView } from './review-view.js';
import { ReviewsRepository } from './reviews.repository.js';
import { parseSampleSpec, randomSeed, type SampleMeta } from './sample-spec.dto.js';
import { SamplesRepository } from './samples.repository.js';
import { QA_WRITERS } from './qa-roles.js';
import { ScorecardsService } from './scorecards.service.js';

/** What a sample keeps of its spec, resolved: enough to draw it again. */
export interface StoredSpec extends Omit<SampleMeta, 'seed'>, SamplePlan {
  from: string;
  to: string;
  tz: string;
  filters: Filters;
}

export interface SampleSummary {
  sample_id: string;
  name: string;
  kind: 'review' | 'calibration';
  created_by: Person;
  created_at: string;
  seed: number;
  spec: StoredSpec;
  population: number;
  size: number;
  /** Items with a review (calibration: with a review from every reviewer). */
  reviewed: number;
  reviewers: Person[];
}

/** Who reviewed each item of each sample: sample → conversation → reviewers. */
function reviewersByItem(reviews: readonly QaReviewTable[]): Map<string, Map<string, Set<string>>> {
  const bySample = new Map<string, Map<string, Set<string>>>();
  for (const review of reviews) {
    if (review.sample_id === null) continue;
    let byItem = bySample.get(review.sample_id);
    if (!byItem) bySample.set(review.sample_id, (byItem = new Map()));
    let reviewers = byItem.get(review.conversation_id);
    if (!reviewers) byItem.set(review.conversation_id, (reviewers = new Set()));
    reviewers.add(review.reviewer_id);
  }
  return bySample;
}

function queryOf(workspaceId: string, spec: StoredSpec): MetricQuery {
  return {
    workspaceId,
    from: spec.from,
    to: spec.to,
    tz: spec.tz,
    granularity: 'day',
    recontactHours: DEFAULT_RECONTACT_HOURS,
    filters: spec.filters,
  };
}

/** Draws, stores, shows and re-checks samples (docs/qa.md). */
@Injectable()
export class SamplesService {
  constructor(
    @Inject(STORE) private readonly store: StoreAdapter,
    @Inject(SamplesRepository) private readonly samples: SamplesRepository,
    @Inject(ReviewsRepository) private readonly reviews: ReviewsRepository,
    @Inject(ScorecardsService) private readonly scorecards: ScorecardsService,
    @Inject(UsersService) private readonly users: UsersService,
    @Inject(WorkspaceRepository) private readonly workspaces: WorkspaceRepository,
  ) {}

  async create(workspaceId: string, author: SignedInUser, value: unknown) {
    const parsed = parseSampleSpec(value);
    if (Array.isArray(parsed)) throw unprocessable('invalid sample spec', parsed);
    const { meta, plan, window } = parsed;
    const q = await this.query(workspaceId, window);
    const roles = new Map((await this.users.list(workspaceId)).map((u) => [u.user_id, u.role]));
    const errors: FieldError[] = meta.reviewers.flatMap((id, i) => {
      const role = roles.get(id);
      if (role === undefined)
        return [{ path: `reviewers.${i}`, reason: `no user ${id} in this workspace (GET /api/v1/users)` }];
      return QA_WRITERS.includes(role)
        ? []
        : [{ path: `reviewers.${i}`, reason: `has the role ${role}; reviewers need ${QA_WRITERS.join(' or ')}` }];
    });
    if (meta.scorecard_id !== undefined && !(await this.scorecardExists(workspaceId, meta.scorecard_id))) {
      errors.push({ path: 'scorecard_id', reason: `no scorecard ${meta.scorecard_id} (GET /api/v1/qa/scorecards)` });
    }
    if (errors.length > 0) throw unprocessable('invalid sample spec', errors);

    const seed = meta.seed ?? randomSeed();
    const createdAt = new Date().toISOString();
    const population = await qaPopulation(this.store, q, { asOf: createdAt, excludeReviewed: meta.exclude_reviewed });
    if (population.length === 0) {
      throw unprocessable('invalid sample spec', [
        {
          path: 'from',
          reason: `no closed conversation ${meta.exclude_reviewed ? 'left unreviewed ' : ''}started from ${q.from} to ${q.to} (${q.tz}) with these filters`,
        },
      ]);
    }
    const draw = drawSample(population, plan, seed);
    const pathOf = new Map(population.map((c) => [c.conversation_id, c.path]));
    const { seed: _seed, ...kept } = meta;
    const spec: StoredSpec = { ...kept, ...plan, from: q.from, to: q.to, tz: q.tz, filters: q.filters };
    const sampleId = randomUUID();
    const row: QaSampleTable = {
      workspace_id: workspaceId,
      sample_id: sampleId,
      name: meta.name,
      kind: meta.kind,
      spec: JSON.stringify(spec),
      seed,
      population: draw.population,
      strata: JSON.stringify(draw.strata),
      reviewers: JSON.stringify(meta.reviewers),
      created_by: author.user_id,
      created_at: createdAt,
    };
    const reviewers = meta.reviewers;
    await this.samples.insert(
      row,
      draw.items.map((item, i) => ({
        workspace_id: workspaceId,
        sample_id: sampleId,
        position: i + 1,
        conversation_id: item.conversation_id,
        stratum: item.stratum,
        weight: item.weight,
        // A review sample shares its items out in turn; in a calibration everyone reviews everything.
        assigned_to: meta.kind === 'review' && reviewers.length > 0 ? reviewers[i % reviewers.length]! : null,
        scorecard_id: meta.scorecard_id ?? (pathOf.get(item.conversation_id) === 'bot_only' ? 'bot' : 'human'),
      })),
    );
    return this.detail(workspaceId, sampleId);
  }

  /** The window and filters through the metrics API's own parser; its 400 becomes this body's 422. */
  private async query(workspaceId: string, window: Record<string, unknown>): Promise<MetricQuery> {
    try {
      return parseMetricQuery(window, workspaceId, await this.workspaces.timezoneOf(workspaceId));
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      const body = error.getResponse() as { errors?: FieldError[] };
      throw unprocessable('invalid sample spec', body.errors ?? []);
    }
  }

  private async scorecardExists(workspaceId: string, scorecardId: string): Promise<boolean> {
    return (await this.scorecards.latest(workspaceId)).some((s) => s.scorecard_id === scorecardId);
  }

  private async row(workspaceId: string, sampleId: string): Promise<QaSampleTable> {
    const row = await this.samples.find(workspaceId, sampleId);
    if (!row) throw new NotFoundException(`no sample ${sampleId} in this workspace`);
    return row;
  }

  private summary(
    row: QaSampleTable,
    names: ReadonlyMap<string, string>,
    size: number,
    reviewed: number,
  ): SampleSummary {
    return {
      sample_id: row.sample_id,
      name: row.name,
      kind: row.kind,
      created_by: person(row.created_by, names),
      created_at: row.created_at,
      seed: Number(row.seed),
      spec: JSON.parse(row.spec) as StoredSpec,
      population: Number(row.population),
      size,
      reviewed,
      reviewers: (JSON.parse(row.reviewers) as string[]).map((id) => person(id, names)),
    };
  }

  /** Items done: with a review, or in a calibration with one from every reviewer. */
  private doneCount(row: QaSampleTable, byItem: ReadonlyMap<string, Set<string>> | undefined): number {
    const needed = row.kind === 'calibration' ? (JSON.parse(row.reviewers) as string[]) : null;
    let done = 0;
    for (const reviewers of byItem?.values() ?? []) {
      if (needed === null ? reviewers.size > 0 : needed.every((id) => reviewers.has(id))) done++;
    }
    return done;
  }

  async list(workspaceId: string): Promise<SampleSummary[]> {
    const [names, rows, counts, reviews] = await Promise.all([
      this.users.names(workspaceId),
      this.samples.list(workspaceId),
      this.samples.itemCounts(workspaceId),
      this.reviews.current(workspaceId, {}),
    ]);
    const reviewed = reviewersByItem(reviews);
    return rows.map((row) =>
      this.summary(row, names, counts.get(row.sample_id) ?? 0, this.doneCount(row, reviewed.get(row.sample_id))),
    );
  }

  async detail(workspaceId: string, sampleId: string) {
    const row = await this.row(workspaceId, sampleId);
    const names = await this.users.names(workspaceId);
    const items = await this.samples.items(workspaceId, sampleId);
    const conversations = await qaConversations(
      this.store,
      workspaceId,
      items.map((i) => i.conversation_id),
    );
    const reviews = await this.reviews.current(workspaceId, { sample_id: sampleId });
    const byItem = reviewersByItem(reviews).get(sampleId);
    return {
      sample: {
        ...this.summary(row, names, items.length, this.doneCount(row, byItem)),
        strata: JSON.parse(row.strata) as StratumReport[],
      },
      items: items.map((item) => {
        const c = conversations.get(item.conversation_id);
        return {
          position: Number(item.position),
          conversation_id: item.conversation_id,
          stratum: item.stratum,
          assigned_to: item.assigned_to === null ? null : person(item.assigned_to, names),
          scorecard_id: item.scorecard_id,
          channel: c?.channel ?? null,
          path: c?.path ?? null,
          scenario: c?.scenario ?? null,
          agent_id: c?.agent_id ?? null,
          started_at: c?.started_at ?? null,
          csat_score: c?.csat_score ?? null,
          sentiment_end: c?.sentiment_end ?? null,
          reviews: reviews
            .filter((r) => r.conversation_id === item.conversation_id)
            .map((r) => {
              const v = reviewView(r, names);
              return {
                review_id: v.review_id,
                reviewer: v.reviewer,
                score: v.score,
                passed: v.passed,
                auto_failed: v.auto_failed,
                created_at: v.created_at,
              };
            }),
        };
      }),
    };
  }

  /** Draws the sample again from its stored spec and seed, as of its draw, and compares. */
  async verify(workspaceId: string, sampleId: string) {
    const row = await this.row(workspaceId, sampleId);
    const spec = JSON.parse(row.spec) as StoredSpec;
    const population = await qaPopulation(this.store, queryOf(workspaceId, spec), {
      asOf: row.created_at,
      excludeReviewed: spec.exclude_reviewed,
    });
    const again = drawSample(population, spec, Number(row.seed)).items.map((i) => i.conversation_id);
    const stored = (await this.samples.items(workspaceId, sampleId)).map((i) => i.conversation_id);
    const storedSet = new Set(stored);
    const againSet = new Set(again);
    return {
      identical: again.length === stored.length && again.every((id, i) => id === stored[i]),
      missing: stored.filter((id) => !againSet.has(id)),
      extra: again.filter((id) => !storedSet.has(id)),
    };
  }
}
