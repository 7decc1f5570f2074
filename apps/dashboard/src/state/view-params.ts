import type { Params } from '../api/client.js';
import {
  ABANDONMENT_PARTS,
  DIMENSIONS,
  DURATION_NAMES,
  RATE_NAMES,
  SEGMENT_METRICS,
  type Dimension,
  type DrillMetric,
  type Part,
} from '../api/types.js';

export const PAGE_SIZE = 50;

/** Which conversations the drill-down lists. */
export interface Drill {
  metric: DrillMetric;
  part: Part;
  bucket: string | null;
  weekday: number | null;
  hour: number | null;
  page: number;
}

/** Everything that makes a view; it all lives in the query string, so a copied link reproduces it. */
export interface ViewParams {
  from: string | null;
  to: string | null;
  tz: string | null;
  filters: Record<Dimension, string[]>;
  drill: Drill | null;
  conversation: string | null;
}

const DRILL_METRICS: readonly string[] = [
  ...SEGMENT_METRICS,
  ...RATE_NAMES,
  ...DURATION_NAMES,
  ...ABANDONMENT_PARTS.map((p) => `abandonment.${p}`),
];

const isDay = (s: string | null): s is string => s !== null && /^\d{4}-\d{2}-\d{2}$/.test(s);

function integer(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

export function emptyFilters(): Record<Dimension, string[]> {
  return { channel: [], scenario: [], queue: [], locale: [] };
}

function parseDrill(q: URLSearchParams): Drill | null {
  const metric = q.get('drill');
  if (metric === null || !DRILL_METRICS.includes(metric)) return null;
  return {
    metric: metric as DrillMetric,
    part: q.get('part') === 'numerator' ? 'numerator' : 'denominator',
    bucket: isDay(q.get('bucket')) ? q.get('bucket') : null,
    weekday: integer(q.get('weekday'), 1, 7),
    hour: integer(q.get('hour'), 0, 23),
    page: integer(q.get('page'), 1, 1_000_000) ?? 1,
  };
}

/** Reads a query string leniently: what cannot be understood is dropped, never an error page. */
export function parseView(search: string): ViewParams {
  const q = new URLSearchParams(search);
  const filters = emptyFilters();
  for (const key of DIMENSIONS) {
    filters[key] = q
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  }
  return {
    from: isDay(q.get('from')) ? q.get('from') : null,
    to: isDay(q.get('to')) ? q.get('to') : null,
    tz: q.get('tz') || null,
    filters,
    drill: parseDrill(q),
    conversation: q.get('conversation') || null,
  };
}

/** The inverse of parseView, in a fixed order and with readable commas, so equal views give equal links. */
export function serializeView(view: ViewParams): string {
  const pairs: [string, string][] = [];
  const add = (key: string, value: string | number | null) => {
    if (value !== null) pairs.push([key, String(value)]);
  };
  add('from', view.from);
  add('to', view.to);
  add('tz', view.tz);
  for (const key of DIMENSIONS) if (view.filters[key].length) add(key, view.filters[key].join(','));
  if (view.drill) {
    add('drill', view.drill.metric);
    add('part', view.drill.part);
    add('bucket', view.drill.bucket);
    add('weekday', view.drill.weekday);
    add('hour', view.drill.hour);
    if (view.drill.page > 1) add('page', view.drill.page);
  }
  add('conversation', view.conversation);
  const encode = (s: string) => encodeURIComponent(s).replace(/%2C/g, ',').replace(/%2F/g, '/');
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encode(v)}`).join('&')}` : '';
}

/** The common parameters of every metric route for this view. */
export function metricParams(view: Pick<ViewParams, 'from' | 'to' | 'tz' | 'filters'>): Params {
  const params: Params = [];
  if (view.from) params.push(['from', view.from]);
  if (view.to) params.push(['to', view.to]);
  if (view.tz) params.push(['tz', view.tz]);
  for (const key of DIMENSIONS) if (view.filters[key].length) params.push([key, view.filters[key].join(',')]);
  return params;
}

/** The selection of a drill-down, as the conversations and export routes take it. */
export function selectionParams(drill: Drill): Params {
  const params: Params = [
    ['metric', drill.metric],
    ['part', drill.part],
  ];
  if (drill.bucket) params.push(['bucket', drill.bucket]);
  if (drill.weekday !== null) params.push(['weekday', String(drill.weekday)]);
  if (drill.hour !== null) params.push(['hour', String(drill.hour)]);
  return params;
}

/** Rates have two sides worth listing; everything else is one set of conversations. */
export function hasParts(metric: DrillMetric): boolean {
  return (RATE_NAMES as readonly string[]).includes(metric);
}

/** A drill-down on its first page; `at` narrows it to one bucket or one hour of one weekday. */
export function drillOf(
  metric: DrillMetric,
  part: Part = 'numerator',
  at: { bucket?: string; weekday?: number; hour?: number } = {},
): Drill {
  return { metric, part, bucket: at.bucket ?? null, weekday: at.weekday ?? null, hour: at.hour ?? null, page: 1 };
}
