import type { Params } from '../api/client.js';
import { QA_GROUPINGS, type QaGrouping } from '../api/qa-types.js';
import {
  SUGGESTION_KINDS,
  SUGGESTION_STATUSES,
  type SuggestionKind,
  type SuggestionStatus,
} from '../api/suggestion-types.js';
import {
  ABANDONMENT_PARTS,
  DIMENSIONS,
  DURATION_NAMES,
  GRANULARITIES,
  RATE_NAMES,
  REASON_GROUPINGS,
  REASON_SOURCES,
  SCENARIO_CLASSES,
  SEGMENT_METRICS,
  type Dimension,
  type DrillMetric,
  type Granularity,
  type Part,
  type ReasonGrouping,
  type ReasonSource,
  type ScenarioClass,
} from '../api/types.js';

export const PAGE_SIZE = 50;

/** The escalations one source explains by one reason code (`none`: the source gave none). */
export interface ReasonSelection {
  source: ReasonSource;
  code: string;
}

/** A scenario class, or `none` for the conversations the workspace's mapping leaves out. */
export type ClassKey = ScenarioClass | 'none';
export const CLASS_KEYS: readonly ClassKey[] = [...SCENARIO_CLASSES, 'none'];

/** Which conversations the drill-down lists. */
export interface Drill {
  metric: DrillMetric;
  part: Part;
  bucket: string | null;
  /** The grain of `bucket`: days, except for a cell of the escalation trend drawn per week or month. */
  granularity: Granularity;
  weekday: number | null;
  hour: number | null;
  reason: ReasonSelection | null;
  /**
   * The bot's first intent. The service filters by it like by a channel, but the dimensions do not
   * list intents, so it is no filter of the page: it narrows only the drill-down.
   */
  intent: string | null;
  /** The scenario class, as the workspace's settings map it. */
  scenarioClass: ClassKey | null;
  page: number;
}

export const VIEW_NAMES = ['overview', 'escalations', 'handoff', 'scenarios', 'qa', 'suggestions'] as const;
export type ViewName = (typeof VIEW_NAMES)[number];

export const PARETO_SORTS = ['volume', 'impact'] as const;
/** Reasons by number of escalations, or by dissatisfied CSAT responses. */
export type ParetoSort = (typeof PARETO_SORTS)[number];

/** The choices of the escalations page. */
export interface EscalationChoices {
  source: ReasonSource;
  sort: ParetoSort;
  /** The two sources the agreement matrix compares. */
  a: ReasonSource;
  b: ReasonSource;
  by: ReasonGrouping;
  /** The trend's buckets. */
  granularity: Granularity;
}

export const DEFAULT_ESCALATIONS: EscalationChoices = {
  source: 'bot',
  sort: 'volume',
  a: 'bot',
  b: 'classifier',
  by: 'intent',
  granularity: 'day',
};

export const QA_TABS = ['samples', 'calibration', 'results'] as const;
export type QaTab = (typeof QA_TABS)[number];

/**
 * Where the QA page is. A sample is open on the samples and calibration tabs; with a conversation as
 * well, the samples tab is the review screen of that item. The results tab has its grouping, grain
 * and the group whose reviews are listed.
 */
export interface QaChoices {
  tab: QaTab;
  sample: string | null;
  by: QaGrouping;
  granularity: Granularity;
  /** The group of the results whose reviews are listed. */
  key: string | null;
  /** Page of that list. */
  page: number;
}

export const DEFAULT_QA: QaChoices = {
  tab: 'samples',
  sample: null,
  by: 'agent',
  granularity: 'week',
  key: null,
  page: 1,
};

export const SUGGESTION_TABS = ['inbox', 'confusion'] as const;
export type SuggestionTab = (typeof SUGGESTION_TABS)[number];

/**
 * Where the suggestions page is: the inbox, narrowed by kind, intent and status, with one suggestion
 * open; or the intent confusion matrix, which follows the view's window and filters instead.
 */
export interface SuggestionChoices {
  tab: SuggestionTab;
  kind: SuggestionKind | null;
  /** A suggestion's intent, or the X of an X→Y confusion (the service matches either). */
  intent: string | null;
  status: SuggestionStatus | null;
  /** The suggestion whose detail is open. */
  suggestion: string | null;
}

export const DEFAULT_SUGGESTIONS: SuggestionChoices = {
  tab: 'inbox',
  kind: null,
  intent: null,
  status: null,
  suggestion: null,
};

/** Everything that makes a view; it all lives in the query string, so a copied link reproduces it. */
export interface ViewParams {
  view: ViewName;
  from: string | null;
  to: string | null;
  tz: string | null;
  filters: Record<Dimension, string[]>;
  /** Present on the escalations page only. */
  escalations: EscalationChoices | null;
  /** Present on the QA page only. */
  qa: QaChoices | null;
  /** Present on the suggestions page only. */
  suggestions: SuggestionChoices | null;
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

/** `raw` if it is one of `choices`, else `fallback`. */
function oneOf<T extends string>(raw: string | null, choices: readonly T[], fallback: T): T {
  return choices.includes(raw as T) ? (raw as T) : fallback;
}

function integer(raw: string | null, min: number, max: number): number | null {
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= max ? n : null;
}

export function emptyFilters(): Record<Dimension, string[]> {
  return { channel: [], scenario: [], queue: [], locale: [] };
}

function parseReason(q: URLSearchParams): ReasonSelection | null {
  const source = q.get('reason_source');
  const code = q.get('reason');
  if (!code || !REASON_SOURCES.includes(source as ReasonSource)) return null;
  return { source: source as ReasonSource, code };
}

function parseEscalations(q: URLSearchParams): EscalationChoices {
  const d = DEFAULT_ESCALATIONS;
  return {
    source: oneOf(q.get('source'), REASON_SOURCES, d.source),
    sort: oneOf(q.get('sort'), PARETO_SORTS, d.sort),
    a: oneOf(q.get('a'), REASON_SOURCES, d.a),
    b: oneOf(q.get('b'), REASON_SOURCES, d.b),
    by: oneOf(q.get('by'), REASON_GROUPINGS, d.by),
    granularity: oneOf(q.get('granularity'), GRANULARITIES, d.granularity),
  };
}

/** What belongs to another tab is dropped, so a link has one reading. */
function parseQa(q: URLSearchParams): QaChoices {
  const d = DEFAULT_QA;
  const tab = oneOf(q.get('tab'), QA_TABS, d.tab);
  const results = tab === 'results';
  return {
    tab,
    sample: results ? null : q.get('sample') || null,
    by: oneOf(q.get('by'), QA_GROUPINGS, d.by),
    granularity: oneOf(q.get('granularity'), GRANULARITIES, d.granularity),
    key: results ? q.get('key') || null : null,
    page: (results && q.get('key') ? integer(q.get('page'), 1, 1_000_000) : null) ?? 1,
  };
}

/** The inbox's choices; the open suggestion belongs to the inbox and is dropped on the other tab. */
function parseSuggestions(q: URLSearchParams): SuggestionChoices {
  const tab = oneOf(q.get('tab'), SUGGESTION_TABS, DEFAULT_SUGGESTIONS.tab);
  return {
    tab,
    kind: oneOf<SuggestionKind | ''>(q.get('kind'), SUGGESTION_KINDS, '') || null,
    intent: q.get('intent') || null,
    status: oneOf<SuggestionStatus | ''>(q.get('status'), SUGGESTION_STATUSES, '') || null,
    suggestion: tab === 'inbox' ? q.get('suggestion') || null : null,
  };
}

/** A drill-down's bucket is a day, except on the escalations page, whose trend sets the grain. */
function parseDrill(q: URLSearchParams, escalations: EscalationChoices | null): Drill | null {
  const metric = q.get('drill');
  if (metric === null || !DRILL_METRICS.includes(metric)) return null;
  return {
    metric: metric as DrillMetric,
    part: q.get('part') === 'numerator' ? 'numerator' : 'denominator',
    bucket: isDay(q.get('bucket')) ? q.get('bucket') : null,
    granularity: escalations?.granularity ?? 'day',
    weekday: integer(q.get('weekday'), 1, 7),
    hour: integer(q.get('hour'), 0, 23),
    reason: parseReason(q),
    intent: q.get('intent') || null,
    scenarioClass: oneOf<ClassKey | ''>(q.get('scenario_class'), CLASS_KEYS, '') || null,
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
  const view = oneOf(q.get('view'), VIEW_NAMES, 'overview');
  const escalations = view === 'escalations' ? parseEscalations(q) : null;
  const qa = view === 'qa' ? parseQa(q) : null;
  const suggestions = view === 'suggestions' ? parseSuggestions(q) : null;
  return {
    view,
    from: isDay(q.get('from')) ? q.get('from') : null,
    to: isDay(q.get('to')) ? q.get('to') : null,
    tz: q.get('tz') || null,
    filters,
    escalations,
    qa,
    suggestions,
    // The QA page lists reviews, not conversations: it has no metric drill-down (and `page` is its own).
    // Nor has the suggestions page, where `intent` narrows the inbox.
    drill: qa || suggestions ? null : parseDrill(q, escalations),
    conversation: q.get('conversation') || null,
  };
}

/** The inverse of parseView, in a fixed order and with readable commas, so equal views give equal links. */
export function serializeView(view: ViewParams): string {
  const pairs: [string, string][] = [];
  const add = (key: string, value: string | number | null) => {
    if (value !== null) pairs.push([key, String(value)]);
  };
  if (view.view !== 'overview') add('view', view.view);
  add('from', view.from);
  add('to', view.to);
  add('tz', view.tz);
  for (const key of DIMENSIONS) if (view.filters[key].length) add(key, view.filters[key].join(','));
  if (view.escalations) {
    // Defaults are left out, so the plain page has a short link.
    for (const key of Object.keys(DEFAULT_ESCALATIONS) as (keyof EscalationChoices)[]) {
      if (view.escalations[key] !== DEFAULT_ESCALATIONS[key]) add(key, view.escalations[key]);
    }
  }
  if (view.qa) {
    if (view.qa.tab !== DEFAULT_QA.tab) add('tab', view.qa.tab);
    add('sample', view.qa.sample);
    if (view.qa.tab === 'results') {
      if (view.qa.by !== DEFAULT_QA.by) add('by', view.qa.by);
      if (view.qa.granularity !== DEFAULT_QA.granularity) add('granularity', view.qa.granularity);
      add('key', view.qa.key);
      if (view.qa.key && view.qa.page > 1) add('page', view.qa.page);
    }
  }
  if (view.suggestions) {
    const s = view.suggestions;
    if (s.tab !== DEFAULT_SUGGESTIONS.tab) add('tab', s.tab);
    if (s.tab === 'inbox') {
      add('kind', s.kind);
      add('intent', s.intent);
      add('status', s.status);
      add('suggestion', s.suggestion);
    }
  }
  if (view.drill) {
    add('drill', view.drill.metric);
    add('part', view.drill.part);
    add('reason_source', view.drill.reason?.source ?? null);
    add('reason', view.drill.reason?.code ?? null);
    add('intent', view.drill.intent);
    add('scenario_class', view.drill.scenarioClass);
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
  if (drill.reason) params.push(['reason_source', drill.reason.source], ['reason', drill.reason.code]);
  if (drill.intent) params.push(['intent', drill.intent]);
  if (drill.scenarioClass) params.push(['scenario_class', drill.scenarioClass]);
  if (drill.bucket) params.push(['bucket', drill.bucket]);
  // The service reads a bucket in the query's granularity, which is a day unless said otherwise.
  if (drill.bucket && drill.granularity !== 'day') params.push(['granularity', drill.granularity]);
  if (drill.weekday !== null) params.push(['weekday', String(drill.weekday)]);
  if (drill.hour !== null) params.push(['hour', String(drill.hour)]);
  return params;
}

/** Rates have two sides worth listing; everything else is one set of conversations. */
export function hasParts(metric: DrillMetric): boolean {
  return (RATE_NAMES as readonly string[]).includes(metric);
}

/**
 * A drill-down on its first page; `at` narrows it to one bucket (of a day unless a granularity is
 * given), one hour of one weekday, the escalations of one reason, one intent or one scenario class.
 */
export function drillOf(
  metric: DrillMetric,
  part: Part = 'numerator',
  at: {
    bucket?: string;
    granularity?: Granularity;
    weekday?: number;
    hour?: number;
    reason?: ReasonSelection;
    intent?: string;
    scenarioClass?: ClassKey;
  } = {},
): Drill {
  return {
    metric,
    part,
    bucket: at.bucket ?? null,
    granularity: at.granularity ?? 'day',
    weekday: at.weekday ?? null,
    hour: at.hour ?? null,
    reason: at.reason ?? null,
    intent: at.intent ?? null,
    scenarioClass: at.scenarioClass ?? null,
    page: 1,
  };
}

/**
 * The same window, zone and filters on another page. What belongs to the page left behind (its
 * choices, an open drill-down or transcript) is dropped; a new page starts from its defaults.
 */
export function switchView(view: ViewParams, target: ViewName): ViewParams {
  return {
    ...view,
    view: target,
    escalations: target === 'escalations' ? (view.escalations ?? { ...DEFAULT_ESCALATIONS }) : null,
    qa: target === 'qa' ? { ...DEFAULT_QA } : null,
    suggestions: target === 'suggestions' ? { ...DEFAULT_SUGGESTIONS } : null,
    drill: null,
    conversation: null,
  };
}

/**
 * Another tab of the QA page. The results keep their grouping and grain; a sample open on the
 * samples tab stays open on the calibration tab and back; the list of a group is left behind.
 */
export function switchQaTab(qa: QaChoices, tab: QaTab): QaChoices {
  return { ...qa, tab, sample: tab === 'results' ? null : qa.sample, key: null, page: 1 };
}

/** The review screen: an item of a sample, with its transcript beside the scorecard. */
export function isReviewScreen(view: Pick<ViewParams, 'qa' | 'conversation'>): boolean {
  return view.qa?.tab === 'samples' && view.qa.sample !== null && view.conversation !== null;
}

/** What the QA page shows: the list of samples, one sample, an item under review, calibration or results. */
export type QaScreen = 'samples' | 'sample' | 'review' | 'calibration' | 'results';

export function qaScreen(view: Pick<ViewParams, 'qa' | 'conversation'>): QaScreen {
  const qa = view.qa ?? DEFAULT_QA;
  if (qa.tab !== 'samples') return qa.tab;
  if (isReviewScreen(view)) return 'review';
  return qa.sample ? 'sample' : 'samples';
}

/** The QA results' parameters: the view's window and filters, the trend's grain and the grouping. */
export function qaResultParams(view: ViewParams): Params {
  const qa = view.qa ?? DEFAULT_QA;
  return [...metricParams(view), ['granularity', qa.granularity], ['by', qa.by]];
}

/**
 * Another tab of the suggestions page. The inbox's filters are kept for the way back; the open
 * suggestion is left behind.
 */
export function switchSuggestionsTab(choices: SuggestionChoices, tab: SuggestionTab): SuggestionChoices {
  return { ...choices, tab, suggestion: null };
}

/** The inbox's filters, as `GET /api/v1/suggestions` takes them. */
export function suggestionListParams(choices: SuggestionChoices): Params {
  const params: Params = [];
  if (choices.kind) params.push(['kind', choices.kind]);
  if (choices.intent) params.push(['intent', choices.intent]);
  if (choices.status) params.push(['status', choices.status]);
  return params;
}
