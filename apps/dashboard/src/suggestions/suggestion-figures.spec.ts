import { describe, expect, it } from 'vitest';
import type { LiftSide, SuggestionView } from '../api/suggestion-types.js';
import {
  actionsFor,
  cleanPhrases,
  evidencePage,
  intentChoices,
  intentOf,
  liftVerdict,
  samePhrases,
  shipDay,
} from './suggestion-figures.js';

const ratio = (numerator: number, denominator: number) => ({
  numerator,
  denominator,
  value: denominator ? numerator / denominator : null,
});
const side = (difference: number | null, ci: [number, number] | null): LiftSide => ({
  counts: { before: ratio(1, 2), after: ratio(1, 2) },
  before: 0.5,
  after: 0.5,
  difference,
  ci,
});

describe('suggestion figures', () => {
  it('names a confusion by both intents, X → Y, and anything else by its intent or key', () => {
    expect(
      intentOf({ intent: 'return_request', related_intent: 'refund_status', key: 'refund_status→return_request' }),
    ).toBe('refund_status → return_request');
    expect(intentOf({ intent: 'order_status', related_intent: null, key: 'order_status' })).toBe('order_status');
    expect(intentOf({ intent: null, related_intent: null, key: '(no intent)' })).toBe('(no intent)');
  });

  it('offers every intent and confused-with intent once, sorted, and keeps the chosen one', () => {
    const s = (intent: string | null, related: string | null) =>
      ({ intent, related_intent: related }) as SuggestionView;
    expect(
      intentChoices([s('b', null), s('return_request', 'refund_status'), s('b', null), s(null, null)], 'zz'),
    ).toEqual(['b', 'refund_status', 'return_request', 'zz']);
    expect(intentChoices([], null)).toEqual([]);
  });

  it('sends phrases trimmed and without empty lines, and compares them that way', () => {
    expect(cleanPhrases(['  where is my parcel ', '', '   ', '我的快递呢'])).toEqual([
      'where is my parcel',
      '我的快递呢',
    ]);
    expect(samePhrases(['a ', ''], ['a'])).toBe(true);
    expect(samePhrases(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(samePhrases(['a'], ['a', 'b'])).toBe(false);
  });

  it('offers the moves the service allows from each status', () => {
    expect(actionsFor('new', 'add_training_phrases')).toEqual(['accept', 'reject']);
    expect(actionsFor('accepted', 'new_intent')).toEqual(['edit', 'ship', 'reject']);
    // Only phrase kinds have phrases to edit.
    expect(actionsFor('accepted', 'automate')).toEqual(['ship', 'reject']);
    expect(actionsFor('rejected', 'answer_gap')).toEqual(['accept']);
    expect(actionsFor('shipped', 'add_training_phrases')).toEqual([]);
  });

  it('reads a lift as no change while its interval includes zero, and by its sign otherwise', () => {
    expect(liftVerdict(side(0.2, [0.0524, 0.3339]))).toBe('better');
    expect(liftVerdict(side(-0.2, [-0.3339, -0.0524]))).toBe('worse');
    expect(liftVerdict(side(0.05, [-0.1, 0.2]))).toBe('no_change');
    // A bound exactly at zero does not exclude it.
    expect(liftVerdict(side(0.1, [0, 0.2]))).toBe('no_change');
    expect(liftVerdict(side(null, null))).toBe('unknown');
    expect(liftVerdict(null)).toBe('unknown');
  });

  it('pages the evidence conversations twenty at a time', () => {
    const ids = Array.from({ length: 70 }, (_, i) => `c${i + 1}`);
    expect(evidencePage(ids, 1)).toMatchObject({ page: 1, pages: 4 });
    expect(evidencePage(ids, 1).ids).toHaveLength(20);
    expect(evidencePage(ids, 4).ids).toEqual(['c61', 'c62', 'c63', 'c64', 'c65', 'c66', 'c67', 'c68', 'c69', 'c70']);
    expect(evidencePage(ids, 9).page).toBe(4);
    expect(evidencePage([], 1)).toEqual({ ids: [], page: 1, pages: 1 });
  });

  it('takes the ship date as a day, whether the service wrote a date or an instant', () => {
    expect(shipDay('2026-03-15')).toBe('2026-03-15');
    expect(shipDay('2026-03-15T00:00:00.000Z')).toBe('2026-03-15');
  });
});
