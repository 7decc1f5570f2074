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

  private async request(path: string, params: Params, signal?: AbortSignal): Promise<Response> {
    const search = new URLSearchParams(params).toString();
    const response = await fetch(search ? `${path}?${search}` : path, {
      headers: { authorization: `Bearer ${this.key}` },
      signal,
    });
    if (response.ok) return response;
    const error = await failure(response);
    if (error instanceof UnauthorizedError) this.onUnauthorized();
    throw error;
  }

  async json<T>(path: string, params: Params = [], signal?: AbortSignal): Promise<T> {
    return (await (await this.request(path, params, signal)).json()) as T;
  }

  /** The CSV export needs the bearer header, so it is fetched and handed over as a Blob. */
  async blob(path: string, params: Params = []): Promise<Blob> {
    return (await this.request(path, params)).blob();
  }
}
