import { describe, expect, it } from 'vitest';
import { specEntries } from './spec-entries.js';

describe('specEntries', () => {
  it('writes every part of a spec the way it was asked', () => {
    expect(
      specEntries({
        name: 'Week 12, chat',
        size: 40,
        exclude_reviewed: true,
        channel: ['chat', 'app'],
        allocation: { per_stratum: 5 },
        seed: null,
      }),
    ).toEqual([
      ['name', 'Week 12, chat'],
      ['size', '40'],
      ['exclude_reviewed', 'true'],
      ['channel', 'chat, app'],
      ['allocation', '{"per_stratum":5}'],
      ['seed', 'null'],
    ]);
  });
});
