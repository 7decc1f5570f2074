import { describe, expect, it } from 'vitest';
import { ApiError, describeError } from './client.js';

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
