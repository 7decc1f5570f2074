import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's `chromium` package; `TANDEM_CHROMIUM` names another build. Browsers are never downloaded. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// Headless on a machine without a GPU or a way out: background networking would only be refused.
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The Chromium executable, or null when there is none (a user's clone without it: browser tests
 * skip). Under CI it is always installed, so its absence is an error rather than a skip.
 */
export function chromiumExecutable(): string | null {
  const path = process.env['TANDEM_CHROMIUM'] ?? DEFAULT_CHROMIUM;
  if (existsSync(path)) return path;
  if (process.env['CI'] === 'true') throw new Error(`Chromium is missing at ${path}; CI must install it`);
  return null;
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({ executablePath, args: FLAGS, headless: true });
}
