/** Twitter's snowflake epoch (2010-11-04T01:42:54.657Z). */
const TWITTER_EPOCH_MS = 1_288_834_974_657n;

/**
 * The instant a tweet was posted, read from its id: a snowflake id's bits above the lowest 22 count
 * milliseconds since Twitter's epoch. Null when the id is not a number.
 */
export function tweetInstant(tweetId: string): number | null {
  if (!/^\d{1,20}$/.test(tweetId)) return null;
  return Number((BigInt(tweetId) >> 22n) + TWITTER_EPOCH_MS);
}

/** Tweet text as written: the API escapes exactly these three characters. */
export function unescapeTweet(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}
