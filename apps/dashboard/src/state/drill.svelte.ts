import type { ApiClient } from '../api/client.js';
import type { ConversationPage } from '../api/types.js';
import { Resource } from './resource.svelte.js';
import { metricParams, PAGE_SIZE, selectionParams, type Drill, type ViewParams } from './view-params.js';

/** The page of conversations behind the value the user clicked. */
export class DrillData {
  page = new Resource<ConversationPage>();
  private controller: AbortController | null = null;
  private selection = '';

  load(api: ApiClient, view: ViewParams, drill: Drill): void {
    this.controller?.abort();
    // Another page of the same list keeps its total on screen; another list must not show the old one.
    const selection = JSON.stringify([metricParams(view), selectionParams(drill)]);
    if (selection !== this.selection) this.page.data = null;
    this.selection = selection;
    const controller = new AbortController();
    this.controller = controller;
    const params: [string, string][] = [
      ...metricParams(view),
      ...selectionParams(drill),
      ['page', String(drill.page)],
      ['page_size', String(PAGE_SIZE)],
    ];
    void this.page.load(
      api.json<ConversationPage>('/api/v1/metrics/conversations', params, controller.signal),
      controller.signal,
    );
  }

  abort(): void {
    this.controller?.abort();
  }
}
