import type { ApiClient } from '../api/client.js';
import type { Breakdown, CostAnswer, Heatmap, Overview, Timeseries } from '../api/types.js';
import { previousPeriod } from '../format/days.js';
import { Resource } from './resource.svelte.js';
import { metricParams, type ViewParams } from './view-params.js';

export type PageState = 'loading' | 'ready' | 'empty' | 'error';

export type Window = Pick<ViewParams, 'from' | 'to' | 'tz' | 'filters'>;

/** Everything the overview shows, fetched in parallel; a newer view aborts what an older one asked. */
export class DashboardData {
  overview = new Resource<Overview>();
  previous = new Resource<Overview>();
  timeseries = new Resource<Timeseries>();
  channels = new Resource<Breakdown>();
  heatmap = new Resource<Heatmap>();
  cost = new Resource<CostAnswer>();

  private controller: AbortController | null = null;

  /** Cards need the overview, the previous period and the daily series before they are complete; cost has its own state. */
  state: PageState = $derived.by(() => {
    if (this.overview.error) return 'error';
    if (this.overview.loading || this.previous.loading || this.timeseries.loading || !this.overview.data)
      return 'loading';
    return this.overview.data.conversations.total === 0 ? 'empty' : 'ready';
  });

  load(api: ApiClient, view: Window): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const params = metricParams(view);
    const get = <T>(path: string, extra: [string, string][] = []) =>
      api.json<T>(`/api/v1/metrics/${path}`, [...params, ...extra], signal);

    const loadPrevious = (from: string, to: string) =>
      this.previous.load(
        api.json<Overview>('/api/v1/metrics/overview', metricParams({ ...view, ...previousPeriod(from, to) }), signal),
        signal,
      );
    // Without dates in the address the window is the service's default; its answer tells which.
    const overview = this.overview.load(get<Overview>('overview'), signal);
    if (view.from && view.to) void loadPrevious(view.from, view.to);
    else {
      this.previous.loading = true;
      void overview.then((o) => {
        if (o) return loadPrevious(o.query.from, o.query.to);
        if (!signal.aborted) this.previous.loading = false;
      });
    }
    void this.timeseries.load(get<Timeseries>('timeseries', [['granularity', 'day']]), signal);
    void this.channels.load(get<Breakdown>('breakdown', [['by', 'channel']]), signal);
    void this.heatmap.load(get<Heatmap>('heatmap'), signal);
    void this.cost.load(get<CostAnswer>('cost'), signal);
  }
}
