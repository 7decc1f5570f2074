// Screenshots of the overview on the demo data for the README: `npm run screenshots` (after a build).
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
} finally {
  await browser.close();
  await service.stop();
  rmSync(work, { recursive: true, force: true });
}
