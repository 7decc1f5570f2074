import { describe, expect, it, vi } from 'vitest';
import { ApiClient, ApiError, describeError, UnauthorizedError } from './client.js';

describe('describeError', () => {
  it("names each refused parameter after the API's message", () => {
    const error = new ApiError('invalid query parameters', 400, [
      { path: 'tz', reason: 'must be an IANA time zone such as Asia/Shanghai' },
      { path: 'from', reason: 'must be a date, YYYY-MM-DD' },
    ]);
    expect(describeError(error)).toBe(
      'invalid query parameters: tz — must be an IANA time zone such as Asia/Shanghai; from — must be a date, YYYY-MM-DD',
    );
  });

  it('passes other failures through', () => {
    expect(describeError(new ApiError('503 Service Unavailable', 503))).toBe('503 Service Unavailable');
    expect(describeError(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
  });
});

describe('ApiClient writes', () => {
  const answer = (status: number, body: unknown) =>
    new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });

  it('posts JSON with the bearer token and reads the answer', async () => {
    const fetch = vi.fn(async () => answer(201, { review_id: 'r1' }));
    vi.stubGlobal('fetch', fetch);
    const api = new ApiClient('tdu_x', () => {});
    expect(await api.post('/api/v1/qa/reviews', { comment: 'ok' })).toEqual({ review_id: 'r1' });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/qa/reviews');
    expect(init.method).toBe('POST');
    expect(init.headers).toEqual({ 'content-type': 'application/json', authorization: 'Bearer tdu_x' });
    expect(init.body).toBe('{"comment":"ok"}');
    vi.unstubAllGlobals();
  });

  it('sends no content type without a body, and takes an empty answer as null', async () => {
    const fetch = vi.fn(async () => answer(204, undefined));
    vi.stubGlobal('fetch', fetch);
    expect(await new ApiClient('tdu_x', () => {}).post('/api/v1/qa/samples/s1/verify')).toBeNull();
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer tdu_x' } });
    expect(init.body).toBeUndefined();
    vi.unstubAllGlobals();
  });

  it("surfaces a 403's and a 422's message and errors; a 401 signs out", async () => {
    const signedOut = vi.fn();
    const api = new ApiClient('tdm_x', signedOut);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(403, { message: 'QA writes need a user token' })),
    );
    await expect(api.put('/api/v1/qa/scorecards/bot', {})).rejects.toMatchObject({
      status: 403,
      message: 'QA writes need a user token',
      errors: [],
    });
    const errors = [{ path: 'size', reason: 'must be a positive integer' }];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(422, { message: 'invalid sample', errors })),
    );
    const refused = await api.post('/api/v1/qa/samples', {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 422, message: 'invalid sample', errors });
    expect(signedOut).not.toHaveBeenCalled();
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer(401, { message: 'unauthorized' })),
    );
    await expect(api.post('/api/v1/qa/reviews', {})).rejects.toBeInstanceOf(UnauthorizedError);
    expect(signedOut).toHaveBeenCalledOnce();
    vi.unstubAllGlobals();
  });
});
