import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidate.js';
import { drawSample } from './draw.js';
import { samplePlanSchema } from './sample-plan.js';

function candidate(id: string, overrides: Partial<Candidate> = {}): Candidate {
  return {
    conversation_id: id,
    channel: 'chat',
    path: 'bot_only',
    scenario: null,
    agent_id: null,
    sentiment_end: null,
    csat_score: null,
    handle_ms: null,
    handed_off: false,
    recontacted: false,
    ...overrides,
  };
}

/** `count` conversations of one kind, ids `${prefix}-0000` onwards. */
function many(prefix: string, count: number, overrides: Partial<Candidate> = {}): Candidate[] {
  return Array.from({ length: count }, (_, i) => candidate(`${prefix}-${String(i).padStart(4, '0')}`, overrides));
}

const plan = (raw: object) => samplePlanSchema.parse(raw);
const ids = (population: Candidate[], raw: object, seed: number) =>
  drawSample(population, plan(raw), seed).items.map((i) => i.conversation_id);

describe('drawSample', () => {
  const population = [
    ...many('chat', 500),
    ...many('email', 300, { channel: 'email' }),
    ...many('voice', 137, { channel: 'voice' }),
    ...many('social', 63, { channel: 'social' }),
  ];

  it('draws the same sample from the same spec and seed, whatever order the rows come in', () => {
    const spec = { size: 40, stratify_by: ['channel'], weighting: 'risk' };
    const first = ids(population, spec, 7);
    expect(first).toHaveLength(40);
    expect(new Set(first).size).toBe(40);
    expect(ids([...population].reverse(), spec, 7)).toEqual(first);
    expect(ids(population, spec, 7)).toEqual(first);
    expect(ids(population, spec, 8)).not.toEqual(first);
  });

  it('meets each stratum quota of a proportional allocation within one conversation', () => {
    // Shares of 1,000: chat 500, email 300, voice 137, social 63; 50 drawn → 25, 15, 6.85, 3.15.
    const wanted: Record<string, number> = { chat: 25, email: 15, voice: 6.85, social: 3.15 };
    for (const seed of [1, 2, 3]) {
      const draw = drawSample(population, plan({ size: 50, stratify_by: ['channel'] }), seed);
      const drawn = new Map<string, number>();
      for (const item of draw.items) drawn.set(item.stratum, (drawn.get(item.stratum) ?? 0) + 1);
      for (const [channel, share] of Object.entries(wanted)) {
        expect(Math.abs((drawn.get(channel) ?? 0) - share)).toBeLessThanOrEqual(1);
      }
      expect(draw.items).toHaveLength(50);
    }
  });

  it('takes a quota per agent, and records the agent who had fewer conversations than the quota', () => {
    const agents = [
      ...many('a1', 3, { agent_id: 'agent-1', path: 'human_only' }),
      ...many('a2', 10, { agent_id: 'agent-2', path: 'human_only' }),
      ...many('a3', 10, { agent_id: 'agent-3', path: 'human_only' }),
      ...many('bot', 10),
    ];
    const draw = drawSample(agents, plan({ stratify_by: ['agent'], allocation: { per_stratum: 5 } }), 11);
    expect(draw.strata).toEqual([
      { stratum: 'agent-1', population: 3, quota: 5, drawn: 3 },
      { stratum: 'agent-2', population: 10, quota: 5, drawn: 5 },
      { stratum: 'agent-3', population: 10, quota: 5, drawn: 5 },
      { stratum: 'bot', population: 10, quota: 5, drawn: 5 },
    ]);
    expect(draw.items).toHaveLength(18);
  });

  it('combines dimensions into one stratum per combination', () => {
    const mixed = [...many('x', 4, { channel: 'chat', path: 'handed_off' }), ...many('y', 4, { channel: 'email' })];
    const draw = drawSample(mixed, plan({ size: 4, stratify_by: ['channel', 'path'], allocation: 'equal' }), 3);
    expect(draw.strata.map((s) => [s.stratum, s.drawn])).toEqual([
      ['chat / handed_off', 2],
      ['email / bot_only', 2],
    ]);
  });

  it('oversamples low-CSAT conversations under risk weighting', () => {
    // 10 % score CSAT 1; under risk weighting they weigh 1 + 4 = 5 against 1. For a small sample the
    // expected share is about 0.1·5 / (0.1·5 + 0.9·1) ≈ 36 %, against 10 % uniformly.
    const rated = [...many('low', 1000, { csat_score: 1 }), ...many('fine', 9000, { csat_score: 5 })];
    const lowShare = (weighting: string, seed: number) =>
      ids(rated, { size: 200, weighting }, seed).filter((id) => id.startsWith('low')).length / 200;
    for (const seed of [1, 2]) {
      expect(lowShare('uniform', seed)).toBeGreaterThan(0.05);
      expect(lowShare('uniform', seed)).toBeLessThan(0.15);
      expect(lowShare('risk', seed)).toBeGreaterThan(0.28);
      expect(lowShare('risk', seed)).toBeLessThan(0.44);
    }
  });

  it('gives the whole population when the size exceeds it, and nothing from nothing', () => {
    expect(ids(many('c', 5), { size: 10 }, 1).sort()).toEqual(many('c', 5).map((c) => c.conversation_id));
    expect(drawSample([], plan({ size: 10, stratify_by: ['channel'] }), 1)).toEqual({
      population: 0,
      items: [],
      strata: [],
    });
  });

  it('needs a size unless the allocation is a quota per stratum', () => {
    const parsed = samplePlanSchema.safeParse({ stratify_by: ['agent'] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['size']);
  });
});
