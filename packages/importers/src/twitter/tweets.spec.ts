import { describe, expect, it } from 'vitest';
import { tweetInstant, unescapeTweet } from './tweets.js';

describe('tweets', () => {
  it('reads the posting time out of a snowflake id', () => {
    // The README's first tweet, stamped 2020-04-01T17:31:32Z (to the second) in the export.
    const ms = tweetInstant('1245403438755852288')!;
    expect(ms - Date.parse('2020-04-01T17:31:32Z')).toBeGreaterThanOrEqual(0);
    expect(ms - Date.parse('2020-04-01T17:31:32Z')).toBeLessThan(1000);
    expect(tweetInstant('not-an-id')).toBeNull();
  });

  it('undoes the three HTML escapes of tweet text, once', () => {
    expect(unescapeTweet('a &lt;b&gt; &amp; c &amp;amp;')).toBe('a <b> & c &amp;');
  });
});
