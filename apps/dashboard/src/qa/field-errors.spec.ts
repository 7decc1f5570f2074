import { describe, expect, it } from 'vitest';
import { errorsByField, pathSegments } from './field-errors.js';

describe('errorsByField', () => {
  it('reads the paths validators write', () => {
    expect(pathSegments('allocation.per_stratum')).toEqual(['allocation', 'per_stratum']);
    expect(pathSegments('/allocation/per_stratum')).toEqual(['allocation', 'per_stratum']);
    expect(pathSegments('stratify_by[1]')).toEqual(['stratify_by', '1']);
    expect(pathSegments('body.size')).toEqual(['size']);
    expect(pathSegments('')).toEqual([]);
  });

  it('puts each reason beside its field and keeps the rest for the top of the form', () => {
    const errors = [
      { path: 'size', reason: 'must be a positive integer' },
      { path: 'stratify_by[0]', reason: 'must be one of channel, path, scenario, agent, sentiment_band' },
      { path: 'allocation.per_stratum', reason: 'must be at least 1' },
      { path: 'size', reason: 'must be at most 1000' },
      { path: 'risk_weights', reason: 'unknown factor' },
      { path: '', reason: 'the population is empty' },
    ];
    const { byField, other } = errorsByField(errors, ['name', 'size', 'stratify_by', 'allocation']);
    expect(byField).toEqual({
      size: ['must be a positive integer', 'must be at most 1000'],
      stratify_by: ['must be one of channel, path, scenario, agent, sentiment_band'],
      allocation: ['must be at least 1'],
    });
    expect(other.map((e) => e.path)).toEqual(['risk_weights', '']);
  });

  it("takes a review's answers by criterion", () => {
    const errors = [
      { path: 'answers.compliance', reason: 'must be yes, no or na' },
      { path: 'answers/empathy', reason: 'required' },
      { path: 'scorecard_version', reason: 'is not the latest' },
    ];
    const { byField, other } = errorsByField(errors, ['compliance', 'empathy'], 'answers');
    expect(byField).toEqual({ compliance: ['must be yes, no or na'], empathy: ['required'] });
    expect(other).toEqual([{ path: 'scorecard_version', reason: 'is not the latest' }]);
  });
});
