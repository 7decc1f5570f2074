import type { ApiClient } from '../api/client.js';
import type { Me, SignedInUser } from '../api/qa-types.js';
import { Resource } from './resource.svelte.js';

/** Roles that may draw samples, review and settle disputes (docs/qa.md); the service checks it too. */
const WRITERS: readonly SignedInUser['role'][] = ['qa', 'admin'];
/** Roles that may refresh suggestions and decide on them (docs/suggestions.md); the service checks it too. */
const TRAINERS: readonly SignedInUser['role'][] = ['trainer', 'admin'];

/** Who the key or token belongs to (`GET /api/v1/me`): a named user, or nobody for the workspace's API key. */
export class Identity {
  me = new Resource<Me>();
  user = $derived(this.me.data?.user ?? null);
  /** The service has said who signed in (or failed to): until then, neither the form nor the note is shown. */
  known = $derived(this.me.data !== null || this.me.error !== null);
  /** Whether QA writes are offered; with an API key (no user) or another role, the page only reads. */
  canWrite = $derived(this.user !== null && WRITERS.includes(this.user.role));
  /** Whether the suggestions page offers its writes: refresh, accept, reject, ship, edit phrases. */
  canTrain = $derived(this.user !== null && TRAINERS.includes(this.user.role));
  private controller: AbortController | null = null;

  load(api: ApiClient): void {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.me.data = null;
    void this.me.load(api.json<Me>('/api/v1/me', [], controller.signal), controller.signal);
  }
}
