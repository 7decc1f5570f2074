// The wire format of the QA API (docs/qa.md), as the dashboard reads it. The service's QA package
// is not a dependency of the dashboard, so the shapes are spelled out here, types only.

export const ROLES = ['admin', 'executive', 'qa', 'trainer'] as const;
export type Role = (typeof ROLES)[number];

export interface UserRef {
  user_id: string;
  name: string;
}

export interface SignedInUser extends UserRef {
  role: Role;
}

/** `GET /api/v1/me`: who the token belongs to; `user` is null for the workspace's API key. */
export interface Me {
  workspace_id: string;
  user: SignedInUser | null;
}

export interface User extends SignedInUser {
  created_at: string;
}

export interface Users {
  users: User[];
}

export const SAMPLE_KINDS = ['review', 'calibration'] as const;
export type SampleKind = (typeof SAMPLE_KINDS)[number];

export const STRATA_DIMENSIONS = ['channel', 'path', 'scenario', 'agent', 'sentiment_band'] as const;
export type StratumDimension = (typeof STRATA_DIMENSIONS)[number];

export const WEIGHTINGS = ['uniform', 'risk'] as const;
export type Weighting = (typeof WEIGHTINGS)[number];

export type Allocation = 'proportional' | 'equal' | { per_stratum: number };

/** `POST /api/v1/qa/samples`. */
export interface SampleRequest {
  name: string;
  kind: SampleKind;
  from: string;
  to: string;
  tz: string;
  channel?: string[];
  scenario?: string[];
  size: number;
  stratify_by: StratumDimension[];
  allocation: Allocation;
  weighting: Weighting;
  exclude_reviewed: boolean;
  reviewers?: string[];
  seed?: number;
}

export interface SampleSummary {
  sample_id: string;
  name: string;
  kind: SampleKind;
  created_by: UserRef;
  created_at: string;
  seed: number;
  spec: Record<string, unknown>;
  population: number;
  size: number;
  reviewed: number;
  reviewers: UserRef[];
}

export interface Samples {
  samples: SampleSummary[];
}

export interface Stratum {
  stratum: string;
  population: number;
  quota: number;
  drawn: number;
}

export const PATHS = ['bot_only', 'handed_off', 'human_only'] as const;
export type ConversationPath = (typeof PATHS)[number];

export interface ItemReview {
  review_id: string;
  reviewer: UserRef;
  score: number | null;
  passed: boolean | null;
  auto_failed: boolean;
  created_at: string;
}

export interface SampleItem {
  /** 1-based. */
  position: number;
  conversation_id: string;
  stratum: string;
  assigned_to: UserRef | null;
  scorecard_id: string;
  channel: string;
  path: ConversationPath;
  scenario: string | null;
  agent_id: string | null;
  started_at: string;
  csat_score: number | null;
  sentiment_end: number | null;
  reviews: ItemReview[];
}

/** `GET /api/v1/qa/samples/:id`, and the answer to drawing one. */
export interface SampleDetail {
  sample: SampleSummary & { strata: Stratum[] };
  items: SampleItem[];
}

export interface Verification {
  identical: boolean;
  missing: string[];
  extra: string[];
}

export const SCALES = ['yes_no', 'one_to_five'] as const;
export type Scale = (typeof SCALES)[number];

export interface Criterion {
  key: string;
  name: string;
  description: string;
  weight: number;
  scale: Scale;
  auto_fail: boolean;
}

export interface Scorecard {
  scorecard_id: string;
  version: number;
  name: string;
  applies_to: 'bot' | 'human';
  pass_mark: number;
  criteria: Criterion[];
  created_by: UserRef | string | null;
  created_at: string;
}

export interface Scorecards {
  scorecards: Scorecard[];
}

/** A yes/no criterion answers yes, no or na; a 1–5 criterion a number or na. */
export type Answer = 'yes' | 'no' | 'na' | 1 | 2 | 3 | 4 | 5;

/** `POST /api/v1/qa/reviews`. */
export interface ReviewRequest {
  conversation_id: string;
  sample_id: string;
  scorecard_id: string;
  scorecard_version: number;
  answers: Record<string, Answer>;
  comment: string;
}

export interface Review {
  review_id: string;
  revision: number;
  conversation_id: string;
  sample_id: string | null;
  reviewer: UserRef;
  scorecard_id: string;
  scorecard_version: number;
  answers: Record<string, Answer>;
  comment: string | null;
  score: number | null;
  passed: boolean | null;
  auto_failed: boolean;
  created_at: string;
}

/** A review as the results list it: with the facts of its conversation. */
export interface ResultReview extends Review {
  channel: string;
  scenario: string | null;
  path: ConversationPath;
  agent_id: string | null;
  team: string | null;
  started_at: string;
}

export interface ReviewPage<R extends Review = Review> {
  total: number;
  page: number;
  page_size: number;
  reviews: R[];
}

export type AlphaLevel = 'nominal' | 'ordinal';

export interface CriterionAgreement {
  key: string;
  name: string;
  scale: Scale;
  units: number;
  cohen_kappa: number | null;
  fleiss_kappa: number | null;
  krippendorff_alpha: number | null;
  alpha_level: AlphaLevel;
}

export interface ReviewerDrift extends UserRef {
  reviews: number;
  mean_difference: number | null;
  majority_agreement: number | null;
}

/** `GET /api/v1/qa/samples/:id/calibration`. */
export interface Calibration {
  sample_id: string;
  reviewers: (UserRef & { reviewed: number })[];
  items: number;
  complete_items: number;
  criteria: CriterionAgreement[];
  score: { krippendorff_alpha: number | null; level: 'interval' };
  drift: ReviewerDrift[];
}

export const OUTCOMES = ['upheld', 'overturned', 'adjusted'] as const;
export type DisputeOutcome = (typeof OUTCOMES)[number];

export interface Dispute {
  dispute_id: string;
  review_id: string;
  conversation_id: string;
  criterion: string | null;
  reason: string;
  raised_by: UserRef;
  raised_at: string;
  outcome: DisputeOutcome | null;
  note: string | null;
  resolved_by: UserRef | null;
  resolved_at: string | null;
}

export interface Disputes {
  disputes: Dispute[];
}

export const QA_GROUPINGS = ['agent', 'team', 'channel', 'scenario', 'path'] as const;
export type QaGrouping = (typeof QA_GROUPINGS)[number];

export interface ResultGroup {
  key: string;
  reviews: number;
  mean_score: number | null;
  mean_ci: [number, number] | null;
  pass_rate: { numerator: number; denominator: number; value: number | null; ci: [number, number] | null };
  auto_fails: number;
}

export interface ResultBucket {
  bucket: string;
  reviews: number;
  mean_score: number | null;
  mean_ci: [number, number] | null;
}

/** `GET /api/v1/qa/results`. */
export interface QaResults {
  overall: ResultGroup;
  groups: ResultGroup[];
  trend: ResultBucket[];
}
