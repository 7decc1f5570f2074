import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeSetups } from '@tandem/testkit';
import { createUsers, loadHandmadeFixture, startTestApp, TEST_KEY, type TestApp } from './test-app.js';

/**
 * QA on the hand-made fixture, 2026-03-01..10 in Shanghai: 22 closed conversations (c08 and c20 are
 * open). By path (fixtures/expected/handmade/README.md, section 2): bot-only c01 c03 c05 c09 c11 c15
 * c17 c18 c19 c21 c22 c24 (12); handed off c02 c04 c07 c12 c13 c16 (6); human-only c06 c10 c14 c23 (4).
 * First agent: c02 li, c04 wang, c06 smith, c07 chen, c10 smith (joined before garcia), c12 wang,
 * c13 garcia, c14 smith, c16 okafor, c23 okafor (wrote, never joined); the other twelve had none.
 */
const WINDOW = { from: '2026-03-01', to: '2026-03-10', tz: 'Asia/Shanghai' };
const QUERY = 'from=2026-03-01&to=2026-03-10&tz=Asia/Shanghai';

interface Item {
  position: number;
  conversation_id: string;
  stratum: string;
  scorecard_id: string;
  path: string;
}
interface SampleDetail {
  sample: { sample_id: string; seed: number; population: number; strata: unknown[]; reviewed: number };
  items: Item[];
}

const ALL_YES_HUMAN = { accuracy: 5, resolution: 'yes', empathy: 5, handoff_handling: 'yes', compliance: 'yes' };
const ALL_YES_BOT = { understanding: 5, accuracy: 5, resolution: 'yes', handoff_handling: 'yes', compliance: 'yes' };

describe.each(storeSetups())('QA on the hand-made fixture on $name', (setup) => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  /** A call as one of the users made below, or with the API key when `as` is absent. */
  const call = (path: string, init: RequestInit & { as?: string; json?: unknown } = {}) => {
    const { as, json, ...rest } = init;
    const headers: Record<string, string> = { ...(rest.headers as Record<string, string>) };
    if (as) headers['authorization'] = `Bearer ${tokens[as]}`;
    if (json !== undefined) headers['content-type'] = 'application/json';
    return t.call(path, { ...rest, headers, ...(json === undefined ? {} : { body: JSON.stringify(json) }) });
  };
  const post = (path: string, json: unknown, as?: string) =>
    call(path, { method: 'POST', json, ...(as ? { as } : {}) });
  const sample = async (spec: object, as = 'ana'): Promise<SampleDetail> => {
    const response = await post('/api/v1/qa/samples', { name: 'test', ...WINDOW, ...spec }, as);
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()) as SampleDetail;
  };
  const review = (
    conversation_id: string,
    sample_id: string | null,
    scorecard_id: string,
    answers: object,
    as = 'ana',
  ) => post('/api/v1/qa/reviews', { conversation_id, sample_id, scorecard_id, scorecard_version: 1, answers }, as);

  beforeAll(async () => {
    t = await startTestApp(setup.env);
    await loadHandmadeFixture(t);
    const people = [
      ['ana', 'Ana Reviewer', 'qa'],
      ['bo', 'Bo Reviewer', 'qa'],
      ['cy', 'Cy Lead', 'qa'],
      ['tess', 'Tess Trainer', 'trainer'],
    ] as const;
    const made = await createUsers(
      t.url,
      TEST_KEY,
      people.map(([, name, role]) => ({ name, role })),
    );
    people.forEach(([handle], i) => {
      tokens[handle] = made[i]!.token;
      ids[handle] = made[i]!.user_id;
    });
  });
  afterAll(async () => {
    await t?.close();
    await setup.dispose();
  });

  it('knows who is signed in, and takes QA writes only from people with a QA role', async () => {
    expect(await (await call('/api/v1/me', { as: 'ana' })).json()).toMatchObject({
      workspace_id: 'default',
      user: { name: 'Ana Reviewer', role: 'qa' },
    });
    expect(await (await call('/api/v1/me')).json()).toEqual({ workspace_id: 'default', user: null });
    const byKey = await post('/api/v1/qa/samples', { name: 'x', ...WINDOW, size: 1 });
    expect(byKey.status).toBe(403);
    expect(((await byKey.json()) as { message: string }).message).toContain('tandem users create');
    expect((await post('/api/v1/qa/samples', { name: 'x', ...WINDOW, size: 1 }, 'tess')).status).toBe(403);
    // Only an admin makes users; the API key made the first admin and may make no one else.
    expect((await post('/api/v1/users', { name: 'Nobody', role: 'qa' }, 'ana')).status).toBe(403);
    expect((await post('/api/v1/users', { name: 'Nobody', role: 'qa' })).status).toBe(403);
    expect((await post('/api/v1/users', { name: 'Second admin', role: 'admin' })).status).toBe(403);
    expect((await call('/api/v1/me', { headers: { authorization: 'Bearer tdu_unknown' } })).status).toBe(401);
    // Events come from systems: a person's token does not send them.
    expect((await post('/api/v1/events', { event_id: 'x', type: 'csat' }, 'ana')).status).toBe(403);
    // No body at all is a 422 that says what to send, not a crash.
    expect((await call('/api/v1/qa/samples', { method: 'POST', as: 'ana' })).status).toBe(422);
  });

  it('stratifies by path in proportion, each stratum exactly at its share', async () => {
    // 11 of 22: 12 × ½ = 6 bot-only, 6 × ½ = 3 handed off, 4 × ½ = 2 human-only.
    const { sample: s, items } = await sample({ size: 11, stratify_by: ['path'], exclude_reviewed: false, seed: 5 });
    expect(s.population).toBe(22);
    expect(s.strata).toEqual([
      { stratum: 'bot_only', population: 12, quota: 6, drawn: 6 },
      { stratum: 'handed_off', population: 6, quota: 3, drawn: 3 },
      { stratum: 'human_only', population: 4, quota: 2, drawn: 2 },
    ]);
    expect(items.map((i) => i.stratum)).toEqual(items.map((i) => i.path));
    // Bot-only conversations are scored on the bot's scorecard, the others on the agents'.
    expect(items.every((i) => i.scorecard_id === (i.path === 'bot_only' ? 'bot' : 'human'))).toBe(true);
  });

  it('takes a quota per agent, the bot counting as one', async () => {
    const { sample: s } = await sample({
      stratify_by: ['agent'],
      allocation: { per_stratum: 2 },
      exclude_reviewed: false,
      seed: 9,
    });
    expect(s.strata).toEqual([
      { stratum: 'agent-chen', population: 1, quota: 2, drawn: 1 },
      { stratum: 'agent-garcia', population: 1, quota: 2, drawn: 1 },
      { stratum: 'agent-li', population: 1, quota: 2, drawn: 1 },
      { stratum: 'agent-okafor', population: 2, quota: 2, drawn: 2 },
      { stratum: 'agent-smith', population: 3, quota: 2, drawn: 2 },
      { stratum: 'agent-wang', population: 2, quota: 2, drawn: 2 },
      { stratum: 'bot', population: 12, quota: 2, drawn: 2 },
    ]);
  });

  it('draws the same sample again from the same spec and seed, and can prove it', async () => {
    const spec = { size: 6, weighting: 'risk', exclude_reviewed: false, seed: 424242 };
    const first = await sample(spec);
    const second = await sample(spec);
    expect(second.items.map((i) => i.conversation_id)).toEqual(first.items.map((i) => i.conversation_id));
    expect((await sample({ ...spec, seed: 7 })).items.map((i) => i.conversation_id)).not.toEqual(
      first.items.map((i) => i.conversation_id),
    );
    const verify = await post(`/api/v1/qa/samples/${first.sample.sample_id}/verify`, {}, 'ana');
    expect(await verify.json()).toEqual({ identical: true, missing: [], extra: [] });
  });

  it('refuses a bad spec with every reason at once', async () => {
    const response = await post(
      '/api/v1/qa/samples',
      {
        name: '',
        from: '2026-03-01',
        to: '2026-03-10',
        kind: 'calibration',
        reviewers: [ids['ana']],
        weighting: 'heavy',
      },
      'ana',
    );
    expect(response.status).toBe(422);
    const paths = ((await response.json()) as { errors: { path: string }[] }).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['name', 'reviewers', 'size', 'weighting']);
    // A trainer cannot be a reviewer, and a window without conversations has nothing to draw.
    const trainerAsReviewer = await post(
      '/api/v1/qa/samples',
      { name: 'x', ...WINDOW, size: 2, kind: 'calibration', reviewers: [ids['ana'], ids['tess']] },
      'ana',
    );
    expect(((await trainerAsReviewer.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'reviewers.1',
    ]);
    const nothing = await post(
      '/api/v1/qa/samples',
      { name: 'x', from: '2025-01-01', to: '2025-01-31', size: 2 },
      'ana',
    );
    expect(nothing.status).toBe(422);
  });

  it('scores reviews, keeps one per reviewer and item, and moves the results', async () => {
    const empty = (await (await call(`/api/v1/qa/results?${QUERY}&by=path`)).json()) as {
      overall: { reviews: number };
    };
    expect(empty.overall.reviews).toBe(0);

    const { sample: s } = await sample({ size: 4, stratify_by: ['path'], allocation: 'equal', seed: 3 });
    // Review by hand-picked conversations of the sample's strata instead of its order: c06 (human-only)
    // must be in it only if drawn, so use the sample's own items.
    const detail = (await (await call(`/api/v1/qa/samples/${s.sample_id}`)).json()) as SampleDetail;
    const human = detail.items.find((i) => i.scorecard_id === 'human')!;
    const bot = detail.items.find((i) => i.scorecard_id === 'bot')!;

    const missing = await review(human.conversation_id, s.sample_id, 'human', { accuracy: 5 });
    expect(missing.status).toBe(422);
    expect(((await missing.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'answers.resolution',
      'answers.empathy',
      'answers.handoff_handling',
      'answers.compliance',
    ]);
    expect((await review(human.conversation_id, s.sample_id, 'human', ALL_YES_HUMAN, 'tess')).status).toBe(403);

    // First a 100, then revised: accuracy 4 → 0.75·3, resolution yes → 3, empathy 2 → 0.25·2,
    // handoff N.A., compliance yes → 2: (2.25 + 3 + 0.5 + 2) / (3 + 3 + 2 + 2) = 7.75 / 10 → 77.5.
    const first = (await (await review(human.conversation_id, s.sample_id, 'human', ALL_YES_HUMAN)).json()) as {
      review_id: string;
      score: number;
    };
    expect(first.score).toBe(100);
    const revised = await review(human.conversation_id, s.sample_id, 'human', {
      accuracy: 4,
      resolution: 'yes',
      empathy: 2,
      handoff_handling: 'na',
      compliance: 'yes',
    });
    expect(await revised.json()).toMatchObject({ review_id: first.review_id, revision: 2, score: 77.5, passed: false });
    // Three first posts at once by one reviewer make one review, never a duplicate. A post that lands on
    // a revision another has just taken is refused; one that comes after the first is saved as its
    // revision. How many land together depends on timing, so the invariant is checked: one review,
    // whose revision counts the saved posts (two saves of one revision would break it).
    const racing = await Promise.all(
      [1, 2, 3].map(() => review(bot.conversation_id, s.sample_id, 'bot', { ...ALL_YES_BOT, accuracy: 4 })),
    );
    const statuses = racing.map((r) => r.status);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    const saved = statuses.filter((status) => status === 201).length;
    const raced = (await (await call(`/api/v1/qa/reviews?conversation_id=${bot.conversation_id}`)).json()) as {
      reviews: { reviewer_id: string; revision: number }[];
    };
    expect(raced.reviews.map((r) => r.revision)).toEqual([saved]);
    // The bot conversation, revised: all top answers → 100, passed.
    expect(await (await review(bot.conversation_id, s.sample_id, 'bot', ALL_YES_BOT)).json()).toMatchObject({
      score: 100,
      passed: true,
    });

    const results = (await (await call(`/api/v1/qa/results?${QUERY}&by=path`)).json()) as {
      overall: { reviews: number; mean_score: number; pass_rate: { numerator: number; denominator: number } };
      groups: { key: string; reviews: number; mean_score: number }[];
    };
    // Two reviews count (the revision replaces the first): (77.5 + 100) / 2 = 88.75, one of two passed.
    expect(results.overall).toMatchObject({
      reviews: 2,
      mean_score: 88.75,
      pass_rate: { numerator: 1, denominator: 2 },
    });
    expect(results.groups.map((g) => g.key).sort()).toEqual(['bot_only', human.path].sort());

    // One group alone, with its own trend: the bot-only review, 100, on its conversation's local day.
    const botOnly = (await (await call(`/api/v1/qa/results?${QUERY}&by=path&key=bot_only`)).json()) as {
      overall: { reviews: number; mean_score: number };
      trend: { reviews: number; mean_score: number }[];
    };
    expect(botOnly.overall).toMatchObject({ reviews: 1, mean_score: 100 });
    expect(botOnly.trend.map((b) => [b.reviews, b.mean_score])).toEqual([[1, 100]]);

    // The reviews behind the bot-only figure, shaped like any review.
    const behind = (await (await call(`/api/v1/qa/reviews?${QUERY}&by=path&key=bot_only`)).json()) as {
      total: number;
      reviews: { conversation_id: string; reviewer: { name: string }; score: number; path: string }[];
    };
    expect(behind.total).toBe(1);
    expect(behind.reviews[0]).toMatchObject({
      conversation_id: bot.conversation_id,
      reviewer: { name: 'Ana Reviewer' },
      score: 100,
      path: 'bot_only',
    });

    const list = (await (await call(`/api/v1/qa/samples`)).json()) as {
      samples: { sample_id: string; reviewed: number }[];
    };
    expect(list.samples.find((x) => x.sample_id === s.sample_id)?.reviewed).toBe(2);

    // The export reproduces the figures: one row per counted review, every answer in a column.
    const csv = (await (await call(`/api/v1/qa/reviews/export.csv?${QUERY}&by=path`)).text()).trim().split('\r\n');
    const header = csv[0]!.split(',');
    const rows = csv.slice(1).map((line) => line.split(','));
    expect(rows).toHaveLength(2);
    const scores = rows.map((r) => Number(r[header.indexOf('score')]));
    expect((scores[0]! + scores[1]!) / 2).toBe(88.75);
    expect(header).toContain('answer_empathy');

    // A new sample leaves out both reviewed conversations: 22 − 2.
    expect((await sample({ size: 1 })).sample.population).toBe(20);
  });

  it('measures agreement between two reviewers on a calibration sample', async () => {
    const { sample: s, items } = await sample({
      kind: 'calibration',
      size: 3,
      reviewers: [ids['ana'], ids['bo']],
      scorecard_id: 'human',
      exclude_reviewed: false,
      seed: 11,
    });
    expect(items).toHaveLength(3);
    // Resolution: Ana yes, yes, no; Bo yes, no, no. Cohen's κ: observed 2/3, expected (2/3·1/3 + 1/3·2/3) = 4/9,
    // κ = (2/3 − 4/9) / (1 − 4/9) = 0.4. Krippendorff's α (nominal): 6 values, coincidences yes–yes 2,
    // yes–no 2, no–no 2; D_o = 2/6, D_e = 2·3·3 / (6·5) = 0.6; α = 1 − (1/3)/0.6 = 4/9.
    const ana = ['yes', 'yes', 'no'];
    const bo = ['yes', 'no', 'no'];
    for (const [who, answers] of [
      ['ana', ana],
      ['bo', bo],
    ] as const) {
      for (const [i, item] of items.entries()) {
        const r = await review(
          item.conversation_id,
          s.sample_id,
          'human',
          { ...ALL_YES_HUMAN, resolution: answers[i] },
          who,
        );
        expect(r.status).toBe(201);
      }
    }
    const outsider = await review(items[0]!.conversation_id, s.sample_id, 'human', ALL_YES_HUMAN, 'tess');
    expect(outsider.status).toBe(403);

    const c = (await (await call(`/api/v1/qa/samples/${s.sample_id}/calibration`)).json()) as {
      complete_items: number;
      criteria: { key: string; cohen_kappa: number | null; krippendorff_alpha: number | null; units: number }[];
      drift: { name: string; mean_difference: number | null; majority_agreement: number | null }[];
    };
    expect(c.complete_items).toBe(3);
    const resolution = c.criteria.find((x) => x.key === 'resolution')!;
    expect(resolution.units).toBe(3);
    expect(resolution.cohen_kappa).toBeCloseTo(0.4, 10);
    expect(resolution.krippendorff_alpha).toBeCloseTo(4 / 9, 10);
    // Scores: a "no" on resolution takes 3 of 12 weight away → 75; Ana 100, 100, 75; Bo 100, 75, 75.
    // Ana's mean difference from Bo: (0 + 25 + 0) / 3; Bo's the opposite.
    expect(c.drift.map((d) => [d.name, d.mean_difference])).toEqual([
      ['Ana Reviewer', 25 / 3],
      ['Bo Reviewer', -25 / 3],
    ]);
    // Answers compared: 5 criteria × 3 items = 15, all equal but one → 14 / 15 each.
    expect(c.drift.map((d) => d.majority_agreement)).toEqual([14 / 15, 14 / 15]);

    // Calibration reviews are about reviewers: the results do not count them (still the two above).
    const results = (await (await call(`/api/v1/qa/results?${QUERY}`)).json()) as { overall: { reviews: number } };
    expect(results.overall.reviews).toBe(2);

    // Bo disputes Ana's "no" on the third item. Neither the reviewer nor the one who raised it may
    // settle it: Cy does.
    const anas = (await (
      await call(
        `/api/v1/qa/reviews?sample_id=${s.sample_id}&reviewer_id=${ids['ana']}&conversation_id=${items[2]!.conversation_id}`,
      )
    ).json()) as { reviews: { review_id: string }[] };
    const raised = await post(
      '/api/v1/qa/disputes',
      { review_id: anas.reviews[0]!.review_id, criterion: 'resolution', reason: 'the refund was issued' },
      'bo',
    );
    expect(raised.status).toBe(201);
    const dispute = (await raised.json()) as { dispute_id: string };
    const settle = (as: string) =>
      post(
        `/api/v1/qa/disputes/${dispute.dispute_id}/resolve`,
        { outcome: 'overturned', note: 'refund confirmed' },
        as,
      );
    expect((await settle('ana')).status).toBe(403);
    expect((await settle('bo')).status).toBe(403);
    expect((await settle('tess')).status).toBe(403);
    expect((await settle('cy')).status).toBe(200);
    expect((await settle('cy')).status).toBe(409);
    expect(await (await call(`/api/v1/qa/disputes?sample_id=${s.sample_id}`)).json()).toMatchObject({
      disputes: [{ criterion: 'resolution', outcome: 'overturned', resolved_by: { name: 'Cy Lead' } }],
    });
  });

  it('versions scorecards: an edit makes version 2 and old reviews keep version 1', async () => {
    const current = (await (await call('/api/v1/qa/scorecards/human')).json()) as {
      version: number;
      criteria: object[];
    };
    const saved = await call('/api/v1/qa/scorecards/human', {
      method: 'PUT',
      as: 'ana',
      json: { name: 'Agent conversation', applies_to: 'human', pass_mark: 70, criteria: current.criteria },
    });
    expect(await saved.json()).toMatchObject({ version: current.version + 1, pass_mark: 70 });
    expect(await (await call('/api/v1/qa/scorecards/human?version=1')).json()).toMatchObject({
      version: 1,
      pass_mark: 80,
    });
    const reviews = (await (await call(`/api/v1/qa/reviews?reviewer_id=${ids['ana']}`)).json()) as {
      reviews: { scorecard_version: number }[];
    };
    expect(reviews.reviews.length).toBeGreaterThan(0);
    expect(reviews.reviews.every((r) => r.scorecard_version === 1)).toBe(true);
  });
});
