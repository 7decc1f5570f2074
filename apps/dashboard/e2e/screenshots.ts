// Screenshots of the overview, the QA review screen and the trainer's inbox on the demo data for the docs:
// `npm run screenshots`
// (after a build).
import { chromiumExecutable, launchChromium, startService } from '@tandem/testkit';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));
const LANGUAGES = ['en', 'zh-CN'] as const;

const executable = chromiumExecutable();
if (!executable) throw new Error('screenshots need Chromium (Debian package chromium)');
const work = mkdtempSync(join(tmpdir(), 'tandem-screenshots-'));
const service = await startService({ dbPath: join(work, 'demo.duckdb'), env: { TANDEM_DEMO: '1' } });
const browser = await launchChromium(executable);
try {
  mkdirSync(OUT, { recursive: true });
  for (const lang of LANGUAGES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: lang });
    await page.addInitScript(
      ([key, language]) => {
        localStorage.setItem('tandem.apiKey', key!);
        localStorage.setItem('tandem.lang', language!);
      },
      [service.key, lang],
    );
    await page.goto(`${service.url}/?tz=Asia/Shanghai`);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('main[data-state="ready"] [data-chart]')].every(
        (chart) => chart.getAttribute('data-state') === 'ready',
      ),
    );
    const file = join(OUT, `overview-${lang}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`written ${file}`);
    await page.close();
  }
  // The review screen: a reviewer, a risk-weighted sample, its first handed-off conversation. The API
  // key creates only the workspace's first admin, whose token creates the reviewer.
  const headers = { authorization: `Bearer ${service.key}`, 'content-type': 'application/json' };
  const createUser = async (key: string, name: string, role: string) => {
    const response = await fetch(`${service.url}/api/v1/users`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${key}` },
      body: JSON.stringify({ name, role }),
    });
    if (response.status !== 201) throw new Error(`POST /api/v1/users: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { token: string }).token;
  };
  const admin = await createUser(service.key, 'Ada Admin', 'admin');
  const token = await createUser(admin, 'Li Wei', 'qa');
  const drawn = await fetch(`${service.url}/api/v1/qa/samples`, {
    method: 'POST',
    headers: { ...headers, authorization: `Bearer ${token}` },
    body: JSON.stringify({
      name: 'Last 30 days, by channel',
      size: 12,
      stratify_by: ['channel'],
      weighting: 'risk',
      seed: 1,
    }),
  });
  const { sample, items } = (await drawn.json()) as {
    sample: { sample_id: string };
    items: { conversation_id: string; path: string }[];
  };
  const item = items.find((i) => i.path === 'handed_off') ?? items[0]!;
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en' });
  await page.addInitScript((key) => localStorage.setItem('tandem.apiKey', key), token);
  await page.goto(`${service.url}/?view=qa&sample=${sample.sample_id}&conversation=${item.conversation_id}`);
  await page.locator('[data-review-form]').waitFor();
  const file = join(OUT, 'qa-review-en.png');
  await page.screenshot({ path: file });
  console.log(`written ${file}`);
  await page.close();

  // The trainer's inbox, with the suggestions the demo load found, its first one open.
  const trainer = await createUser(admin, 'Tara Trainer', 'trainer');
  const inbox = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en' });
  await inbox.addInitScript((key) => localStorage.setItem('tandem.apiKey', key), trainer);
  await inbox.goto(`${service.url}/?view=suggestions`);
  await inbox.locator('main[data-state="ready"] [data-suggestion]').first().waitFor();
  const inboxFile = join(OUT, 'suggestions-en.png');
  await inbox.screenshot({ path: inboxFile });
  console.log(`written ${inboxFile}`);
  await inbox.close();
} finally {
  await browser.close();
  await service.stop();
  rmSync(work, { recursive: true, force: true });
}
