import type { ApiClient, Params } from '../api/client.js';
import type { EscalationAgreement, EscalationBreakdown, EscalationReasons, EscalationTrend } from '../api/types.js';
import type { PageState, Window } from './dashboard.svelte.js';
import { Resource } from './resource.svelte.js';
import { metricParams, type EscalationChoices } from './view-params.js';

/** One escalation route: asked again only when its own parameters change, the older answer aborted. */
class Latest<T> {
  resource = new Resource<T>();
  private key = '';
  private controller: AbortController | null = null;

  constructor(private readonly path: string) {}

  fetch(api: ApiClient, params: Params, force: boolean): void {
    const key = JSON.stringify(params);
    if (key === this.key && !force) return;
    this.key = key;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    void this.resource.load(
      api.json<T>(`/api/v1/escalations/${this.path}`, params, controller.signal),
      controller.signal,
    );
  }
}

/**
 * Everything the escalations page shows. A new source refetches the charts that depend on it, and a
 * new pair of sources only the agreement matrix; a new window, zone or filter refetches all four.
 */
export class EscalationsData {
  private readonly routes = {
    reasons: new Latest<EscalationReasons>('reasons'),
    agreement: new Latest<EscalationAgreement>('agreement'),
    trend: new Latest<EscalationTrend>('trend'),
    breakdown: new Latest<EscalationBreakdown>('breakdown'),
  };
  reasons = this.routes.reasons.resource;
  agreement = this.routes.agreement.resource;
  trend = this.routes.trend.resource;
  breakdown = this.routes.breakdown.resource;

  /** The Pareto is the page's main figure: the page is ready, empty or failed with it. */
  state: PageState = $derived.by(() => {
    if (this.reasons.error) return 'error';
    if (this.reasons.loading || !this.reasons.data) return 'loading';
    return this.reasons.data.reasons.some((r) => r.conversations > 0) ? 'ready' : 'empty';
  });

  /** `force` asks again even for unchanged parameters: the Retry button. */
  load(api: ApiClient, view: Window, choices: EscalationChoices, force = false): void {
    const window = metricParams(view);
    const { source, a, b, by, granularity } = choices;
    this.routes.reasons.fetch(api, [...window, ['source', source]], force);
    this.routes.agreement.fetch(api, [...window, ['a', a], ['b', b]], force);
    this.routes.trend.fetch(api, [...window, ['source', source], ['granularity', granularity]], force);
    this.routes.breakdown.fetch(api, [...window, ['source', source], ['by', by]], force);
  }
}
