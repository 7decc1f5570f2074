import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '@tandem/testkit';
import { DashboardSession, expected, type CreatedUser } from './dashboard-session.ts';
import { integer, score, sentiment } from './formats.ts';

const chromium = chromiumExecutable();

// The fixture's whole period: every conversation starts from 2026-03-01 to 2026-03-10 in Asia/Shanghai.
const WHOLE = expected.cases[0]!;

/**
 * One more conversation, after the fixture's period (so no figure of it changes), whose customer
 * gives a phone number and an e-mail address: the API masks them, the transcript marks the masks.
 */
const PII_CONVERSATION = [
  {
    event_id: 'qa-pii-started',
    type: 'conversation.started',
    conversation_id: 'qa-pii',
    ts: '2026-04-02T02:00:00Z',
    channel: 'chat',
    customer_id: 'cust-pii',
    locale: 'zh-CN',
    started_by: 'customer',
  },
  {
    event_id: 'qa-pii-m1',
    type: 'message',
    conversation_id: 'qa-pii',
    ts: '2026-04-02T02:00:10Z',
    message_id: 'qa-pii-m1',
    author: 'customer',
    author_id: 'cust-pii',
    text: '手机13812345678，邮箱li.wei@example.com',
    sentiment: 0.1,
  },
  {
    event_id: 'qa-pii-closed',
    type: 'conversation.closed',
    conversation_id: 'qa-pii',
    ts: '2026-04-02T02:05:00Z',
    outcome: 'abandoned',
  },
];

/** The page of the QA view over the fixture's whole period. */
function qaUrl(session: DashboardSession, extra: Record<string, string> = {}): string {
  const { from, to, tz } = WHOLE.params;
  return `${session.service.url}/?${new URLSearchParams({ view: 'qa', from, to, tz, ...extra })}`;
}

/** Every criterion of the open scorecard form, with what the test needs to answer it. */
async function criteriaOf(page: Page): Promise<{ key: string; scale: string; weight: number; autoFail: boolean }[]> {
  return page.locator('[data-review-form][data-state="ready"] [data-criterion]').evaluateAll((sets) =>
    sets.map((s) => ({
      key: s.getAttribute('data-criterion')!,
      scale: s.getAttribute('data-scale')!,
      weight: Number(s.getAttribute('data-weight')),
      autoFail: s.getAttribute('data-auto-fail') === 'true',
    })),
  );
}

async function answer(form: Locator, key: string, value: string): Promise<void> {
  await form.locator(`[data-criterion="${key}"] input[data-answer="${value}"]`).check();
}

async function liveScore(page: Page): Promise<number | null> {
  const raw = await page.locator('[data-testid="live-score"]').getAttribute('data-value');
  return raw === '' || raw === null ? null : Number(raw);
}

describe.skipIf(!chromium)('QA page in Chromium on the hand-made fixture', () => {
  let session: DashboardSession;
  let reviewer: CreatedUser;
  let sampleId: string | null = null;

  beforeAll(async () => {
    session = await DashboardSession.start(chromium!);
    reviewer = await session.createUser('Rev One', 'qa');
    const response = await fetch(`${session.service.url}/api/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.service.key}`, 'content-type': 'application/x-ndjson' },
      body: PII_CONVERSATION.map((e) => JSON.stringify(e)).join('\n'),
    });
    if (response.status !== 200) throw new Error(`qa-pii: ${response.status} ${await response.text()}`);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('draws a sample, reviews two conversations and finds them in the results', async () => {
    const page = await session.page('en', undefined, reviewer.token);
    await page.goto(qaUrl(session));
    await expect
      .poll(() => page.locator('[data-testid="signed-in"]').textContent())
      .toBe('Signed in as Rev One (QA reviewer)');

    // Nothing reviewed yet: the results count no review and have no mean.
    await page.locator('[data-qa-tab="results"]').click();
    await page.locator('main[data-state="empty"]').waitFor();
    const reviews = page.locator('[data-qa-result="reviews"] [data-part="value"]');
    const mean = page.locator('[data-qa-result="mean_score"] [data-part="value"]');
    expect(await reviews.getAttribute('data-value')).toBe('0');
    expect(await mean.textContent()).toBe('—');

    // A uniform review sample of 4 over the whole period; the form starts from the filter bar's window.
    await page.locator('[data-qa-tab="samples"]').click();
    await page.locator('[data-testid="new-sample"]').click();
    const form = page.locator('[data-sample-form]');
    expect(await form.locator('input[name="from"]').inputValue()).toBe(WHOLE.params.from);
    expect(await form.locator('input[name="to"]').inputValue()).toBe(WHOLE.params.to);
    expect(await form.locator('select[name="tz"]').inputValue()).toBe(WHOLE.params.tz);
    await form.locator('input[name="name"]').fill('Fixture, whole period');
    await form.locator('input[name="kind"][value="review"]').check();
    await form.locator('input[name="size"]').fill('4');
    await form.locator('input[name="weighting"][value="uniform"]').check();
    await form.locator('[data-testid="create-sample"]').click();

    // The new sample opens: drawn from the closed conversations of the period, none reviewed before.
    const sample = page.locator('[data-sample][data-kind="review"]');
    await sample.waitFor();
    sampleId = await sample.getAttribute('data-sample');
    expect(new URL(page.url()).searchParams.get('sample')).toBe(sampleId);
    expect(await page.locator('[data-testid="sample-population"]').textContent()).toBe(
      integer(WHOLE.conversations.closed, 'en'),
    );
    const items = page.locator('[data-sample-item]');
    await expect.poll(() => items.count()).toBe(4);
    const first = (await items.nth(0).getAttribute('data-sample-item'))!;
    const second = (await items.nth(1).getAttribute('data-sample-item'))!;
    const third = (await items.nth(2).getAttribute('data-sample-item'))!;

    // The first item: every criterion its best answer, yes or 5.
    await items.nth(0).locator('[data-testid="review-item"]').click();
    const firstForm = page.locator(`[data-review-screen="${first}"] [data-review-form][data-state="ready"]`);
    await firstForm.waitFor();
    await page
      .locator(`[data-review-screen="${first}"] [data-testid="transcript"] [data-testid="turn"]`)
      .first()
      .waitFor();
    const firstCriteria = await criteriaOf(page);
    expect(firstCriteria.length).toBeGreaterThan(0);
    for (const c of firstCriteria) await answer(firstForm, c.key, c.scale === 'yes_no' ? 'yes' : '5');
    // Σ weight × 1 / Σ weight = 1 → 100.
    expect(await liveScore(page)).toBe(100);
    await page.locator('[data-testid="submit-review"]').click();
    const savedFirst = page.locator(`[data-testid="saved-review"][data-conversation-id="${first}"]`);
    await savedFirst.waitFor();
    expect(Number(await savedFirst.getAttribute('data-score'))).toBe(100);

    // Submitting moved on to the next item nobody has reviewed: the second.
    await expect.poll(() => new URL(page.url()).searchParams.get('conversation')).toBe(second);
    const secondForm = page.locator(`[data-review-screen="${second}"] [data-review-form][data-state="ready"]`);
    await secondForm.waitFor();
    const secondCriteria = await criteriaOf(page);
    // Both default scorecards (docs/qa.md) have three yes/no criteria: resolution (weight 3), handoff
    // handling (2) and compliance (2, auto-fail); their 1–5 criteria differ. So the same answers give
    // the same score on either: every 1–5 criterion "na", resolution "no", the other two "yes".
    const yesNo = secondCriteria.filter((c) => c.scale === 'yes_no');
    expect(yesNo.map((c) => c.weight).sort()).toEqual([2, 2, 3]);
    expect(yesNo.filter((c) => c.autoFail).map((c) => c.weight)).toEqual([2]);
    for (const c of secondCriteria) {
      await answer(secondForm, c.key, c.scale === 'one_to_five' ? 'na' : c.weight === 3 ? 'no' : 'yes');
    }
    // (3 × 0 + 2 × 1 + 2 × 1) / (3 + 2 + 2) = 4 / 7 → 57.142857…; the 1–5 criteria are out of both sums.
    const mixed = (100 * 4) / 7;
    expect(await liveScore(page)).toBeCloseTo(mixed, 6);
    await secondForm.locator('textarea[name="comment"]').fill('Did not resolve; polite and compliant.');
    // j and k move through the sample, but not while typing in the comment.
    await secondForm.locator('textarea[name="comment"]').press('j');
    expect(new URL(page.url()).searchParams.get('conversation')).toBe(second);
    await page.locator('[data-testid="submit-review"]').click();
    const savedSecond = page.locator(`[data-testid="saved-review"][data-conversation-id="${second}"]`);
    await savedSecond.waitFor();
    expect(Number(await savedSecond.getAttribute('data-score'))).toBeCloseTo(mixed, 6);
    await expect.poll(() => new URL(page.url()).searchParams.get('conversation')).toBe(third);
    await page.locator(`[data-review-screen="${third}"] [data-review-form][data-state="ready"]`).waitFor();

    // Back on the first item with k, k: the earlier review is there to revise, with the service's score.
    await page.locator('body').press('k');
    await page.locator('body').press('k');
    await expect.poll(() => new URL(page.url()).searchParams.get('conversation')).toBe(first);
    const mine = page.locator('[data-testid="my-review"]');
    await mine.waitFor();
    expect(Number(await mine.getAttribute('data-score'))).toBe(100);
    expect(await liveScore(page)).toBe(100);

    // The results: two reviews, mean (100 + 400 / 7) / 2 = 1100 / 14 = 78.571428… → "78.6".
    await page.locator('[data-qa-tab="results"]').click();
    await page.locator('main[data-state="ready"]').waitFor();
    expect(await reviews.getAttribute('data-value')).toBe('2');
    expect(await reviews.textContent()).toBe(integer(2, 'en'));
    const meanScore = (100 + mixed) / 2;
    expect(await mean.textContent()).toBe(score(meanScore, 'en'));
    expect(Number(await mean.getAttribute('data-value'))).toBeCloseTo(meanScore, 6);
    await page.locator('[data-chart="qa-trend"][data-state="ready"]').waitFor();

    // Each group lists exactly the reviews it counts, and the groups together hold both.
    const groups = page.locator('[data-testid="qa-group"]');
    let listed = 0;
    for (let g = 0; g < (await groups.count()); g++) {
      const counted = Number(await groups.nth(g).locator('[data-part="reviews"]').textContent());
      await groups.nth(g).locator('[data-testid="qa-group-drill"]').click();
      const rows = page.locator('[data-testid="qa-review-row"]');
      await expect.poll(() => rows.count()).toBe(counted);
      listed += counted;
      await page.keyboard.press('Escape');
      await rows.first().waitFor({ state: 'detached' });
    }
    expect(listed).toBe(2);

    // The sample list counts both reviewed items.
    await page.locator('[data-qa-tab="samples"]').click();
    await page.locator('main[data-state="ready"]').waitFor();
    const row = page.locator(`[data-sample-row="${sampleId}"]`);
    await expect.poll(() => row.locator('[data-part="reviewed"]').getAttribute('data-value')).toBe('2');
    expect(await row.locator('[data-part="drawn"]').getAttribute('data-value')).toBe('4');
    await page.close();
  });

  it("shows a customer's sentiment and the masks over personal data in a transcript", async () => {
    const page = await session.page('en', undefined, reviewer.token);
    // c07's customer: "快递又没送到，我要投诉！" scored −0.6 by the fixture, negative below −0.25.
    await page.goto(qaUrl(session, { tab: 'results', conversation: 'c07' }));
    const badge = page.locator('[data-testid="transcript"] [data-author="customer"] [data-part="sentiment"]').first();
    await badge.waitFor();
    expect(await badge.getAttribute('data-band')).toBe('negative');
    expect(await badge.textContent()).toContain(`negative ${sentiment(-0.6, 'en')}`);

    await page.goto(qaUrl(session, { tab: 'results', conversation: 'qa-pii' }));
    const turn = page.locator('[data-testid="transcript"] [data-author="customer"]').first();
    await turn.waitFor();
    expect(await turn.locator('[data-pii]').evaluateAll((m) => m.map((e) => e.getAttribute('data-pii')))).toEqual([
      'phone',
      'email',
    ]);
    expect(await turn.locator('.text').textContent()).toBe('手机[phone]，邮箱[email]');
    expect(await turn.locator('[data-part="sentiment"]').getAttribute('data-band')).toBe('neutral');
    await page.close();
  });

  it('reads with the API key, with a note in place of every write control', async () => {
    const page = await session.page('en');
    await page.goto(qaUrl(session));
    await page.locator('main[data-state="ready"]').waitFor();
    const note = page.locator('[data-testid="read-only-note"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('tandem users create --name … --role qa');
    expect(await page.locator('[data-testid="new-sample"]').count()).toBe(0);
    expect(await page.locator('[data-testid="signed-in"]').count()).toBe(0);

    await page.goto(qaUrl(session, { sample: sampleId! }));
    const item = page.locator('[data-sample-item]').first();
    await item.waitFor();
    await item.locator('[data-testid="review-item"]').click();
    await page.locator('[data-review-form][data-state="ready"]').waitFor();
    expect(await page.locator('[data-testid="submit-review"]').count()).toBe(0);
    expect(await page.locator('[data-review-form] input').count()).toBe(0);
    await note.waitFor();
    await page.close();
  });

  it('fits a tablet in Chinese: no sideways scrolling on the sample, the review screen or the results', async () => {
    const page = await session.page('zh-CN', { width: 768, height: 1024 }, reviewer.token);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    await page.goto(qaUrl(session, { sample: sampleId! }));
    await page.locator('[data-sample] [data-sample-item]').first().waitFor();
    expect(await page.locator('[data-qa-tab="samples"]').textContent()).toBe('抽样');
    expect(await overflow()).toBeLessThanOrEqual(0);

    const first = (await page.locator('[data-sample-item]').first().getAttribute('data-sample-item'))!;
    await page.goto(qaUrl(session, { sample: sampleId!, conversation: first }));
    await page.locator('[data-review-form][data-state="ready"]').waitFor();
    expect(await page.locator('[data-testid="submit-review"]').textContent()).toBe('修改质检');
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.goto(qaUrl(session, { tab: 'results' }));
    await page.locator('main[data-state="ready"]').waitFor();
    expect(await page.locator('[data-qa-result="mean_score"] [data-part="label"]').textContent()).toBe('平均分');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });
});
