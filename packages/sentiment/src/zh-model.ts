import { DROPPED, FAST_FOLD, FOLD, NEEDS_NFKC, SPACE } from './zh-text.ts';

/** The Chinese model as shipped: logistic regression over the presence of character unigrams and bigrams. */
export interface ZhModelFile {
  /** How the model was made, for people who open the file. */
  about: string;
  bias: number;
  /** Weights are integers in units of `scale`, which keeps the file small. */
  scale: number;
  /** Feature (one or two characters) → weight; features not listed weigh 0. */
  weights: Record<string, number>;
}

const CODE_UNITS = 0x10000;
// Knuth's multiplicative constant spreads the consecutive keys of common pairs over the table.
const HASH_MULTIPLIER = 0x9e3779b1;
// A record is four 32-bit words: a key, a float32 weight, the last message that counted it, and padding.
// Keeping the three a lookup needs on one cache line matters more than anything else for speed: the tables
// are larger than a core's cache, so most lookups of a new message miss it.
const RECORD = 4;
const WEIGHT = 1;
const SEEN = 2;

/** Records of four 32-bit words, read as unsigned integers and as floats. */
function records(count: number): { words: Uint32Array; floats: Float32Array } {
  const buffer = new ArrayBuffer(count * RECORD * 4);
  return { words: new Uint32Array(buffer), floats: new Float32Array(buffer) };
}

/**
 * The model compiled for speed. A character's record sits at its UTF-16 code unit and holds its number in the
 * model's alphabet (0 = not in the model) and its weight; a pair of characters is an integer key made of the
 * two numbers, in an open-addressing hash table. Scoring a message allocates nothing and builds no strings.
 * Features count once per message however often they occur, as in training: instead of clearing a set for
 * every message, each record remembers the last message that counted it.
 */
export class ZhScorer {
  private readonly bias: number;
  private readonly chars = records(CODE_UNITS);
  private readonly pairs: { words: Uint32Array; floats: Float32Array };
  private readonly stride: number;
  private readonly shift: number;
  private readonly mask: number;
  private message = 0;

  constructor(model: ZhModelFile) {
    this.bias = model.bias;
    const bigrams: [string, number][] = [];
    let alphabet = 0;
    for (const [feature, weight] of Object.entries(model.weights)) {
      if (feature.length === 1) this.chars.floats[feature.charCodeAt(0) * RECORD + WEIGHT] = weight * model.scale;
      else if (feature.length === 2) bigrams.push([feature, weight * model.scale]);
      else throw new Error(`the Chinese model has a feature of ${feature.length} characters: ${feature}`);
      for (let i = 0; i < feature.length; i++) {
        const record = feature.charCodeAt(i) * RECORD;
        if (this.chars.words[record] === 0) this.chars.words[record] = ++alphabet;
      }
    }
    // Keys a·stride + b with a, b ≥ 1 are never 0, which marks an empty slot, and stay below 2^32.
    this.stride = alphabet + 1;
    const bits = Math.max(4, Math.ceil(Math.log2(bigrams.length / 0.6)));
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.pairs = records(1 << bits);
    for (const [feature, weight] of bigrams) {
      const key = this.charNumber(feature.charCodeAt(0)) * this.stride + this.charNumber(feature.charCodeAt(1));
      let slot = Math.imul(key, HASH_MULTIPLIER) >>> this.shift;
      while (this.pairs.words[slot * RECORD] !== 0) slot = (slot + 1) & this.mask;
      this.pairs.words[slot * RECORD] = key;
      this.pairs.floats[slot * RECORD + WEIGHT] = weight;
    }
  }

  /** Log-odds that the text is positive. */
  logit(text: string): number {
    return this.walk(text, FAST_FOLD) ?? this.walk(text.normalize('NFKC'), FOLD)!;
  }

  /**
   * The log-odds, walking the steps of normaliseZh one code unit at a time (a space counts only once something
   * follows it); null when a code unit folds to NEEDS_NFKC, so that the caller normalises the text first.
   */
  private walk(text: string, fold: Uint16Array): number | null {
    const message = this.nextMessage();
    let logit = this.bias;
    let previous = 0;
    let started = false;
    let pendingSpace = false;
    for (let i = 0; i < text.length; i++) {
      const code = fold[text.charCodeAt(i)]!;
      if (code === DROPPED) continue;
      if (code === NEEDS_NFKC) return null;
      if (code === SPACE) {
        pendingSpace = started;
        continue;
      }
      if (pendingSpace) {
        logit += this.weigh(SPACE, previous, message);
        previous = this.charNumber(SPACE);
        pendingSpace = false;
      }
      started = true;
      logit += this.weigh(code, previous, message);
      previous = this.charNumber(code);
    }
    return logit;
  }

  private charNumber(code: number): number {
    return this.chars.words[code * RECORD]!;
  }

  /** Weight of a character and of its pair with the one before, each unless this message already counted it. */
  private weigh(code: number, previous: number, message: number): number {
    let weight = 0;
    const char = code * RECORD;
    if (this.chars.words[char + SEEN] !== message) {
      this.chars.words[char + SEEN] = message;
      weight += this.chars.floats[char + WEIGHT]!;
    }
    const current = this.chars.words[char]!;
    if (previous !== 0 && current !== 0) {
      const pair = this.pairRecord(previous * this.stride + current);
      if (pair >= 0 && this.pairs.words[pair + SEEN] !== message) {
        this.pairs.words[pair + SEEN] = message;
        weight += this.pairs.floats[pair + WEIGHT]!;
      }
    }
    return weight;
  }

  private pairRecord(key: number): number {
    for (let slot = Math.imul(key, HASH_MULTIPLIER) >>> this.shift; ; slot = (slot + 1) & this.mask) {
      const found = this.pairs.words[slot * RECORD]!;
      if (found === key) return slot * RECORD;
      if (found === 0) return -1;
    }
  }

  private nextMessage(): number {
    if (this.message === 0xffffffff) {
      for (let i = SEEN; i < this.chars.words.length; i += RECORD) this.chars.words[i] = 0;
      for (let i = SEEN; i < this.pairs.words.length; i += RECORD) this.pairs.words[i] = 0;
      this.message = 0;
    }
    return ++this.message;
  }
}
