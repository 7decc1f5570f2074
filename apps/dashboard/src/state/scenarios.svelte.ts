import type { ApiClient } from '../api/client.js';
import type { Opportunities, ScenarioClasses, WorkspaceSettings } from '../api/types.js';
import type { PageState, Window } from './dashboard.svelte.js';
import { Resource } from './resource.svelte.js';
import { metricParams } from './view-params.js';

/**
 * The scenarios page: classes and the opportunity matrix for the window, and the workspace settings
 * (targets of classes without conversations, the matrix's thresholds), which no window changes.
 */
export class ScenariosData {
  classes = new Resource<ScenarioClasses>();
  opportunities = new Resource<Opportunities>();
  settings = new Resource<WorkspaceSettings>();
  private controller: AbortController | null = null;

  /** The class cards are the page's main figure: it is ready, empty or failed with them. */
  state: PageState = $derived.by(() => {
    if (this.classes.error) return 'error';
    if (this.classes.loading || !this.classes.data) return 'loading';
    return this.classes.data.classes.some((c) => c.conversations.total > 0) ? 'ready' : 'empty';
  });

  load(api: ApiClient, view: Window): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    const { signal } = controller;
    const params = metricParams(view);
    void this.classes.load(api.json<ScenarioClasses>('/api/v1/scenarios/classes', params, signal), signal);
    void this.opportunities.load(api.json<Opportunities>('/api/v1/scenarios/opportunities', params, signal), signal);
  }

  /** Once per visit of the page, and on Retry; a new window does not abort it. */
  loadSettings(api: ApiClient): void {
    const { signal } = new AbortController();
    void this.settings.load(api.json<WorkspaceSettings>('/api/v1/settings', [], signal), signal);
  }
}
