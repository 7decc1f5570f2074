import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '@tandem/testkit';
import { DashboardSession, expected } from './dashboard-session.ts';
import { integer } from './formats.ts';

const chromium = chromiumExecutable();

describe.skipIf(!chromium)('escalations page in Chromium on the hand-made fixture', () => {
  let session: DashboardSession;

  beforeAll(async () => {
    session = await DashboardSession.start(chromium!);
  });
  afterAll(async () => {
    await session?.close();
  });

  it("lists, for each of the bot's reasons, exactly as many conversations as its bar counts", async () => {
    const want = expected.escalations;
    const c = expected.cases.find((x) => x.name === want.case)!;
    const page = await session.page('en');
    await session.openOverview(page, c, { view: 'escalations' });
    await page.locator('[data-chart="reasons"][data-state="ready"]').waitFor();
    const rows = page.locator('[data-testid="reason-row"]');
    expect(await rows.evaluateAll((all) => all.map((r) => r.getAttribute('data-reason')))).toEqual(
      want.bot_reasons.map((r) => r.reason),
    );
    for (const reason of want.bot_reasons) {
      const row = page.locator(`[data-testid="reason-row"][data-reason="${reason.reason}"]`);
      const shown = (await row.locator('[data-part="count"]').textContent())?.trim();
      expect([reason.reason, shown]).toEqual([reason.reason, integer(reason.conversations, 'en')]);
      await row.locator('[data-testid="reason-drill"]').click();
      const total = page.locator('[data-testid="drill-total"]');
      await total.waitFor();
      expect(await total.textContent()).toContain(shown);
      await expect.poll(() => page.locator('[data-testid="drill-row"]').count()).toBe(reason.conversations);
      await page.keyboard.press('Escape');
      await total.waitFor({ state: 'detached' });
    }
    const ids = await (async () => {
      await page
        .locator('[data-testid="reason-row"][data-reason="customer_requested_human"] [data-testid="reason-drill"]')
        .click();
      await page.locator('[data-testid="drill-total"]').waitFor();
      return page
        .locator('[data-testid="drill-row"]')
        .evaluateAll((all) => all.map((r) => r.getAttribute('data-conversation-id')));
    })();
    expect(ids).toEqual(want.customer_requested_human);
    await page.close();
  });
});
