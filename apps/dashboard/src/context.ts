import { createContext } from 'svelte';
import type { ApiClient } from './api/client.js';
import type { I18n } from './i18n/i18n.svelte.js';
import type { FilterOptions } from './state/filter-options.svelte.js';
import type { Identity } from './state/identity.svelte.js';
import type { View } from './state/view.svelte.js';

// What nearly every component needs, handed down once by the app instead of through every prop list.
export const [useI18n, provideI18n] = createContext<I18n>();
export const [useView, provideView] = createContext<View>();
export const [useApi, provideApi] = createContext<ApiClient>();
export const [useIdentity, provideIdentity] = createContext<Identity>();
/** The filter bar's choices and the window the service resolved, for pages that need them beyond the bar. */
export const [useFilterOptions, provideFilterOptions] = createContext<FilterOptions>();
