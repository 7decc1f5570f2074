import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, startService, type RunningService } from '@tandem/testkit';

const HANDMADE = fileURLToPath(new URL('../../../fixtures/expected/handmade/', import.meta.url));

/** The hand-made fixture's expected values; written by hand, never by the code under test. */
export interface ExpectedCase {
  name: string;
  params: { from: string; to: string; tz: string; recontact_hours: number; filters: Record<string, string[]> };
  conversations: { total: number; closed: number; open: number };
  rates: Record<string, [number, number]>;
  csat_mean: number | null;
  durations: Record<string, { count: number; median: number | null; p90: number | null }>;
}

export const expected = JSON.parse(readFileSync(`${HANDMADE}expected.json`, 'utf8')) as {
  ingest: { batch: string }[];
  cases: ExpectedCase[];
  transcript: { conversation_id: string; handoff_reason: string };
  escalations: {
    case: string;
    bot_reasons: { reason: string; conversations: number }[];
    customer_requested_human: string[];
  };
};

export interface CreatedUser {
  user: { user_id: string; name: string; role: string; created_at: string };
  token: string;
}

/** The built service on a fresh in-memory DuckDB holding the hand-made fixture (unless told), and a browser pointed at it. */
export class DashboardSession {
  readonly service: RunningService;
  readonly browser: Browser;
  /** The workspace's first admin, made with the API key when a user is first needed. */
  private admin: CreatedUser | null = null;

  private constructor(service: RunningService, browser: Browser) {
    this.service = service;
    this.browser = browser;
  }

  /** With `handmade: false` the store starts empty, for a test that posts a fixture of its own. */
  static async start(chromium: string, { handmade = true }: { handmade?: boolean } = {}): Promise<DashboardSession> {
    const service = await startService({ dbPath: ':memory:' });
    try {
      for (const { batch } of handmade ? expected.ingest : []) {
        const response = await fetch(`${service.url}/api/v1/events`, {
          method: 'POST',
          headers: { authorization: `Bearer ${service.key}`, 'content-type': 'application/x-ndjson' },
          body: readFileSync(`${HANDMADE}${batch}`, 'utf8'),
        });
        // 422 reports the one invalid line of batch 2; everything else in it is stored.
        if (response.status !== 200 && response.status !== 422) throw new Error(`${batch}: ${response.status}`);
      }
      return new DashboardSession(service, await launchChromium(chromium));
    } catch (error) {
      await service.stop();
      throw error;
    }
  }

  /**
   * A signed-in page in `lang`, at 1280 × 900 unless told otherwise; signed in with the workspace's
   * API key, or with `key` (a user's token).
   */
  async page(lang: 'en' | 'zh-CN', viewport = { width: 1280, height: 900 }, key = this.service.key): Promise<Page> {
    const page = await this.browser.newPage({ viewport, locale: lang });
    await page.addInitScript(
      ([key, language]) => {
        if (!localStorage.getItem('tandem.apiKey')) localStorage.setItem('tandem.apiKey', key!);
        if (!localStorage.getItem('tandem.lang')) localStorage.setItem('tandem.lang', language!);
      },
      [key, lang],
    );
    return page;
  }

  /**
   * A user of the workspace; the answer carries the token, shown this once. The API key creates only
   * the workspace's first admin, so any other user is created with that admin's token (the admin is
   * made on first need).
   */
  async createUser(name: string, role: 'admin' | 'executive' | 'qa' | 'trainer'): Promise<CreatedUser> {
    if (role === 'admin' && !this.admin) {
      this.admin = await this.postUser(this.service.key, name, role);
      return this.admin;
    }
    this.admin ??= await this.postUser(this.service.key, 'Ada Admin', 'admin');
    return this.postUser(this.admin.token, name, role);
  }

  private async postUser(key: string, name: string, role: string): Promise<CreatedUser> {
    const response = await fetch(`${this.service.url}/api/v1/users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, role }),
    });
    if (response.status !== 201) throw new Error(`POST /api/v1/users: ${response.status} ${await response.text()}`);
    return (await response.json()) as CreatedUser;
  }

  /** Opens a page (the overview unless told) for one case's window, zone and filters, and waits until it has drawn. */
  async openOverview(page: Page, c: ExpectedCase, extra: Record<string, string> = {}): Promise<void> {
    const params = new URLSearchParams({ from: c.params.from, to: c.params.to, tz: c.params.tz, ...extra });
    for (const [key, values] of Object.entries(c.params.filters)) params.set(key, values.join(','));
    await page.goto(`${this.service.url}/?${params}`);
    await page.locator('main[data-state="ready"]').waitFor();
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.service.stop();
  }
}
