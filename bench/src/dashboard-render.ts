import { chromiumExecutable, launchChromium, startService } from '@tandem/testkit';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quantile } from './stats.js';

export interface DashboardRenderOptions {
  /** Demo conversations loaded at start, as `npm start` does. */
  conversations: number;
  runs: number;
}

export interface DashboardRender {
  conversations: number;
  runs: number;
  render_p50_ms: number;
  render_p95_ms: number;
  render_max_ms: number;
}

export const DASHBOARD_RENDER_TARGETS = { render_p50_ms: 1500 };

/**
 * Time from asking Chromium for the page to an overview whose cards and charts have all drawn, on the
 * demo data, each run in a fresh browser context (empty cache, as a first visit).
 */
export async function benchDashboardRender(options: DashboardRenderOptions): Promise<DashboardRender | null> {
  const executable = chromiumExecutable();
  if (!executable) {
    console.log('dashboard render: skipped, no Chromium on this machine');
    return null;
  }
  const work = mkdtempSync(join(tmpdir(), 'tandem-bench-'));
  const service = await startService({
    dbPath: join(work, 'demo.duckdb'),
    env: { TANDEM_DEMO: '1', TANDEM_DEMO_CONVERSATIONS: String(options.conversations) },
  });
  const browser = await launchChromium(executable);
  const times: number[] = [];
  try {
    for (let i = 0; i < options.runs; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en' });
      await context.addInitScript((key) => localStorage.setItem('tandem.apiKey', key), service.key);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${service.url}/`);
      await page.waitForFunction(() => {
        const charts = [...document.querySelectorAll('[data-chart]')];
        return (
          document.querySelector('main[data-state="ready"]') !== null &&
          charts.length > 0 &&
          charts.every((chart) => chart.getAttribute('data-state') === 'ready')
        );
      });
      times.push(performance.now() - started);
      await context.close();
    }
  } finally {
    await browser.close();
    await service.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const row = {
    conversations: options.conversations,
    runs: options.runs,
    render_p50_ms: Math.round(quantile(times, 0.5)),
    render_p95_ms: Math.round(quantile(times, 0.95)),
    render_max_ms: Math.round(Math.max(...times)),
  };
  console.table([row]);
  return row;
}
