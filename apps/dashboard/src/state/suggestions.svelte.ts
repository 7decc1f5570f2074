import type { ApiClient } from '../api/client.js';
import type { Confusion, Lift, Suggestions, SuggestionView } from '../api/suggestion-types.js';
import { Latest } from './latest.svelte.js';
import { metricParams, suggestionListParams, type SuggestionChoices, type ViewParams } from './view-params.js';

const ROUTE = '/api/v1/suggestions';
export const suggestionPath = (id: string) => `${ROUTE}/${encodeURIComponent(id)}`;

/**
 * Everything the suggestions page reads. The inbox and an open suggestion are asked again each time
 * their screen is shown (someone may have refreshed or decided meanwhile) and after a write; the
 * confusion matrix follows the view's window, zone and filters. Another suggestion's answer is
 * dropped at once rather than shown under this one's title.
 */
export class SuggestionsData {
  private readonly routes = {
    list: new Latest<Suggestions>(),
    all: new Latest<Suggestions>(),
    detail: new Latest<SuggestionView>(),
    lift: new Latest<Lift>(),
    confusion: new Latest<Confusion>(),
  };
  list = this.routes.list.resource;
  /** The whole inbox, unfiltered, for the intents the filter offers while a filter narrows the list. */
  all = this.routes.all.resource;
  detail = this.routes.detail.resource;
  lift = this.routes.lift.resource;
  confusion = this.routes.confusion.resource;

  loadList(api: ApiClient, choices: SuggestionChoices, force = false): void {
    const params = suggestionListParams(choices);
    this.routes.list.fetch(api, ROUTE, params, force);
    if (params.length > 0) this.routes.all.fetch(api, ROUTE, [], force);
  }

  loadDetail(api: ApiClient, id: string, force = false): void {
    this.routes.detail.fetch(api, suggestionPath(id), [], force, true);
  }

  /** A write answers with the suggestion as it now is: shown at once, without asking again. */
  decided(suggestion: SuggestionView): void {
    if (this.detail.data?.id === suggestion.id) this.detail.data = suggestion;
  }

  /** Lift is measured up to today, so it is asked again whenever a shipped suggestion is shown. */
  loadLift(api: ApiClient, id: string, force = false): void {
    this.routes.lift.fetch(api, `${suggestionPath(id)}/lift`, [], force, true);
  }

  loadConfusion(api: ApiClient, view: ViewParams, force = false): void {
    this.routes.confusion.fetch(api, `${ROUTE}/confusion`, metricParams(view), force);
  }
}
