import { PLANTED, plantedConversations } from '@tandem/fixtures';
import { describe, expect, it } from 'vitest';
import { generateSuggestions } from './generate.js';
import { tracesFromEvents } from './test-support/traces-from-events.js';
import type { ConversationTrace, Suggestion } from './types.js';

const ANCHOR = '2026-11-01T00:00:00Z';
const OPTIONS = { now: ANCHOR, windowDays: PLANTED.windowDays };
const traces = tracesFromEvents(plantedConversations({ anchor: ANCHOR }));
const suggestions = generateSuggestions(traces, OPTIONS);

const sorted = (ids: readonly string[]) => [...ids].sort();

/** A planted phrasing as a pattern: `{order}` is any order number. */
function phrasingPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{order\\}', 'NW\\d+');
  return new RegExp(`^${escaped}$`);
}
const isPlantedPhrasing = (phrase: string, templates: readonly string[]) =>
  templates.some((t) => phrasingPattern(t).test(phrase));

function only(kind: Suggestion['kind'], key: string): Suggestion {
  const found = suggestions.filter((s) => s.kind === kind && s.key === key);
  expect(found, `${kind} ${key}`).toHaveLength(1);
  return found[0]!;
}

/** What the plant implies, one entry per suggestion, with the conversations that must be its evidence. */
const parcelIds = sorted([...PLANTED.parcel.en, ...PLANTED.parcel.zh]);
const EXPECTED: { kind: Suggestion['kind']; key: string | RegExp; ids: string[] }[] = [
  { kind: 'add_training_phrases', key: PLANTED.parcel.intent, ids: parcelIds },
  {
    kind: 'intent_confusion',
    key: `${PLANTED.confusion.predicted}→${PLANTED.confusion.correct}`,
    ids: sorted(PLANTED.confusion.ids),
  },
  // DESIGN §4: "bot predicted X … feedback says Y → utterances to add to Y" holds for the confusion's conversations too.
  { kind: 'add_training_phrases', key: PLANTED.confusion.correct, ids: sorted(PLANTED.confusion.ids) },
  { kind: 'answer_gap', key: PLANTED.answerGap.intent, ids: sorted(PLANTED.answerGap.ids) },
  { kind: 'new_intent', key: new RegExp(PLANTED.newIntent.enWord), ids: sorted(PLANTED.newIntent.en) },
  { kind: 'new_intent', key: new RegExp(PLANTED.newIntent.zhSubstring), ids: sorted(PLANTED.newIntent.zh) },
  { kind: 'automate', key: PLANTED.automate.intent, ids: sorted(PLANTED.automate.ids) },
  { kind: 'escalate_earlier', key: PLANTED.escalate.intent, ids: sorted(PLANTED.escalate.ids) },
];

function matches(s: Suggestion, e: (typeof EXPECTED)[number]): boolean {
  return s.kind === e.kind && (typeof e.key === 'string' ? s.key === e.key : e.key.test(s.key));
}

describe('generateSuggestions on the planted fixture', () => {
  it('finds every planted pattern, each with exactly the planted conversations as evidence', () => {
    for (const e of EXPECTED) {
      const found = suggestions.filter((s) => matches(s, e));
      expect(found, `${e.kind} ${String(e.key)}`).toHaveLength(1);
      expect(found[0]!.evidence.conversation_ids, `${e.kind} ${String(e.key)}`).toEqual(e.ids);
      expect(found[0]!.evidence.count).toBe(e.ids.length);
    }
  });

  it('ranks the planted suggestions first: no other suggestion above any of them', () => {
    // Eight, not seven: new_intent is one per language, and the confusion also yields training phrases.
    const ranks = EXPECTED.map((e) => suggestions.findIndex((s) => matches(s, e))).sort((a, b) => a - b);
    expect(ranks).toEqual(EXPECTED.map((_, i) => i));
  });

  it('proposes English and Chinese parcel phrasings for order_status, all of them planted ones', () => {
    const s = only('add_training_phrases', PLANTED.parcel.intent);
    expect(s.evidence.count).toBe(70);
    const templates = [...PLANTED.parcel.phrasings.en, ...PLANTED.parcel.phrasings.zh];
    for (const phrase of s.phrases) expect(isPlantedPhrasing(phrase, templates), phrase).toBe(true);
    expect(s.phrases.some((p) => isPlantedPhrasing(p, PLANTED.parcel.phrasings.en))).toBe(true);
    expect(s.phrases.some((p) => isPlantedPhrasing(p, PLANTED.parcel.phrasings.zh))).toBe(true);
    expect(s.phrases.length).toBeLessThanOrEqual(25);
    expect(new Set(s.phrases).size).toBe(s.phrases.length);
  });

  it('names the confusion and the new intents from the plant', () => {
    const confusion = only('intent_confusion', `${PLANTED.confusion.predicted}→${PLANTED.confusion.correct}`);
    expect(confusion).toMatchObject({ intent: PLANTED.confusion.correct, related_intent: PLANTED.confusion.predicted });
    for (const [ids, templates] of [
      [PLANTED.newIntent.en, PLANTED.newIntent.phrasings.en],
      [PLANTED.newIntent.zh, PLANTED.newIntent.phrasings.zh],
    ] as const) {
      const s = suggestions.find((x) => x.kind === 'new_intent' && x.evidence.conversation_ids[0] === sorted(ids)[0])!;
      expect(s.intent).toBe(s.key);
      expect(s.phrases.length).toBeGreaterThanOrEqual(3);
      for (const phrase of s.phrases) expect(isPlantedPhrasing(phrase, templates), phrase).toBe(true);
    }
  });

  it('keeps scores, gains and confidences in range, and the score the product of rate and gain', () => {
    for (const s of suggestions) {
      expect(s.impact.conversations_per_week).toBeCloseTo((s.evidence.count / PLANTED.windowDays) * 7, 3);
      expect(s.impact.containment_gain).toBeGreaterThanOrEqual(0);
      expect(s.impact.containment_gain).toBeLessThanOrEqual(1);
      expect(s.impact.score).toBeCloseTo(s.impact.conversations_per_week * s.impact.containment_gain, 3);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.evidence.examples.length).toBeLessThanOrEqual(10);
      expect(s.id).toMatch(/^sg_[0-9a-f]{12}$/);
    }
  });
});

/** A seeded Fisher–Yates shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('generateSuggestions: determinism and identity', () => {
  it('gives identical output for shuffled input', () => {
    for (const seed of [1, 2, 3]) {
      const input: ConversationTrace[] = shuffled(traces, seed).map((t) => ({
        ...t,
        feedback: [...t.feedback].reverse(),
      }));
      expect(JSON.stringify(generateSuggestions(input, OPTIONS))).toBe(JSON.stringify(suggestions));
    }
  });

  it('keeps every id of a run on the first 60% when re-run on all with `previous`, with no duplicates', () => {
    const byStart = [...traces].sort((a, b) =>
      a.started_at < b.started_at ? -1 : a.started_at > b.started_at ? 1 : 0,
    );
    const first = generateSuggestions(byStart.slice(0, Math.floor(byStart.length * 0.6)), OPTIONS);
    expect(first.filter((s) => s.kind === 'new_intent').length).toBeGreaterThan(0);
    const previous = first.map(({ id, kind, key, members }) => ({ id, kind, key, members }));
    const all = generateSuggestions(traces, { ...OPTIONS, previous });
    const ids = new Map(all.map((s) => [s.id, s]));
    expect(ids.size).toBe(all.length);
    expect(new Set(all.map((s) => `${s.kind} ${s.key}`)).size).toBe(all.length);
    for (const s of first) {
      expect(ids.get(s.id)?.kind, `${s.kind} ${s.key}`).toBe(s.kind);
      if (s.kind !== 'new_intent') expect(ids.get(s.id)!.key).toBe(s.key);
      else
        expect(ids.get(s.id)!.evidence.conversation_ids).toEqual(expect.arrayContaining(s.evidence.conversation_ids));
    }
  });
});
