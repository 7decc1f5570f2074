import { DEFAULT_ANCHOR, generateEvents } from '@tandem/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUsers, ndjson, startTestApp, TEST_KEY, type TestApp } from './test-app.js';

/** Risk weighting on generated fixtures: 3,000 conversations over the 60 days up to the anchor. */
describe('risk-weighted samples on generated conversations', () => {
  let t: TestApp;
  let token: string;
  const to = DEFAULT_ANCHOR.slice(0, 10);
  const from = new Date(Date.parse(to) - 60 * 86_400_000).toISOString().slice(0, 10);

  beforeAll(async () => {
    t = await startTestApp();
    const events = [...generateEvents({ conversations: 3000, seed: 77, anchor: DEFAULT_ANCHOR })];
    const response = await t.call('/api/v1/events?report=problems', {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: ndjson(events),
    });
    expect(((await response.json()) as { rejected: number }).rejected).toBe(0);
    token = (await createUsers(t.url, TEST_KEY, [{ name: 'Sampler', role: 'qa' }]))[0]!.token;
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The share of low-CSAT (1–2) conversations among a sample's items. */
  async function lowCsatShare(weighting: string, seed: number): Promise<number> {
    const response = await t.call('/api/v1/qa/samples', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        name: weighting,
        from,
        to,
        tz: 'UTC',
        size: 200,
        weighting,
        exclude_reviewed: false,
        seed,
      }),
    });
    const { items } = (await response.json()) as { items: { csat_score: number | null }[] };
    expect(items).toHaveLength(200);
    return items.filter((i) => i.csat_score !== null && i.csat_score <= 2).length / items.length;
  }

  it('oversamples low-CSAT conversations against their share of the population', async () => {
    // The population's share, by a query of its own over the stored facts rather than through QA code.
    const [population] = (
      await t.store.db
        .selectFrom('conversations')
        .select((eb) => [
          eb.fn.countAll<number>().as('closed'),
          eb.fn.count<number>('csat_score').filterWhere('csat_score', '<=', 2).as('low'),
        ])
        .where('closed_at', 'is not', null)
        .execute()
    ).map((r) => Number(r.low) / Number(r.closed));
    expect(population).toBeGreaterThan(0.02);
    for (const seed of [1, 2, 3]) {
      const uniform = await lowCsatShare('uniform', seed);
      const risk = await lowCsatShare('risk', seed);
      // A uniform draw stays near the population's share; low CSAT weighs 1 + 4 (and more with the
      // factors it travels with), so a risk-weighted draw holds at least twice the share.
      expect(Math.abs(uniform - population!)).toBeLessThan(0.06);
      expect(risk).toBeGreaterThan(2 * population!);
    }
  });
});
