import { describeError } from '../api/client.js';
import type { PageState } from './dashboard.svelte.js';

/** One answer of the API as the page shows it: still loading, arrived, or failed with a message. */
export class Resource<T> {
  data = $state<T | null>(null);
  error = $state<string | null>(null);
  loading = $state(true);

  /** Settles with `request` unless `signal` has been aborted by a newer view meanwhile. */
  async load(request: Promise<T>, signal: AbortSignal): Promise<T | null> {
    this.loading = true;
    this.error = null;
    try {
      const data = await request;
      if (signal.aborted) return null;
      this.data = data;
      this.loading = false;
      return data;
    } catch (error) {
      if (signal.aborted) return null;
      this.data = null;
      this.error = describeError(error);
      this.loading = false;
      return null;
    }
  }
}

/** The state of a screen built on one answer, as every page's `main` reports it. */
export function stateOf<T>(resource: Resource<T>, empty: (data: T) => boolean = () => false): PageState {
  if (resource.error) return 'error';
  if (resource.loading || !resource.data) return 'loading';
  return empty(resource.data) ? 'empty' : 'ready';
}
