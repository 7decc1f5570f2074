import type { Locale } from '../format/numbers.js';
import { en, type Messages } from './en.js';
import { pickLocale } from './pick-locale.js';
import { zhCN } from './zh-CN.js';

const DICTIONARIES: Record<Locale, Messages> = { en, 'zh-CN': zhCN };
const STORAGE_KEY = 'tandem.lang';

/** The chosen language: its dictionary, remembered across visits and announced to the document. */
export class I18n {
  locale = $state<Locale>(pickLocale(localStorage.getItem(STORAGE_KEY), navigator.language));
  t = $derived(DICTIONARIES[this.locale]);

  constructor() {
    document.documentElement.lang = this.locale;
  }

  set(locale: Locale): void {
    this.locale = locale;
    localStorage.setItem(STORAGE_KEY, locale);
    document.documentElement.lang = locale;
  }
}
