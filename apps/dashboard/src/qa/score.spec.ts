import { describe, expect, it } from 'vitest';
import type { Answer, Criterion } from '../api/qa-types.js';
import { fitsScale, liveScore } from './score.js';

// The default bot scorecard of docs/qa.md: weights 3, 3, 3, 2, 2 (Σ 13), compliance auto-fails.
const BOT: Pick<Criterion, 'key' | 'weight' | 'scale' | 'auto_fail'>[] = [
  { key: 'understanding', weight: 3, scale: 'one_to_five', auto_fail: false },
  { key: 'accuracy', weight: 3, scale: 'one_to_five', auto_fail: false },
  { key: 'resolution', weight: 3, scale: 'yes_no', auto_fail: false },
  { key: 'handoff', weight: 2, scale: 'yes_no', auto_fail: false },
  { key: 'compliance', weight: 2, scale: 'yes_no', auto_fail: true },
];
const answers = (...values: Answer[]) => Object.fromEntries(BOT.map((c, i) => [c.key, values[i]!]));

describe('liveScore', () => {
  it('is 100 when every criterion has its best answer', () => {
    // (3·1 + 3·1 + 3·1 + 2·1 + 2·1) / 13 = 13 / 13 → 100
    expect(liveScore(BOT, answers(5, 5, 'yes', 'yes', 'yes'), 80)).toEqual({
      score: 100,
      autoFailed: false,
      passed: true,
      missing: [],
    });
  });

  it('weights each value: yes 1, no 0, n on 1–5 as (n − 1) / 4', () => {
    // 4 → 0.75, 3 → 0.5: (3·0.75 + 3·0.5 + 3·1 + 2·0 + 2·1) / 13 = (2.25 + 1.5 + 3 + 0 + 2) / 13
    // = 8.75 / 13 = 67.307692… → below the pass mark of 80.
    const live = liveScore(BOT, answers(4, 3, 'yes', 'no', 'yes'), 80);
    expect(live.score).toBeCloseTo(67.307692, 5);
    expect(live.passed).toBe(false);
  });

  it('leaves "na" out of both sums', () => {
    // handoff na: (3 + 3 + 3 + 2) / (3 + 3 + 3 + 2) = 11 / 11 → 100
    expect(liveScore(BOT, answers(5, 5, 'yes', 'na', 'yes'), 80).score).toBe(100);
    // 2 → 0.25: (3·0.25 + 3·0 + 2·1) / (3 + 3 + 2) = (0.75 + 0 + 2) / 8 = 2.75 / 8 = 34.375
    expect(liveScore(BOT, answers(2, 'na', 'no', 'na', 'yes'), 80).score).toBe(34.375);
    // Only the yes/no criteria: resolution no, handoff yes, compliance yes:
    // (3·0 + 2·1 + 2·1) / (3 + 2 + 2) = 4 / 7 = 57.142857…
    expect(liveScore(BOT, answers('na', 'na', 'no', 'yes', 'yes'), 80).score).toBeCloseTo(400 / 7, 9);
  });

  it('has no score when every answer is "na"', () => {
    expect(liveScore(BOT, answers('na', 'na', 'na', 'na', 'na'), 80)).toEqual({
      score: null,
      autoFailed: false,
      passed: null,
      missing: [],
    });
  });

  it('makes an auto-fail criterion answered no (or 1) a 0, whatever else was answered', () => {
    expect(liveScore(BOT, answers(5, 5, 'yes', 'yes', 'no'), 80)).toEqual({
      score: 0,
      autoFailed: true,
      passed: false,
      missing: [],
    });
    const strict = [{ key: 'tone', weight: 1, scale: 'one_to_five' as const, auto_fail: true }, BOT[2]!];
    expect(liveScore(strict, { tone: 1, resolution: 'yes' }, 80)).toMatchObject({ score: 0, autoFailed: true });
    // 2 is no failure: (1·0.25 + 3·1) / 4 = 3.25 / 4 = 81.25
    expect(liveScore(strict, { tone: 2, resolution: 'yes' }, 80)).toMatchObject({ score: 81.25, passed: true });
  });

  it('scores what is answered so far and lists what is not; a pass is at the mark itself', () => {
    // resolution yes, handoff no: (3·1 + 2·0) / 5 = 60
    const live = liveScore(BOT, { resolution: 'yes', handoff: 'no', accuracy: 'yes' as Answer }, 60);
    expect(live).toEqual({
      score: 60,
      autoFailed: false,
      passed: true,
      missing: ['understanding', 'accuracy', 'compliance'],
    });
  });

  it('knows which answers each scale takes', () => {
    expect(fitsScale('yes_no', 'na')).toBe(true);
    expect(fitsScale('yes_no', 3)).toBe(false);
    expect(fitsScale('one_to_five', 5)).toBe(true);
    expect(fitsScale('one_to_five', 'yes')).toBe(false);
    expect(fitsScale('one_to_five', undefined)).toBe(false);
  });
});
