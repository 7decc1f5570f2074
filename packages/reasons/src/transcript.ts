import { DIALECT_WORDS, FALLBACK_REPLY, FILLERS, NOT_HEARD_REPLY } from './bot-lexicons.js';
import { scan, type Scanned } from './lexicon.js';
import { normaliseAll } from './normalise.js';
import type { Turn } from './types.js';

/**
 * One customer utterance and the bot's reading of it. Platforms put the reading (confidence, fallback)
 * on the utterance or on the bot's reply; either is taken, the utterance's own first.
 */
interface Exchange {
  /** Normalised customer text. */
  said: string;
  /** The bot's first reply to it, normalised. */
  reply: string | undefined;
  confidence: number | undefined;
  fallback: boolean;
}

/** What the classifier reads from a transcript, computed in one pass. */
export interface Transcript {
  /** Normalised customer turns, one per line, so clause and line anchors hold per turn. */
  customerText: Scanned;
  /** Normalised bot and system turns, one per line. */
  botText: Scanned;
  exchanges: Exchange[];
  /**
   * The same first reply to consecutive utterances: the bot stuck on one reading while the customer
   * rephrases. Prompts repeated after different answers ("anything else?") do not count.
   */
  repeatedReply: { text: string; times: number } | undefined;
  minSentiment: number | undefined;
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function readTranscript(turns: readonly Turn[]): Transcript {
  const customer: string[] = [];
  const botSide: string[] = [];
  const exchanges: Exchange[] = [];
  let repeatedReply: Transcript['repeatedReply'];
  let run = 1;
  let minSentiment: number | undefined;
  let current: Exchange | undefined;

  const texts = normaliseAll(turns.map((t) => t.text));
  for (const [i, turn] of turns.entries()) {
    const text = texts[i]!;
    if (turn.author === 'customer') {
      customer.push(text);
      if (finite(turn.sentiment) && (minSentiment === undefined || turn.sentiment < minSentiment)) {
        minSentiment = turn.sentiment;
      }
      current = {
        said: text,
        reply: undefined,
        confidence: finite(turn.confidence) ? turn.confidence : undefined,
        fallback: turn.fallback === true,
      };
      exchanges.push(current);
    } else if (turn.author === 'bot' || turn.author === 'system') {
      botSide.push(text);
      // Bot turns before the customer's first words read nothing.
      if (turn.author !== 'bot' || text === '' || current === undefined) continue;
      if (current.reply === undefined) {
        current.reply = text;
        run = exchanges.at(-2)?.reply === text ? run + 1 : 1;
        if (run >= 2 && (repeatedReply === undefined || run > repeatedReply.times))
          repeatedReply = { text, times: run };
      }
      current.confidence ??= finite(turn.confidence) ? turn.confidence : undefined;
      const saysFallback = turn.fallback ?? FALLBACK_REPLY.find(scan(text)) !== undefined;
      if (saysFallback) current.fallback = true;
    }
  }
  return {
    customerText: scan(customer.join('\n')),
    botText: scan(botSide.join('\n')),
    exchanges,
    repeatedReply,
    minSentiment,
  };
}

export function fallbackCount(t: Transcript): number {
  let n = 0;
  for (const e of t.exchanges) if (e.fallback) n++;
  return n;
}

/** The confidence of the last reading that has one. */
export function lastConfidence(t: Transcript): number | undefined {
  for (let i = t.exchanges.length - 1; i >= 0; i--) {
    const c = t.exchanges[i]!.confidence;
    if (c !== undefined) return c;
  }
  return undefined;
}

/** A not-understood utterance that looks spoken: dialect words or several fillers. Returns what marked it. */
export function spokenFallback(t: Transcript): string | undefined {
  for (const e of t.exchanges) {
    if (!e.fallback) continue;
    const said = scan(e.said);
    const dialect = DIALECT_WORDS.find(said);
    if (dialect !== undefined) return `"${dialect}"`;
    if (FILLERS.count(said) >= 2) return `fillers in "${e.said}"`;
  }
  return undefined;
}

/** A bot reply saying it did not hear, rather than did not understand. */
export function notHeard(t: Transcript): string | undefined {
  return NOT_HEARD_REPLY.find(t.botText);
}
