import type { ApiClient } from '../api/client.js';
import type { EscalationAgreement, EscalationBreakdown, EscalationReasons, EscalationTrend } from '../api/types.js';
import type { PageState, Window } from './dashboard.svelte.js';
import { Latest } from './latest.svelte.js';
import { metricParams, type EscalationChoices } from './view-params.js';

/**
 * Everything the escalations page shows. A new source refetches the charts that depend on it, and a
 * new pair of sources only the agreement matrix; a new window, zone or filter refetches all four.
 */
export class EscalationsData {
  private readonly routes = {
    reasons: new Latest<EscalationReasons>(),
    agreement: new Latest<EscalationAgreement>(),
    trend: new Latest<EscalationTrend>(),
    breakdown: new Latest<EscalationBreakdown>(),
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
    const route = (name: string) => `/api/v1/escalations/${name}`;
    this.routes.reasons.fetch(api, route('reasons'), [...window, ['source', source]], force);
    this.routes.agreement.fetch(api, route('agreement'), [...window, ['a', a], ['b', b]], force);
    this.routes.trend.fetch(api, route('trend'), [...window, ['source', source], ['granularity', granularity]], force);
    this.routes.breakdown.fetch(api, route('breakdown'), [...window, ['source', source], ['by', by]], force);
  }
}
