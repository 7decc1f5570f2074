import type { EscalationReason } from '@tandem/schema';
import { SYSTEM_FAILURE, VERIFICATION_FAILED } from './bot-lexicons.js';
import {
  AUTHENTICATION,
  NEGATIVE_WORDS,
  POLICY,
  REQUEST,
  SPEECH,
  TECHNICAL,
  WRONG_ANSWER,
} from './customer-lexicons.js';
import type { Lexicon } from './lexicon.js';
import {
  fallbackCount,
  lastConfidence,
  notHeard,
  readTranscript,
  spokenFallback,
  type Transcript,
} from './transcript.js';
import type { Classification, Turn } from './types.js';

const LOW_CONFIDENCE = 0.5;
const NEGATIVE_SENTIMENT = -0.5;
const LOOP = 2;

/** One rule: the evidence it found, or undefined. */
type Test = (t: Transcript) => string | undefined;

function words(rule: string, lexicon: Lexicon, side: 'customer' | 'bot'): Test {
  return (t) => {
    const hit = lexicon.find(side === 'customer' ? t.customerText : t.botText);
    return hit === undefined ? undefined : `${rule}: "${hit.trim()}"`;
  };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * The rules in priority order, first match wins. docs/escalation-reasons.md gives the reasons for the order:
 * routing rules, then the customer's explicit choice, then what the bot cannot do (verify, run), then
 * failures of understanding from the most to the least specific, and mood last.
 */
const RULES: readonly (readonly [EscalationReason, readonly Test[]])[] = [
  ['complex_or_policy', [words('policy_topic', POLICY, 'customer')]],
  ['customer_requested_human', [words('explicit_request', REQUEST, 'customer')]],
  [
    'authentication_required',
    [words('authentication', AUTHENTICATION, 'customer'), words('verification_failed', VERIFICATION_FAILED, 'bot')],
  ],
  [
    'technical_error',
    [words('technical_error', TECHNICAL, 'customer'), words('system_failure', SYSTEM_FAILURE, 'bot')],
  ],
  [
    'dialect_or_speech',
    [
      words('speech', SPEECH, 'customer'),
      (t) => {
        const hit = notHeard(t);
        return hit === undefined ? undefined : `bot_did_not_hear: "${hit}"`;
      },
      (t) => {
        const mark = spokenFallback(t);
        return mark === undefined ? undefined : `spoken_fallback: ${mark}`;
      },
    ],
  ],
  [
    'bot_not_understood',
    [
      (t) => {
        const n = fallbackCount(t);
        return n >= LOOP ? `fallback_loop: ${n} fallbacks` : undefined;
      },
      (t) => {
        const r = t.repeatedReply;
        return r === undefined ? undefined : `repeated_answer: "${clip(r.text)}" ×${r.times}`;
      },
    ],
  ],
  ['bot_wrong_answer', [words('wrong_answer', WRONG_ANSWER, 'customer')]],
  [
    'low_confidence',
    [
      (t) => {
        const c = lastConfidence(t);
        return c !== undefined && c < LOW_CONFIDENCE ? `low_confidence: ${c} < ${LOW_CONFIDENCE}` : undefined;
      },
    ],
  ],
  [
    'negative_sentiment',
    [
      (t) => {
        const s = t.minSentiment;
        return s !== undefined && s <= NEGATIVE_SENTIMENT
          ? `negative_sentiment: ${s} ≤ ${NEGATIVE_SENTIMENT}`
          : undefined;
      },
      words('negative_words', NEGATIVE_WORDS, 'customer'),
    ],
  ],
];

/** Classifies why a conversation left the bot from the turns BEFORE its first handoff (in time order). */
export function classifyEscalation(turnsBeforeHandoff: readonly Turn[]): Classification {
  const transcript = readTranscript(turnsBeforeHandoff);
  for (const [reason, tests] of RULES) {
    for (const test of tests) {
      const evidence = test(transcript);
      if (evidence !== undefined) return { reason, evidence };
    }
  }
  return { reason: 'other', evidence: 'no_rule: nothing in the transcript explains the handoff' };
}
