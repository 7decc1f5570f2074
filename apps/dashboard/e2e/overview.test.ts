import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '@tandem/testkit';
import { DashboardSession, expected } from './dashboard-session.ts';
import { duration, integer, percent } from './formats.ts';

const chromium = chromiumExecutable();

const RATE_CARDS = ['bot_involvement', 'containment', 'false_containment', 'escalation_rate', 'csat'] as const;
const DURATION_CARDS = ['first_response_time', 'time_to_human'] as const;
// Cases the dashboard can express through its URL: window, zone and the channel and locale filters
// (R and the agent filter are API-only).
const SCREEN_CASES = expected.cases.filter(
  (c) => c.params.recontact_hours === 72 && Object.keys(c.params.filters).every((k) => k !== 'agent'),
);

describe.skipIf(!chromium)('overview in Chromium on the hand-made fixture', () => {
  let session: DashboardSession;

  beforeAll(async () => {
    session = await DashboardSession.start(chromium!);
  });
  afterAll(async () => {
    await session?.close();
  });

  for (const c of SCREEN_CASES) {
    it(`shows every KPI card as computed by hand: ${c.name}`, async () => {
      const page = await session.page('en');
      await session.openOverview(page, c);
      const card = (kpi: string, part: string) => page.locator(`[data-kpi="${kpi}"] [data-part="${part}"]`);

      expect(await card('volume', 'value').textContent()).toBe(integer(c.conversations.total, 'en'));
      for (const kpi of RATE_CARDS) {
        const [numerator, denominator] = c.rates[kpi]!;
        expect([kpi, (await card(kpi, 'value').textContent())?.trim()]).toEqual([
          kpi,
          percent(numerator, denominator, 'en'),
        ]);
        expect([kpi, (await card(kpi, 'fraction').textContent())?.replace(/\s+/g, ' ').trim()]).toEqual([
          kpi,
          `${integer(numerator, 'en')} / ${integer(denominator, 'en')}`,
        ]);
        expect(Number(await card(kpi, 'value').getAttribute('data-value'))).toBeCloseTo(numerator / denominator, 9);
      }
      for (const kpi of DURATION_CARDS) {
        const { median, p90 } = c.durations[kpi]!;
        expect([kpi, (await card(kpi, 'value').textContent())?.trim()]).toEqual([kpi, duration(median!, 'en')]);
        expect(await card(kpi, 'secondary').textContent()).toContain(duration(p90!, 'en'));
      }
      expect(await card('csat', 'secondary').textContent()).toContain(c.csat_mean!.toFixed(2));
      if (c.params.from === '2026-03-01') {
        // Nothing happened before March: every change against the previous period is unknown, not zero.
        expect(await page.locator('[data-kpi] [data-part="change"]').allTextContents()).toEqual(Array(8).fill('—'));
      }
      await page.close();
    });
  }

  it('lists exactly the containment denominator, and a transcript shows the handoff and its reason', async () => {
    const c = expected.cases[0]!;
    const [, denominator] = c.rates['containment']!;
    const page = await session.page('en');
    await session.openOverview(page, c);
    await page.locator('[data-kpi="containment"]').click();
    const total = page.locator('[data-testid="drill-total"]');
    await total.waitFor();
    expect(await total.textContent()).toContain(integer(denominator, 'en'));
    await expect.poll(() => page.locator('[data-testid="drill-row"]').count()).toBe(denominator);
    expect(new URL(page.url()).searchParams.get('drill')).toBe('containment');

    const want = expected.transcript;
    await page.locator(`[data-testid="drill-row"][data-conversation-id="${want.conversation_id}"]`).click();
    const transcript = page.locator('[data-testid="transcript"]');
    await transcript.waitFor();
    const marker = transcript.locator('[data-testid="handoff-marker"]');
    expect(await marker.getAttribute('data-reason')).toBe(want.handoff_reason);
    expect(await marker.textContent()).toContain('Intent confidence below 0.5');
    // c13: customer, bot, customer, agent, then the system's notice that the customer left.
    expect(
      await transcript
        .locator('[data-testid="turn"]')
        .evaluateAll((turns) => turns.map((t) => t.getAttribute('data-author'))),
    ).toEqual(['customer', 'bot', 'customer', 'agent', 'system']);
    const bot = transcript.locator('[data-testid="turn"][data-author="bot"]');
    expect(await bot.locator('[data-part="intent"]').textContent()).toContain('password_reset');
    expect(await bot.textContent()).toMatch(/45(\.0)?\s?%/);
    await page.close();
  });

  it('a copied link reproduces the view, drill-down included', async () => {
    const c = expected.cases.find((x) => x.params.filters['channel'])!;
    const page = await session.page('en');
    await session.openOverview(page, c);
    await page.locator('[data-kpi="volume"]').click();
    await page.locator('[data-testid="drill-total"]').waitFor();
    const link = page.url();
    const again = await session.page('en');
    await again.goto(link);
    await again.locator('[data-testid="drill-total"]').waitFor();
    expect(await again.locator('[data-testid="drill-total"]').textContent()).toContain(
      integer(c.conversations.total, 'en'),
    );
    expect(await again.locator('[data-kpi="volume"] [data-part="value"]').textContent()).toBe(
      integer(c.conversations.total, 'en'),
    );
    await page.close();
    await again.close();
  });
});
