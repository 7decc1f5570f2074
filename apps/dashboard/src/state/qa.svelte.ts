import type { ApiClient } from '../api/client.js';
import type {
  Calibration,
  Disputes,
  QaResults,
  ResultReview,
  ReviewPage,
  SampleDetail,
  Samples,
  Scorecards,
  Users,
} from '../api/qa-types.js';
import { Latest } from './latest.svelte.js';
import { qaResultParams, type ViewParams } from './view-params.js';

const QA = '/api/v1/qa';
const samplePath = (id: string) => `${QA}/samples/${encodeURIComponent(id)}`;

/**
 * Everything the QA page reads. Each route is asked again only when its parameters change, or when a
 * write (a new sample, a review, a dispute) has changed its answer; another sample's answer is
 * dropped at once rather than shown under this one's name.
 */
export class QaData {
  private readonly routes = {
    samples: new Latest<Samples>(),
    detail: new Latest<SampleDetail>(),
    scorecards: new Latest<Scorecards>(),
    users: new Latest<Users>(),
    calibration: new Latest<Calibration>(),
    disputes: new Latest<Disputes>(),
    results: new Latest<QaResults>(),
    groupReviews: new Latest<ReviewPage<ResultReview>>(),
  };
  samples = this.routes.samples.resource;
  detail = this.routes.detail.resource;
  scorecards = this.routes.scorecards.resource;
  users = this.routes.users.resource;
  calibration = this.routes.calibration.resource;
  disputes = this.routes.disputes.resource;
  results = this.routes.results.resource;
  groupReviews = this.routes.groupReviews.resource;

  loadSamples(api: ApiClient, force = false): void {
    this.routes.samples.fetch(api, `${QA}/samples`, [], force);
  }

  loadSample(api: ApiClient, id: string, force = false): void {
    this.routes.detail.fetch(api, samplePath(id), [], force, true);
  }

  /** Scorecards and users change rarely: asked once a visit (and on Retry). */
  loadScorecards(api: ApiClient, force = false): void {
    this.routes.scorecards.fetch(api, `${QA}/scorecards`, [], force);
  }

  loadUsers(api: ApiClient, force = false): void {
    this.routes.users.fetch(api, '/api/v1/users', [], force);
  }

  loadCalibration(api: ApiClient, id: string, force = false): void {
    this.routes.calibration.fetch(api, `${samplePath(id)}/calibration`, [], force, true);
  }

  loadDisputes(api: ApiClient, id: string, force = false): void {
    this.routes.disputes.fetch(api, `${QA}/disputes`, [['sample_id', id]], force, true);
  }

  loadResults(api: ApiClient, view: ViewParams, force = false): void {
    this.routes.results.fetch(api, `${QA}/results`, qaResultParams(view), force);
  }

  /** The reviews behind one group of the results, a page at a time. */
  loadGroupReviews(api: ApiClient, view: ViewParams, key: string, page: number, force = false): void {
    const params: [string, string][] = [...qaResultParams(view), ['key', key], ['page', String(page)]];
    this.routes.groupReviews.fetch(api, `${QA}/reviews`, params, force);
  }
}
