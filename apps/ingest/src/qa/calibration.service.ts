import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { cohenKappa, fleissKappa, krippendorffAlpha, type Answer, type CriterionScale, type Label } from '@tandem/qa';
import { UsersService } from '../users/users.service.js';
import { person } from '../users/person.js';
import { ReviewsRepository } from './reviews.repository.js';
import { SamplesRepository } from './samples.repository.js';
import { ScorecardsService } from './scorecards.service.js';

interface Rated {
  reviewer_id: string;
  conversation_id: string;
  scorecard_id: string;
  answers: Record<string, Answer>;
  score: number | null;
}

interface CalibratedCriterion {
  id: string;
  scorecard_id: string;
  key: string;
  name: string;
  scale: CriterionScale;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** An answer given under an earlier version where the criterion had another scale does not count. */
function fitsScale(answer: Answer, scale: CriterionScale): boolean {
  return answer === 'na' || (scale === 'one_to_five' ? typeof answer === 'number' : typeof answer === 'string');
}

/** The answers the others gave most often; a tie keeps them all. */
function modes(answers: readonly Answer[]): Set<Answer> {
  const counts = new Map<Answer, number>();
  for (const a of answers) counts.set(a, (counts.get(a) ?? 0) + 1);
  const top = Math.max(...counts.values());
  return new Set([...counts].filter(([, n]) => n === top).map(([a]) => a));
}

/**
 * Agreement of a calibration sample's reviewers, per criterion and on the score, and each reviewer's
 * drift from the others (docs/qa.md).
 */
@Injectable()
export class CalibrationService {
  constructor(
    @Inject(SamplesRepository) private readonly samples: SamplesRepository,
    @Inject(ReviewsRepository) private readonly reviews: ReviewsRepository,
    @Inject(ScorecardsService) private readonly scorecards: ScorecardsService,
    @Inject(UsersService) private readonly users: UsersService,
  ) {}

  async calibration(workspaceId: string, sampleId: string) {
    const sample = await this.samples.find(workspaceId, sampleId);
    if (!sample) throw new NotFoundException(`no sample ${sampleId} in this workspace`);
    if (sample.kind !== 'calibration') {
      throw new ConflictException(`${sample.name} is a review sample; agreement is measured on calibration samples`);
    }
    const reviewerIds = JSON.parse(sample.reviewers) as string[];
    const items = (await this.samples.items(workspaceId, sampleId)).map((i) => i.conversation_id);
    const stored = (await this.reviews.current(workspaceId, { sample_id: sampleId })).filter((r) =>
      reviewerIds.includes(r.reviewer_id),
    );
    const rated: Rated[] = stored.map((r) => ({
      reviewer_id: r.reviewer_id,
      conversation_id: r.conversation_id,
      scorecard_id: r.scorecard_id,
      answers: JSON.parse(r.answers) as Record<string, Answer>,
      score: r.score === null ? null : Number(r.score),
    }));
    const cell = new Map(rated.map((r) => [`${r.conversation_id}\u0000${r.reviewer_id}`, r]));
    const at = (item: string, reviewer: string) => cell.get(`${item}\u0000${reviewer}`);
    const criteria = await this.criteriaOf(workspaceId, stored);
    const complete = items.filter((item) => reviewerIds.every((id) => at(item, id)));
    const names = await this.users.names(workspaceId);

    return {
      sample_id: sampleId,
      reviewers: reviewerIds.map((id) => ({
        ...person(id, names),
        reviewed: rated.filter((r) => r.reviewer_id === id).length,
      })),
      items: items.length,
      complete_items: complete.length,
      criteria: criteria.map(({ id, scorecard_id, key, name, scale }) => {
        // An answer counts where it was given on this criterion's scorecard and fits its current scale.
        const answer = (item: string, reviewer: string): Answer | null => {
          const review = at(item, reviewer);
          const given = review?.scorecard_id === scorecard_id ? (review.answers[key] ?? null) : null;
          return given !== null && fitsScale(given, scale) ? given : null;
        };
        const full = complete.filter((item) => reviewerIds.every((r) => answer(item, r) !== null));
        // N.A. is a category for κ and for nominal α; on the 1–5 scale it has no place, so ordinal α leaves it out.
        const alphaValue = (a: Answer | null): Label | null => (scale === 'one_to_five' && a === 'na' ? null : a);
        return {
          key: id,
          scorecard_id,
          name,
          scale,
          units: full.length,
          cohen_kappa:
            reviewerIds.length === 2
              ? (cohenKappa(
                  full.map((item) => [answer(item, reviewerIds[0]!)!, answer(item, reviewerIds[1]!)!] as const),
                )?.value ?? null)
              : null,
          fleiss_kappa:
            reviewerIds.length >= 3
              ? (fleissKappa(full.map((item) => reviewerIds.map((id) => answer(item, id)!)))?.value ?? null)
              : null,
          krippendorff_alpha:
            krippendorffAlpha(
              items.map((item) => reviewerIds.map((id) => alphaValue(answer(item, id)))),
              scale === 'one_to_five' ? 'ordinal' : 'nominal',
            )?.value ?? null,
          alpha_level: scale === 'one_to_five' ? 'ordinal' : 'nominal',
        };
      }),
      score: {
        krippendorff_alpha:
          krippendorffAlpha(
            items.map((item) => reviewerIds.map((id) => at(item, id)?.score ?? null)),
            'interval',
          )?.value ?? null,
        level: 'interval' as const,
      },
      drift: reviewerIds.map((id) => {
        const differences: number[] = [];
        let agreed = 0;
        let compared = 0;
        for (const item of items) {
          const mine = at(item, id);
          if (!mine) continue;
          const others = reviewerIds.filter((o) => o !== id).flatMap((o) => at(item, o) ?? []);
          const otherScores = others.flatMap((o) => (o.score === null ? [] : [o.score]));
          if (mine.score !== null && otherScores.length > 0) differences.push(mine.score - mean(otherScores));
          for (const { scorecard_id, key } of criteria) {
            if (mine.scorecard_id !== scorecard_id) continue;
            const answer = mine.answers[key];
            const theirs = others.flatMap((o) =>
              o.scorecard_id !== scorecard_id || o.answers[key] === undefined ? [] : [o.answers[key]],
            );
            if (answer === undefined || theirs.length === 0) continue;
            compared++;
            if (modes(theirs).has(answer)) agreed++;
          }
        }
        return {
          ...person(id, names),
          reviews: rated.filter((r) => r.reviewer_id === id).length,
          mean_difference: differences.length === 0 ? null : mean(differences),
          majority_agreement: compared === 0 ? null : agreed / compared,
        };
      }),
    };
  }

  /**
   * The criteria of each scorecard the reviews used, as its latest version used defines them; keyed
   * `scorecard.criterion` when a calibration mixes scorecards, since they may define a key differently.
   */
  private async criteriaOf(
    workspaceId: string,
    reviews: readonly { scorecard_id: string; scorecard_version: number }[],
  ): Promise<CalibratedCriterion[]> {
    const latest = new Map<string, number>();
    for (const r of reviews) {
      latest.set(r.scorecard_id, Math.max(latest.get(r.scorecard_id) ?? 0, Number(r.scorecard_version)));
    }
    const mixed = latest.size > 1;
    const criteria: CalibratedCriterion[] = [];
    for (const [scorecardId, version] of [...latest].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const scorecard = await this.scorecards.get(workspaceId, scorecardId, version);
      for (const c of scorecard.criteria) {
        criteria.push({
          id: mixed ? `${scorecardId}.${c.key}` : c.key,
          scorecard_id: scorecardId,
          key: c.key,
          name: mixed ? `${scorecard.name}: ${c.name}` : c.name,
          scale: c.scale,
        });
      }
    }
    return criteria;
  }
}
