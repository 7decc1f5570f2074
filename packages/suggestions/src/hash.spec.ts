import { describe, expect, it } from 'vitest';
import { fnv1a64, suggestionId } from './hash.js';

describe('fnv1a64', () => {
  it.each([
    // Test vectors of the FNV reference (Fowler, Noll, Vo; draft-eastlake-fnv), 64-bit FNV-1a.
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%j → %s', (text, hex) => {
    expect(fnv1a64(text)).toBe(hex);
  });
});

describe('suggestionId', () => {
  it('is sg_ and 12 hex digits, fixed by kind and key', () => {
    const id = suggestionId('add_training_phrases', 'order_status');
    expect(id).toMatch(/^sg_[0-9a-f]{12}$/);
    expect(suggestionId('add_training_phrases', 'order_status')).toBe(id);
    expect(suggestionId('automate', 'order_status')).not.toBe(id);
    expect(suggestionId('add_training_phrases', '快递')).not.toBe(suggestionId('add_training_phrases', '包裹'));
  });
});
