import type { Granularity } from '@tandem/store';

export const FILTER_KEYS = ['channel', 'scenario', 'queue', 'locale', 'agent', 'intent'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string[]>>;

/** What every metric request names: whose data, which local days, which zone, which slice. */
export interface MetricQuery {
  workspaceId: string;
  /** First local day, inclusive (YYYY-MM-DD). */
  from: string;
  /** Last local day, inclusive (YYYY-MM-DD). */
  to: string;
  tz: string;
  granularity: Granularity;
  /** R in the recontact definition, in hours. */
  recontactHours: number;
  filters: Filters;
}

export const DEFAULT_RECONTACT_HOURS = 72;
