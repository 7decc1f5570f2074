import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '@tandem/testkit';
import { DashboardSession, expected } from './dashboard-session.ts';
import { integer, percent } from './formats.ts';

const chromium = chromiumExecutable();

describe.skipIf(!chromium)('handoff page in Chromium on the hand-made fixture', () => {
  let session: DashboardSession;

  beforeAll(async () => {
    session = await DashboardSession.start(chromium!);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('shows the handoff rates computed by hand', async () => {
    const c = expected.cases[0]!;
    const page = await session.page('en');
    await session.openOverview(page, c, { view: 'handoff' });
    await page.locator('[data-chart="queues"][data-state="ready"]').waitFor();
    const card = (kpi: string, part: string) => page.locator(`[data-handoff-kpi="${kpi}"] [data-part="${part}"]`);
    // Handed off: c02 c04 c07 c12 c13 c16; the context travelled on all but c04 and c13; c12 was
    // abandoned before an agent wrote; agents wrote in five and asked nothing again (README, section 6).
    const want: Record<string, [number, number]> = {
      context_passed: [4, 6],
      repeat_ask: [0, 5],
      abandoned_while_waiting: [1, 6],
    };
    for (const [kpi, [numerator, denominator]] of Object.entries(want)) {
      expect([kpi, (await card(kpi, 'value').textContent())?.trim()]).toEqual([
        kpi,
        percent(numerator, denominator, 'en'),
      ]);
      expect([kpi, (await card(kpi, 'fraction').textContent())?.replace(/\s+/g, ' ').trim()]).toEqual([
        kpi,
        `${integer(numerator, 'en')} / ${integer(denominator, 'en')}`,
      ]);
    }
    // One handoff a queue: logistics-en, account-zh, complaints-zh, orders-zh, account-en, finance-en.
    expect(await page.locator('[data-testid="queue-row"]').count()).toBe(6);
    await page.close();
  });
});
