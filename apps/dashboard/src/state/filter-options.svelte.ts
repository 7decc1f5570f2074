import type { ApiClient } from '../api/client.js';
import type { Dimensions } from '../api/types.js';
import type { Window } from './dashboard.svelte.js';
import { Resource } from './resource.svelte.js';
import { metricParams } from './view-params.js';

/**
 * What the filter bar offers, shared by every page: the values of each dimension in the window, the
 * window and zone the service resolved (the address may leave them out), and the workspace's zone.
 */
export class FilterOptions {
  dimensions = new Resource<Dimensions>();
  /** The workspace's own zone, learnt from an answer to a request that named none. */
  workspaceZone = $state<string | null>(null);
  query = $derived(this.dimensions.data?.query ?? null);

  private controller: AbortController | null = null;

  load(api: ApiClient, view: Window): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    void this.dimensions
      .load(api.json<Dimensions>('/api/v1/metrics/dimensions', metricParams(view), signal), signal)
      .then((d) => {
        if (d && !view.tz) this.workspaceZone = d.query.tz;
      });
  }
}
