/** How a conversation went: the bot alone, the bot then an agent, or agents alone. */
export type ConversationPath = 'bot_only' | 'handed_off' | 'human_only';

/** What sampling knows of one closed conversation of the population. */
export interface Candidate {
  conversation_id: string;
  channel: string;
  path: ConversationPath;
  scenario: string | null;
  /** The first agent who took part; null when none did. */
  agent_id: string | null;
  /** The customer's sentiment at the end, −1..1; null when it was never measured. */
  sentiment_end: number | null;
  csat_score: number | null;
  handle_ms: number | null;
  handed_off: boolean;
  /** The customer came back within the recontact window after this conversation closed. */
  recontacted: boolean;
}

export const STRATUM_DIMENSIONS = ['channel', 'path', 'scenario', 'agent', 'sentiment_band'] as const;
export type StratumDimension = (typeof STRATUM_DIMENSIONS)[number];

export type SentimentBand = 'negative' | 'neutral' | 'positive' | 'unknown';

/**
 * Below −0.25 negative, above 0.25 positive: a neutral band around 0, because the models give small
 * scores to messages with little evidence either way (docs/sentiment.md).
 */
export const SENTIMENT_BAND_EDGE = 0.25;

export function sentimentBand(sentiment: number | null): SentimentBand {
  if (sentiment === null) return 'unknown';
  if (sentiment < -SENTIMENT_BAND_EDGE) return 'negative';
  if (sentiment > SENTIMENT_BAND_EDGE) return 'positive';
  return 'neutral';
}

/** A candidate's value on one stratification dimension; conversations without an agent count under `bot`. */
export function dimensionValue(candidate: Candidate, dimension: StratumDimension): string {
  switch (dimension) {
    case 'channel':
      return candidate.channel;
    case 'path':
      return candidate.path;
    case 'scenario':
      return candidate.scenario ?? 'none';
    case 'agent':
      return candidate.agent_id ?? 'bot';
    case 'sentiment_band':
      return sentimentBand(candidate.sentiment_end);
  }
}
