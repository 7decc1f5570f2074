import type { SampleKind, SampleRequest, StratumDimension, Weighting } from '../api/qa-types.js';

export const ALLOCATIONS = ['proportional', 'equal', 'per_stratum'] as const;
export type AllocationChoice = (typeof ALLOCATIONS)[number];

/** The new-sample form as the page edits it; `sampleRequest` turns it into the service's body. */
export interface SampleForm {
  name: string;
  kind: SampleKind;
  from: string;
  to: string;
  tz: string;
  channel: string[];
  scenario: string[];
  size: number | null;
  stratifyBy: StratumDimension[];
  allocation: AllocationChoice;
  perStratum: number | null;
  weighting: Weighting;
  excludeReviewed: boolean;
  reviewers: string[];
  seed: number | null;
}

/** The fields the form shows, each named as the service names it in a 422. */
export const SAMPLE_FIELDS = [
  'name',
  'kind',
  'from',
  'to',
  'tz',
  'channel',
  'scenario',
  'size',
  'stratify_by',
  'allocation',
  'weighting',
  'exclude_reviewed',
  'reviewers',
  'seed',
] as const;
export type SampleField = (typeof SAMPLE_FIELDS)[number];

/** A form for the view's window, zone and channel and scenario filters. */
export function newSampleForm(window: {
  from: string;
  to: string;
  tz: string;
  channel: string[];
  scenario: string[];
}): SampleForm {
  return {
    name: '',
    kind: 'review',
    from: window.from,
    to: window.to,
    tz: window.tz,
    channel: [...window.channel],
    scenario: [...window.scenario],
    size: 20,
    stratifyBy: [],
    allocation: 'proportional',
    perStratum: 5,
    weighting: 'uniform',
    excludeReviewed: true,
    reviewers: [],
    seed: null,
  };
}

/** The body of `POST /api/v1/qa/samples`; optional parts are left out when empty, so the service's defaults apply. */
export function sampleRequest(form: SampleForm): SampleRequest {
  const body: SampleRequest = {
    name: form.name.trim(),
    kind: form.kind,
    from: form.from,
    to: form.to,
    tz: form.tz,
    size: form.size ?? 0,
    stratify_by: [...form.stratifyBy],
    allocation: form.allocation === 'per_stratum' ? { per_stratum: form.perStratum ?? 0 } : form.allocation,
    weighting: form.weighting,
    exclude_reviewed: form.excludeReviewed,
  };
  if (form.channel.length) body.channel = [...form.channel];
  if (form.scenario.length) body.scenario = [...form.scenario];
  if (form.reviewers.length) body.reviewers = [...form.reviewers];
  if (form.seed !== null) body.seed = form.seed;
  return body;
}
