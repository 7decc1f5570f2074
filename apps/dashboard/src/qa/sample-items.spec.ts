import { describe, expect, it } from 'vitest';
import type { ItemReview, SampleItem, UserRef } from '../api/qa-types.js';
import { nextUnreviewed, stepItem, waitsFor } from './sample-items.js';

const ME: UserRef = { user_id: 'u-me', name: 'Rev One' };
const OTHER: UserRef = { user_id: 'u-other', name: 'Rev Two' };
const review = (reviewer: UserRef): ItemReview => ({
  review_id: `r-${reviewer.user_id}`,
  reviewer,
  score: 100,
  passed: true,
  auto_failed: false,
  created_at: '2026-03-11T00:00:00Z',
});
const item = (position: number, reviews: UserRef[] = [], assigned: UserRef | null = null): SampleItem => ({
  position,
  conversation_id: `c${position}`,
  stratum: 'all',
  assigned_to: assigned,
  scorecard_id: 'bot',
  channel: 'chat',
  path: 'bot_only',
  scenario: null,
  agent_id: null,
  started_at: '2026-03-02T01:00:00Z',
  csat_score: null,
  sentiment_end: null,
  reviews: reviews.map(review),
});

describe('moving through a sample', () => {
  const items = [item(1), item(2), item(3)];

  it('steps to the previous and next item, and stops at the ends', () => {
    expect(stepItem(items, 'c2', 1)?.conversation_id).toBe('c3');
    expect(stepItem(items, 'c2', -1)?.conversation_id).toBe('c1');
    expect(stepItem(items, 'c3', 1)).toBeNull();
    expect(stepItem(items, 'c1', -1)).toBeNull();
    expect(stepItem(items, 'nope', 1)).toBeNull();
  });

  it('goes on to the next item nobody reviewed, round to the start, past the one just done', () => {
    const review = [item(1), item(2, [OTHER]), item(3), item(4)];
    expect(nextUnreviewed(review, 'review', 'c1', ME.user_id)?.conversation_id).toBe('c3');
    expect(nextUnreviewed(review, 'review', 'c4', ME.user_id)?.conversation_id).toBe('c1');
    const done = [item(1, [ME]), item(2, [OTHER])];
    expect(nextUnreviewed(done, 'review', 'c1', ME.user_id)).toBeNull();
  });

  it("leaves a review sample's items assigned to someone else to them", () => {
    const assigned = [item(1, [], ME), item(2, [], OTHER), item(3, [], ME)];
    expect(nextUnreviewed(assigned, 'review', 'c1', ME.user_id)?.conversation_id).toBe('c3');
    expect(waitsFor(assigned[1]!, 'review', ME.user_id)).toBe(false);
    expect(waitsFor(assigned[1]!, 'review', OTHER.user_id)).toBe(true);
  });

  it('in a calibration sample, waits for every reviewer on every item', () => {
    const calibration = [item(1, [ME]), item(2, [OTHER]), item(3, [ME, OTHER])];
    expect(nextUnreviewed(calibration, 'calibration', 'c1', ME.user_id)?.conversation_id).toBe('c2');
    expect(nextUnreviewed(calibration, 'calibration', 'c2', ME.user_id)).toBeNull();
    expect(nextUnreviewed(calibration, 'calibration', 'c2', OTHER.user_id)?.conversation_id).toBe('c1');
  });
});
