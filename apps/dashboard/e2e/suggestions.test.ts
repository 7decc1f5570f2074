import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANTED, plantedConversations } from '@tandem/fixtures';
import { chromiumExecutable } from '@tandem/testkit';
import { DashboardSession, type CreatedUser } from './dashboard-session.ts';
import { day, integer, percent, points } from './formats.ts';

const chromium = chromiumExecutable();

/** The planted fixture spans the 28 days before its anchor: 2026-03-01 … 2026-03-28 in UTC. */
const ANCHOR = '2026-03-29T00:00:00Z';
const WINDOW = { from: '2026-03-01', to: '2026-03-28', tz: 'UTC' };
/** The phrase the trainer adds: quotes, an apostrophe, a question mark and Chinese, all kept as typed. */
const ADDED = 'Where\'s my "parcel"? 我的快递呢';

interface Ratio {
  numerator: number;
  denominator: number;
  value: number | null;
}
interface LiftSide {
  counts: { before: Ratio; after: Ratio };
  before: number | null;
  after: number | null;
  difference: number | null;
  ci: [number, number] | null;
}
interface Lift {
  days: number;
  before: { from: string; to: string } | null;
  after: { from: string; to: string } | null;
  containment: LiftSide | null;
  csat: LiftSide | null;
}

/** The phrases of one intent in a Rasa NLU file: the lines of its `examples` block, without their `- `. */
function rasaExamples(yaml: string, intent: string): string[] {
  const lines = yaml.split('\n');
  const start = lines.indexOf(`- intent: ${intent}`);
  if (start < 0) return [];
  expect(lines[start + 1]).toBe('  examples: |');
  const examples: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('    - ')) break;
    examples.push(line.slice('    - '.length));
  }
  return examples;
}

describe.skipIf(!chromium)('suggestions page in Chromium on the planted fixture', () => {
  let session: DashboardSession;
  let trainer: CreatedUser;
  let parcelId: string | null = null;

  const inboxUrl = (extra: Record<string, string> = {}) =>
    `${session.service.url}/?${new URLSearchParams({ view: 'suggestions', ...WINDOW, ...extra })}`;
  const api = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${session.service.url}${path}`, {
      headers: { authorization: `Bearer ${trainer.token}` },
    });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const phrasesOf = (page: Page) =>
    page
      .locator('[data-testid="phrases"] input[data-testid="phrase"]')
      .evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

  beforeAll(async () => {
    // Only the planted conversations: the hand-made fixture's intents would join the engine's known ones.
    session = await DashboardSession.start(chromium!, { handmade: false });
    const response = await fetch(`${session.service.url}/api/v1/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.service.key}`, 'content-type': 'application/x-ndjson' },
      body: plantedConversations({ anchor: ANCHOR })
        .map((e) => JSON.stringify(e))
        .join('\n'),
    });
    if (response.status !== 200) throw new Error(`planted: ${response.status} ${await response.text()}`);
    trainer = await session.createUser('Tara Trainer', 'trainer');
  });
  afterAll(async () => {
    await session?.close();
  });

  it('refreshes, edits and accepts the parcel phrases, exports them, ships them and reads the lift', async () => {
    const page = await session.page('en', undefined, trainer.token);
    await page.goto(inboxUrl());
    await expect
      .poll(() => page.locator('[data-testid="signed-in"]').textContent())
      .toBe('Signed in as Tara Trainer (trainer)');

    // Nothing found yet; Refresh runs the engine over the view's window and zone.
    await page.locator('main[data-state="empty"]').waitFor();
    await page.locator('[data-testid="refresh-suggestions"]').click();
    const result = page.locator('[data-testid="refresh-result"]');
    await result.waitFor();
    const found = Number(await result.getAttribute('data-suggestions'));
    expect(found).toBeGreaterThanOrEqual(8);
    expect(await result.getAttribute('data-added')).toBe(String(found));
    expect(await result.textContent()).toContain(
      `Found ${integer(found, 'en')} suggestions: ${integer(found, 'en')} new`,
    );
    await page.locator('main[data-state="ready"]').waitFor();
    await expect.poll(() => page.locator('[data-suggestion]').count()).toBe(found);

    // The parcel: 40 English and 30 Chinese conversations where the bot missed order_status.
    const card = page.locator(
      `[data-suggestion][data-kind="add_training_phrases"][data-intent="${PLANTED.parcel.intent}"]`,
    );
    expect(await card.getAttribute('data-status')).toBe('new');
    expect(await card.locator('[data-part="evidence"]').getAttribute('data-value')).toBe('70');
    parcelId = await card.getAttribute('data-suggestion');
    await card.locator('[data-testid="open-suggestion"]').click();
    expect(new URL(page.url()).searchParams.get('suggestion')).toBe(parcelId);
    const detail = page.locator(`[data-suggestion-detail="${parcelId}"]`);
    await detail.waitFor();
    await page.locator('main[data-state="ready"]').waitFor();
    const count = page.locator('[data-testid="evidence-count"]');
    expect(await count.getAttribute('data-value')).toBe('70');
    expect((await count.textContent())?.trim()).toBe(`${integer(70, 'en')} conversations`);

    // The evidence conversations, a page at a time; one opens its transcript.
    const evidence = page.locator('[data-testid="evidence-conversation"]');
    expect(await evidence.count()).toBe(20);
    const first = (await evidence.first().getAttribute('data-conversation-id'))!;
    expect([...PLANTED.parcel.en, ...PLANTED.parcel.zh]).toContain(first);
    await evidence.first().click();
    await page.locator('[data-testid="transcript"] [data-testid="turn"]').first().waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-testid="transcript"]').waitFor({ state: 'detached' });

    // Edit the phrases: remove the second, add one; then accept with them.
    const engine = await phrasesOf(page);
    expect(engine.length).toBeGreaterThan(2);
    expect(engine.some((p) => p.includes('快递'))).toBe(true);
    await page.locator('[data-testid="remove-phrase"]').nth(1).click();
    await page.locator('[data-testid="new-phrase"]').fill(ADDED);
    await page.locator('[data-testid="add-phrase"]').click();
    const edited = [engine[0]!, ...engine.slice(2), ADDED];
    expect(await phrasesOf(page)).toEqual(edited);
    await page.locator('[data-testid="phrases-edited"]').waitFor();
    const accept = page.locator('[data-action="accept"]');
    expect(await accept.textContent()).toBe(`Accept with ${edited.length} phrases`);
    await accept.click();
    await page.locator(`[data-suggestion-detail="${parcelId}"][data-status="accepted"]`).waitFor();
    // The editor now shows what the service stored, and who decided.
    expect(await phrasesOf(page)).toEqual(edited);
    expect(await page.locator('[data-testid="decided-by"]').getAttribute('data-user-id')).toBe(trainer.user.user_id);
    expect(await page.locator('[data-testid="decided-by"]').textContent()).toContain('Tara Trainer');

    // The Rasa export, as the page downloads it, holds exactly the edited phrases.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="rasa"]').click()]);
    expect(download.suggestedFilename()).toBe('tandem-nlu.yml');
    const yaml = await readFile((await download.path())!, 'utf8');
    expect(yaml.startsWith('version: "3.1"\nnlu:\n')).toBe(true);
    expect(rasaExamples(yaml, PLANTED.parcel.intent)).toEqual(edited);

    // Ship it on 2026-03-15; the date starts as today in the view's zone (UTC).
    const date = page.locator('input[name="shipped_at"]');
    expect(await date.inputValue()).toBe(new Date().toISOString().slice(0, 10));
    await date.fill('2026-03-15');
    await page.locator('[data-action="ship"]').click();
    await page.locator(`[data-suggestion-detail="${parcelId}"][data-status="shipped"]`).waitFor();
    expect(await page.locator('[data-testid="shipped-at"]').getAttribute('data-value')).toBe('2026-03-15');
    expect(await page.locator('[data-action]').count()).toBe(0);

    // The lift shows the service's figures, formatted as the dashboard promises to write them.
    await page.locator('[data-testid="lift"][data-state="ready"]').waitFor();
    const lift = await api<Lift>(`/api/v1/suggestions/${parcelId}/lift`);
    expect(lift.days).toBeGreaterThan(0);
    const windows = page.locator('[data-testid="lift-windows"]');
    expect(await windows.getAttribute('data-days')).toBe(String(lift.days));
    expect((await windows.textContent())?.trim()).toBe(
      `Before: ${day(lift.before!.from, 'en')} – ${day(lift.before!.to, 'en')}; ` +
        `after: ${day(lift.after!.from, 'en')} – ${day(lift.after!.to, 'en')} (${lift.days} days each)`,
    );
    expect(lift.containment!.counts.before.denominator).toBeGreaterThan(0);
    for (const rate of ['containment', 'csat'] as const) {
      const side = lift[rate]!;
      const figure = page.locator(`[data-lift="${rate}"]`);
      for (const which of ['before', 'after'] as const) {
        const { numerator, denominator } = side.counts[which];
        const shown = figure.locator(`[data-side="${which}"]`);
        expect(await shown.locator('[data-part="numerator"]').textContent()).toBe(integer(numerator, 'en'));
        expect(await shown.locator('[data-part="denominator"]').textContent()).toBe(integer(denominator, 'en'));
        expect(await shown.locator('[data-part="rate"]').textContent()).toBe(
          denominator === 0 ? '—' : percent(numerator, denominator, 'en'),
        );
      }
      const difference = figure.locator('[data-part="difference"]');
      expect(await difference.textContent()).toBe(side.difference === null ? '—' : points(side.difference, 'en', 'pp'));
      expect(await difference.getAttribute('data-value')).toBe(String(side.difference ?? ''));
      const ci = figure.locator('[data-part="ci"]');
      const verdict = figure.locator('[data-part="verdict"]');
      if (side.ci) {
        const [low, high] = side.ci;
        expect(await ci.textContent()).toBe(`(95% interval ${points(low, 'en', 'pp')} to ${points(high, 'en', 'pp')})`);
        const expected = low <= 0 && high >= 0 ? 'no_change' : low > 0 ? 'better' : 'worse';
        expect(await verdict.getAttribute('data-verdict')).toBe(expected);
        if (expected === 'no_change') expect(await verdict.textContent()).toContain('No measurable change yet');
      } else {
        expect(await verdict.getAttribute('data-verdict')).toBe('unknown');
      }
    }

    // Back in the inbox the suggestion is shipped, and the status filter finds it.
    await page.locator('[data-testid="back-to-inbox"]').click();
    await page.locator('main[data-state="ready"]').waitFor();
    await expect.poll(() => card.getAttribute('data-status')).toBe('shipped');
    await page.locator('select[data-filter="status"]').selectOption('shipped');
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('shipped');
    await expect.poll(() => page.locator('[data-suggestion]').count()).toBe(1);
    expect(await page.locator('[data-suggestion]').getAttribute('data-suggestion')).toBe(parcelId);
    await page.close();
  });

  it("draws the bot's intent against the agent's, with the planted confusion off the diagonal", async () => {
    const page = await session.page('en', undefined, trainer.token);
    await page.goto(inboxUrl());
    await page.locator('[data-suggestion-tab="confusion"]').click();
    expect(new URL(page.url()).searchParams.get('tab')).toBe('confusion');
    await page.locator('[data-chart="confusion"][data-state="ready"]').waitFor();
    const cell = page.locator(
      `[data-testid="confusion-row"][data-bot-intent="${PLANTED.confusion.predicted}"][data-agent-intent="${PLANTED.confusion.correct}"]`,
    );
    expect(await cell.locator('[data-part="conversations"]').textContent()).toBe(
      integer(PLANTED.confusion.ids.length, 'en'),
    );
    expect(await cell.locator('[data-part="right"]').textContent()).toBe('No');
    await page.close();
  });

  it('rejects a suggestion only with a note, and shows who rejected it and why', async () => {
    const page = await session.page('en', undefined, trainer.token);
    await page.goto(inboxUrl({ kind: 'automate' }));
    await page.locator('main[data-state="ready"]').waitFor();
    const card = page.locator(`[data-suggestion][data-intent="${PLANTED.automate.intent}"]`);
    await card.locator('[data-testid="open-suggestion"]').click();
    await page.locator('[data-suggestion-detail][data-status="new"]').waitFor();
    // No phrases to edit for this kind; rejecting waits for a reason.
    expect(await page.locator('[data-testid="phrases"]').count()).toBe(0);
    const reject = page.locator('[data-action="reject"]');
    expect(await reject.isDisabled()).toBe(true);
    await page.locator('textarea[name="note"]').fill('The store hours page is being rewritten.');
    await reject.click();
    await page.locator('[data-suggestion-detail][data-status="rejected"]').waitFor();
    expect(await page.locator('[data-testid="decision-note"]').textContent()).toBe(
      'The store hours page is being rewritten.',
    );
    expect(await page.locator('[data-testid="decided-by"]').textContent()).toContain('Tara Trainer');
    // Rejected can be accepted again, nothing else.
    expect(await page.locator('[data-action]').evaluateAll((b) => b.map((x) => x.getAttribute('data-action')))).toEqual(
      ['accept'],
    );
    await page.close();
  });

  it('reads with the API key, with a note in place of every write control', async () => {
    const page = await session.page('en');
    await page.goto(inboxUrl());
    await page.locator('main[data-state="ready"]').waitFor();
    const note = page.locator('[data-testid="read-only-note"]');
    await note.waitFor();
    expect(await note.textContent()).toContain('tandem users create --name … --role trainer');
    expect(await page.locator('[data-testid="refresh-suggestions"]').count()).toBe(0);

    // A new suggestion: phrases listed, no editor, no decision.
    const other = page.locator('[data-suggestion][data-kind="add_training_phrases"][data-status="new"]').first();
    await other.locator('[data-testid="open-suggestion"]').click();
    await page.locator('[data-suggestion-detail][data-status="new"]').waitFor();
    await note.waitFor();
    expect(await page.locator('[data-action]').count()).toBe(0);
    expect(await page.locator('[data-testid="phrases"] input').count()).toBe(0);
    expect(await page.locator('[data-testid="phrases"] [data-testid="phrase"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('fits a tablet in Chinese: no sideways scrolling in the inbox, a suggestion or the matrix', async () => {
    const page = await session.page('zh-CN', { width: 768, height: 1024 }, trainer.token);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

    await page.goto(inboxUrl());
    await page.locator('main[data-state="ready"]').waitFor();
    expect(await page.locator('[data-testid="nav-suggestions"]').textContent()).toBe('优化建议');
    expect(await page.locator('[data-suggestion-tab="inbox"]').textContent()).toBe('建议列表');
    expect(await page.locator('[data-testid="refresh-suggestions"]').textContent()).toBe('刷新建议');
    // The service's titles are English; a Chinese page names each suggestion by its kind and intent.
    expect(await page.locator(`[data-suggestion="${parcelId}"] [data-part="title"]`).textContent()).toBe(
      `为 ${PLANTED.parcel.intent} 补充训练语料`,
    );
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.goto(inboxUrl({ suggestion: parcelId! }));
    await page.locator('[data-testid="lift"][data-state="ready"]').waitFor();
    expect(await page.locator('[data-lift="containment"] h4').textContent()).toContain('机器人独立解决率');
    expect(await page.locator('[data-suggestion-detail] [data-part="status"]').textContent()).toBe('已上线');
    expect(await overflow()).toBeLessThanOrEqual(0);

    await page.goto(inboxUrl({ tab: 'confusion' }));
    await page.locator('[data-chart="confusion"][data-state="ready"]').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.close();
  });
});
