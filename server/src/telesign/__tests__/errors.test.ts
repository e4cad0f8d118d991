import { TeleSignApiError, TeleSignNetworkError } from '../errors';

const now = new Date('2024-01-31T11:36:42Z');

const fromResponse = (httpStatus: number, body: string, headers: Record<string, string> = {}) =>
  TeleSignApiError.fromResponse({
    method: 'POST',
    path: '/v1/messaging',
    httpStatus,
    headers,
    body: Buffer.from(body, 'utf8'),
    now,
  });

describe('TeleSignApiError.fromResponse', () => {
  it('keeps HTTP status, TeleSign code, description and the parsed body', () => {
    const body = {
      status: { code: 10008, description: 'Invalid Signature.', updated_on: '2019-11-01T00:26:16Z' },
    };
    const error = fromResponse(401, JSON.stringify(body));
    expect(error).toBeInstanceOf(TeleSignApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TeleSignApiError');
    expect(error).toMatchObject({ httpStatus: 401, code: 10008, description: 'Invalid Signature.', body });
    expect(error.message).toBe('TeleSign POST /v1/messaging answered HTTP 401: 10008 Invalid Signature.');
    expect(error.retryable).toBe(false);
  });

  it('reads the older product family: generic status plus a negative code in errors[]', () => {
    const error = fromResponse(
      401,
      JSON.stringify({ errors: [{ code: -30006, description: 'Invalid Signature.' }] }),
    );
    expect(error).toMatchObject({ code: -30006, description: 'Invalid Signature.' });
  });

  it('handles an HTML 502 from a proxy', () => {
    const html =
      '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>';
    const error = fromResponse(502, html);
    expect(error).toMatchObject({ httpStatus: 502, code: undefined, description: undefined, body: html });
    expect(error.message).toBe('TeleSign POST /v1/messaging answered HTTP 502 with an unrecognised body');
    expect(error.retryable).toBe(true);
  });

  it('truncates a large non-JSON body', () => {
    const error = fromResponse(500, 'x'.repeat(10_000));
    expect(typeof error.body === 'string' && error.body.length).toBeLessThanOrEqual(513);
  });

  it('handles an empty body', () => {
    const error = fromResponse(503, '');
    expect(error.body).toBeUndefined();
    expect(error.message).toBe('TeleSign POST /v1/messaging answered HTTP 503');
  });

  it.each([
    ['HTTP 429', 429, {}, true],
    ['HTTP 500', 500, {}, true],
    ['HTTP 503', 503, {}, true],
    [
      'code 10000 on any status',
      400,
      { status: { code: 10000, description: 'System Unavailable, Please try again later.' } },
      true,
    ],
    [
      'HTTP 400',
      400,
      { status: { code: 11000, description: 'Invalid value for parameter phone_number.' } },
      false,
    ],
    ['HTTP 401', 401, {}, false],
    ['HTTP 404', 404, { status: { code: 10036, description: 'Reference ID expired' } }, false],
  ])('%s → retryable %s', (_name, httpStatus, body, retryable) => {
    expect(fromResponse(httpStatus, JSON.stringify(body)).retryable).toBe(retryable);
  });

  describe('Retry-After', () => {
    it('reads delta-seconds', () => {
      expect(fromResponse(429, '{}', { 'retry-after': '2' }).retryAfterSeconds).toBe(2);
      expect(fromResponse(429, '{}', { 'retry-after': ' 120 ' }).retryAfterSeconds).toBe(120);
    });

    it('reads an HTTP date relative to now, rounding up', () => {
      expect(
        fromResponse(503, '{}', { 'retry-after': 'Wed, 31 Jan 2024 11:37:12 GMT' }).retryAfterSeconds,
      ).toBe(30);
      expect(
        fromResponse(503, '{}', { 'retry-after': 'Wednesday, 31-Jan-24 11:36:43 GMT' }).retryAfterSeconds,
      ).toBe(1);
    });

    it('clamps a date in the past to 0', () => {
      expect(
        fromResponse(503, '{}', { 'retry-after': 'Wed, 31 Jan 2024 10:00:00 GMT' }).retryAfterSeconds,
      ).toBe(0);
    });

    it.each(['', 'soon', '1.5', '-3', 'Wed, 99 Foo 2024 10:00:00 GMT'])('ignores %p', (value) => {
      expect(fromResponse(429, '{}', { 'retry-after': value }).retryAfterSeconds).toBeUndefined();
    });

    it('is undefined without the header', () => {
      expect(fromResponse(429, '{}').retryAfterSeconds).toBeUndefined();
    });
  });
});

describe('TeleSignNetworkError', () => {
  it('keeps requestSent and the cause', () => {
    const cause = new Error('connect ECONNREFUSED 127.0.0.1:1');
    const error = new TeleSignNetworkError('failed', { requestSent: false, cause });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TeleSignNetworkError');
    expect(error.requestSent).toBe(false);
    expect(error.cause).toBe(cause);
  });
});
