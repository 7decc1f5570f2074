import type { Locale } from '../format/numbers.js';

/** A remembered choice wins; otherwise any Chinese browser gets Chinese and everyone else English. */
export function pickLocale(stored: string | null, browserLanguage: string): Locale {
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
