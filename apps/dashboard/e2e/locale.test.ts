import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumExecutable } from '@tandem/testkit';
import { DashboardSession, expected } from './dashboard-session.ts';
import { duration, integer, percent } from './formats.ts';

const chromium = chromiumExecutable();

describe.skipIf(!chromium)('Chinese and English in Chromium', () => {
  let session: DashboardSession;

  beforeAll(async () => {
    session = await DashboardSession.start(chromium!);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('switches to zh-CN: labels, numbers, durations and dates follow, and the choice is remembered', async () => {
    const c = expected.cases[0]!;
    const page = await session.page('en');
    await session.openOverview(page, c);
    const label = page.locator('[data-kpi="containment"] [data-part="label"]');
    expect(await label.textContent()).toMatch(/containment/i);

    await page.locator('[data-testid="language"]').selectOption('zh-CN');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await expect.poll(() => label.textContent()).toBe('机器人独立解决率');
    expect(await page.locator('[data-kpi="escalation_rate"] [data-part="label"]').textContent()).toBe('转人工率');
    const [numerator, denominator] = c.rates['containment']!;
    expect(await page.locator('[data-kpi="containment"] [data-part="value"]').textContent()).toBe(
      percent(numerator, denominator, 'zh-CN'),
    );
    // Intl writes short units the Chinese way: 11秒, 1.8分钟.
    const frt = c.durations['first_response_time']!;
    expect(await page.locator('[data-kpi="first_response_time"] [data-part="value"]').textContent()).toBe(
      duration(frt.median!, 'zh-CN'),
    );
    expect(duration(frt.median!, 'zh-CN')).toContain('秒');

    await page.locator('[data-kpi="volume"]').click();
    await page.locator('[data-testid="drill-total"]').waitFor();
    expect(await page.locator('[data-testid="drill-total"]').textContent()).toContain(
      integer(c.conversations.total, 'zh-CN'),
    );
    // c03 is the first conversation of the window: 2026-03-01 10:00 in Asia/Shanghai.
    const first = page.locator('[data-testid="drill-row"]').first();
    const startedIn = new Intl.DateTimeFormat('zh-CN', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: c.params.tz,
    }).format(new Date('2026-03-01T02:00:00Z'));
    expect(startedIn).toContain('2026年3月1日');
    expect(await first.textContent()).toContain(startedIn);

    await page.reload();
    await page.locator('main[data-state="ready"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(await label.textContent()).toBe('机器人独立解决率');
    await page.close();
  });

  it('fits a tablet: no horizontal scrolling at 768 px', async () => {
    const page = await session.page('en', { width: 768, height: 1024 });
    await session.openOverview(page, expected.cases[0]!);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });
});
