import type { Suggestion } from '../types.js';

/** Test-only: phrases that break naive YAML or CSV writers, and suggestions carrying them. */
export const TRICKY_PHRASES = [
  'He said "where is it?"',
  "it's 'single' quoted",
  'order: NW123, status: unknown',
  '#1 priority: my parcel',
  '- starts with a dash',
  '-- two dashes',
  '---',
  '...',
  '%YAML 1.2',
  '{"json": true}',
  '[a, list]',
  '* star & anchor ! tag | pipe > folded @at `tick`',
  'null',
  'yes',
  '我的快递到哪了？',
  '订单号：NW1234567，到哪了',
  '📦 where is my parcel 🙏',
  'comma, separated, words',
  'back\\slash',
  'ends with a colon:',
  'key: value # not a comment',
] as const;

/** Phrases the exports must clean: they cannot stay as written in any one-line format. */
export const CLEANED: readonly (readonly [string, string])[] = [
  ['line\nbreak\r\nand\ttab', 'line break and tab'],
  ['  padded  ', 'padded'],
  ['zero\u0000width\u2028separator', 'zero width separator'],
];

export function suggestion(kind: Suggestion['kind'], intent: string, phrases: readonly string[]): Suggestion {
  return {
    id: `sg_${kind.length.toString(16).padStart(12, '0')}`,
    kind,
    key: intent,
    intent,
    related_intent: null,
    title: `${kind} ${intent}`,
    phrases: [...phrases],
    evidence: { conversation_ids: ['c1'], examples: [], count: 1 },
    impact: { conversations_per_week: 1, containment_gain: 0.5, score: 0.5 },
    confidence: 0.5,
    members: ['c1'],
  };
}

/** Several target intents, awkward names included, one of them fed by two suggestions. */
export const EXPORTED: readonly Suggestion[] = [
  suggestion('add_training_phrases', 'order_status', TRICKY_PHRASES),
  suggestion('add_training_phrases', 'order_status', ['where is my parcel', 'He said "where is it?"']),
  suggestion('new_intent', '收货地址', ['我想修改收货地址', '收货地址填错了能改吗']),
  suggestion('new_intent', 'null', ['an intent named null']),
  suggestion('new_intent', 'change address', ['a name with a space', ...CLEANED.map(([raw]) => raw), '   ']),
  // Kinds without training data are left out even if they carried phrases.
  suggestion('intent_confusion', 'refund_status', ['must not be exported']),
  suggestion('automate', 'store_hours', []),
];

/** What every phrase export must hold, per intent, in order: merged, deduplicated, cleaned, names sorted. */
export const EXPECTED_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'change address': ['a name with a space', ...CLEANED.map(([, clean]) => clean)],
  null: ['an intent named null'],
  order_status: [...TRICKY_PHRASES, 'where is my parcel'],
  收货地址: ['我想修改收货地址', '收货地址填错了能改吗'],
};
