import type { ParameterError } from './types.js';

/** The key was refused: the caller signs out and asks for another. */
export class UnauthorizedError extends Error {
  constructor() {
    super('unauthorized');
  }
}

/** Any other refusal, carrying the API's own message (and per-parameter reasons for a 400). */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: ParameterError[] = [],
  ) {
    super(message);
  }
}

export type Params = [string, string][];

/** What a person can act on: the API's message and, for a 400, which parameter and why. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError && error.errors.length > 0) {
    return `${error.message}: ${error.errors.map((e) => `${e.path} — ${e.reason}`).join('; ')}`;
  }
  return error instanceof Error ? error.message : String(error);
}

async function failure(response: Response): Promise<Error> {
  if (response.status === 401) return new UnauthorizedError();
  const body = (await response.json().catch(() => null)) as { message?: unknown; errors?: ParameterError[] } | null;
  const message = typeof body?.message === 'string' ? body.message : `${response.status} ${response.statusText}`;
  return new ApiError(message, response.status, Array.isArray(body?.errors) ? body.errors : []);
}

/** Every call the dashboard makes: same origin, the key as a bearer token, abortable. */
export class ApiClient {
  constructor(
    private readonly key: string,
    private readonly onUnauthorized: () => void,
  ) {}

  private async request(path: string, params: Params, init: RequestInit = {}): Promise<Response> {
    const search = new URLSearchParams(params).toString();
    const response = await fetch(search ? `${path}?${search}` : path, {
      ...init,
      headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${this.key}` },
    });
    if (response.ok) return response;
    // A 401 signs out; a 403 (no user, or a role that may not write) and a 422 (with the reason per
    // field) carry the service's own message and errors.
    const error = await failure(response);
    if (error instanceof UnauthorizedError) this.onUnauthorized();
    throw error;
  }

  async json<T>(path: string, params: Params = [], signal?: AbortSignal): Promise<T> {
    return (await (await this.request(path, params, { signal })).json()) as T;
  }

  /** A JSON body sent with `method`; the answer's JSON, or null for an answer without a body (204). */
  private async send<T>(method: 'POST' | 'PUT', path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    // Without a body, no content type either: Fastify refuses an empty body declared as JSON.
    const response = await this.request(
      path,
      [],
      body === undefined
        ? { method, signal }
        : { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal },
    );
    const text = await response.text();
    return (text ? JSON.parse(text) : null) as T;
  }

  async post<T>(path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    return this.send<T>('POST', path, body, signal);
  }

  async put<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.send<T>('PUT', path, body, signal);
  }

  /** The CSV export needs the bearer header, so it is fetched and handed over as a Blob. */
  async blob(path: string, params: Params = []): Promise<Blob> {
    return (await this.request(path, params)).blob();
  }
}
