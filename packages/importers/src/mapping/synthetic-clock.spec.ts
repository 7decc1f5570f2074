import { describe, expect, it } from 'vitest';
import { SyntheticClock } from './synthetic-clock.js';

describe('SyntheticClock', () => {
  const clock = new SyntheticClock('2024-03-04T09:00:00+08:00');

  it('starts dialogue 0 at the first start and spaces turns 30 s apart', () => {
    expect(clock.at(0, 0)).toBe('2024-03-04T09:00:00+08:00');
    expect(clock.at(1, 3)).toBe('2024-03-04T09:21:30+08:00');
  });

  it('puts 30 dialogues on a day, 20 minutes apart, then moves to the next day', () => {
    expect(clock.at(29, 0)).toBe('2024-03-04T18:40:00+08:00');
    expect(clock.at(30, 0)).toBe('2024-03-05T09:00:00+08:00');
  });

  it('writes local wall-clock time with the offset it was given', () => {
    const newYork = new SyntheticClock('2024-01-31T23:50:00-05:00');
    expect(newYork.at(0, 40)).toBe('2024-02-01T00:10:00-05:00');
    expect(Date.parse(newYork.at(0, 0))).toBe(Date.UTC(2024, 1, 1, 4, 50));
  });
});
