import { describe, expect, it } from 'vitest';
import { enSentiment } from './en-sentiment.ts';

describe('enSentiment', () => {
  it('ignores @mentions and links', () => {
    expect(enSentiment('@BadCompany https://example.com/awful-terrible')).toBe(0);
    expect(enSentiment('@help_desk thanks')).toBe(enSentiment('thanks'));
  });

  it('reads emoticons and emoji', () => {
    expect(enSentiment('my order :(')).toBeLessThan(0);
    expect(enSentiment('got it :)')).toBeGreaterThan(0);
    expect(enSentiment('still nothing 😡')).toBeLessThan(enSentiment('still nothing'));
    expect(enSentiment('Note:Done')).toBe(0);
  });

  it('lets "no" negate only the word after it', () => {
    expect(enSentiment('no good')).toBeLessThan(0);
    expect(enSentiment('no its still broken')).toBeLessThan(0);
  });

  it('keeps a hashtag to itself', () => {
    expect(enSentiment('#nothing #bs #no #answers')).toBeLessThan(0);
  });

  it('reads "still" before a negation as a problem that persists', () => {
    expect(enSentiment("still haven't got it")).toBeLessThan(0);
    expect(enSentiment('still no reply')).toBeLessThan(0);
  });

  it('treats curly and straight apostrophes alike', () => {
    expect(enSentiment('It doesn’t work')).toBe(enSentiment("It doesn't work"));
  });
});
