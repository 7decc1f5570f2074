import { DEFAULT_SETTINGS } from '@tandem/schema';
import { describe, expect, it } from 'vitest';
import { recommend } from './scenarios.js';

// Default thresholds: containment 70%, CSAT 80%.
describe('recommend', () => {
  it('automates what the bot already contains and pleases with', () => {
    expect(recommend(0.75, 0.85, 'high_freq_low_complexity', DEFAULT_SETTINGS)).toBe('automate');
    expect(recommend(0.7, null, null, DEFAULT_SETTINGS)).toBe('automate');
  });

  it('keeps complex and emotional work with humans unless the bot already does it well', () => {
    expect(recommend(0.4, 0.9, 'low_freq_high_complexity', DEFAULT_SETTINGS)).toBe('keep_with_humans');
    expect(recommend(0.6, 0.5, 'emotional', DEFAULT_SETTINGS)).toBe('keep_with_humans');
    expect(recommend(0.9, 0.9, 'emotional', DEFAULT_SETTINGS)).toBe('automate');
  });

  it('improves the bot on simple work it half does, and gives up where it neither contains nor pleases', () => {
    expect(recommend(0.5, 0.9, 'high_freq_low_complexity', DEFAULT_SETTINGS)).toBe('improve_bot');
    expect(recommend(0.8, 0.6, null, DEFAULT_SETTINGS)).toBe('improve_bot');
    expect(recommend(0.2, 0.5, null, DEFAULT_SETTINGS)).toBe('keep_with_humans');
    expect(recommend(null, null, null, DEFAULT_SETTINGS)).toBe('improve_bot');
  });
});
