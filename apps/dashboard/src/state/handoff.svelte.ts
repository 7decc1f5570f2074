import type { ApiClient } from '../api/client.js';
import type { HandoffAnswer } from '../api/types.js';
import type { PageState, Window } from './dashboard.svelte.js';
import { Resource } from './resource.svelte.js';
import { metricParams } from './view-params.js';

/** The handoff page's one answer; a newer window aborts the older request. */
export class HandoffData {
  quality = new Resource<HandoffAnswer>();
  private controller: AbortController | null = null;

  state: PageState = $derived.by(() => {
    if (this.quality.error) return 'error';
    if (this.quality.loading || !this.quality.data) return 'loading';
    return this.quality.data.handed_off === 0 ? 'empty' : 'ready';
  });

  load(api: ApiClient, view: Window): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    void this.quality.load(
      api.json<HandoffAnswer>('/api/v1/handoff/quality', metricParams(view), controller.signal),
      controller.signal,
    );
  }
}
