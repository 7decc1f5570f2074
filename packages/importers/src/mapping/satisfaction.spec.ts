import { describe, expect, it } from 'vitest';
import { classOfRatings, csatOfClass, csatOfRatings, outcomeOfClass } from './satisfaction.js';

describe('satisfaction', () => {
  it('classes ratings by their exact mean against 3', () => {
    expect(classOfRatings([3, 3, 2])).toBe('dissatisfied');
    expect(classOfRatings([2, 3, 4])).toBe('neutral');
    expect(classOfRatings([3, 3, 3, 4])).toBe('satisfied');
  });

  it('rounds the mean rating to a score but never across the class boundary', () => {
    expect(csatOfRatings([3, 3, 4])).toBe(4); // 3.33, satisfied
    expect(csatOfRatings([4, 3, 4])).toBe(4); // 3.67
    expect(csatOfRatings([5, 5, 4])).toBe(5); // 4.67
    expect(csatOfRatings([3, 3, 3])).toBe(3);
    expect(csatOfRatings([2, 3, 4])).toBe(3);
    expect(csatOfRatings([3, 3, 2])).toBe(2); // 2.67, dissatisfied
    expect(csatOfRatings([2, 2, 3, 3])).toBe(2); // 2.5 would round up into neutral
    expect(csatOfRatings([1, 1, 2])).toBe(1);
  });

  it('scores a class at the middle of its part of the scale and calls only dissatisfaction unresolved', () => {
    expect(['dissatisfied', 'neutral', 'satisfied'].map((c) => csatOfClass(c as never))).toEqual([2, 3, 4]);
    expect(outcomeOfClass('dissatisfied')).toBe('unresolved');
    expect(outcomeOfClass('neutral')).toBe('resolved');
  });
});
