import type { ApiClient, Params } from '../api/client.js';
import { Resource } from './resource.svelte.js';

/** One route's answer: asked again only when its parameters change (or when forced), the older request aborted. */
export class Latest<T> {
  resource = new Resource<T>();
  private key = '';
  private controller: AbortController | null = null;

  /** With `fresh`, an answer to other parameters is dropped at once instead of staying on screen meanwhile. */
  fetch(api: ApiClient, path: string, params: Params, force = false, fresh = false): void {
    const key = JSON.stringify([path, params]);
    if (key === this.key && !force) return;
    if (fresh && key !== this.key) this.resource.data = null;
    this.key = key;
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    void this.resource.load(api.json<T>(path, params, controller.signal), controller.signal);
  }

  /** Forgets the answer, so a later fetch of the same parameters asks again. */
  reset(): void {
    this.controller?.abort();
    this.controller = null;
    this.key = '';
    this.resource.data = null;
    this.resource.error = null;
    this.resource.loading = true;
  }
}
