import { describe, expect, it } from 'vitest';
import { newSampleForm, sampleRequest } from './sample-form.js';

const WINDOW = { from: '2026-03-01', to: '2026-03-10', tz: 'Asia/Shanghai', channel: [], scenario: [] };

describe('sampleRequest', () => {
  it("starts from the view's window and sends only what was chosen", () => {
    const form = { ...newSampleForm(WINDOW), name: ' Week 10 ', size: 4 };
    expect(sampleRequest(form)).toEqual({
      name: 'Week 10',
      kind: 'review',
      from: '2026-03-01',
      to: '2026-03-10',
      tz: 'Asia/Shanghai',
      size: 4,
      stratify_by: [],
      allocation: 'proportional',
      weighting: 'uniform',
      exclude_reviewed: true,
    });
  });

  it('carries filters, strata, a quota per stratum, reviewers and a seed', () => {
    const form = {
      ...newSampleForm({ ...WINDOW, channel: ['chat'], scenario: ['refund'] }),
      name: 'Calibration',
      kind: 'calibration' as const,
      stratifyBy: ['agent' as const],
      allocation: 'per_stratum' as const,
      perStratum: 3,
      weighting: 'risk' as const,
      excludeReviewed: false,
      reviewers: ['u1', 'u2'],
      seed: 0,
    };
    expect(sampleRequest(form)).toMatchObject({
      kind: 'calibration',
      channel: ['chat'],
      scenario: ['refund'],
      stratify_by: ['agent'],
      allocation: { per_stratum: 3 },
      weighting: 'risk',
      exclude_reviewed: false,
      reviewers: ['u1', 'u2'],
      seed: 0,
    });
  });
});
