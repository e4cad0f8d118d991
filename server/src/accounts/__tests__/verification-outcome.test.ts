import { NonPublicAddressError } from '../../telesign/address-policy';
import { TeleSignApiError, TeleSignNetworkError } from '../../telesign/errors';
import { boundedOutcome, failedOutcome, MAX_DETAIL_LENGTH } from '../verification-outcome';

/** Answers the simulator does not produce; the integration tests cover the ones it does. */

const target = {
  apiHost: 'https://rest-api.telesign.com',
  customerId: 'AB12CD34-0000-4000-8000-00000000C0DE',
  timeoutMs: 15_000,
};

const apiError = (httpStatus: number, code?: number, description = 'TeleSign says no') =>
  new TeleSignApiError({ method: 'GET', path: '/v1/messaging/0', httpStatus, body: {}, code, description });

describe('failedOutcome', () => {
  it.each<[string, TeleSignApiError, string, RegExp]>([
    ['10036 reference expired', apiError(404, 10036), 'valid', /accepted customer ID/],
    ['11011 invalid reference', apiError(400, 11011), 'valid', /accepted customer ID/],
    ['10013 account not found', apiError(401, 10013), 'invalid-customer-id', /does not know customer ID/],
    [
      '10022 invalid API key',
      apiError(401, 10022),
      'invalid-api-key',
      /wrong or belongs to another customer ID/,
    ],
    [
      '-30006 (older products) invalid signature',
      apiError(401, -30006),
      'invalid-api-key',
      /refused the API key/,
    ],
    ['-30001 (older products) suspended', apiError(401, -30001), 'suspended', /has suspended/],
    ['10004 date out of range', apiError(401, 10004), 'error', /clock is probably off.*NTP/],
    ['10002 nonce reused', apiError(401, 10002), 'error', /nonce.*Verify again/],
    ['10009 authorization missing', apiError(401, 10009), 'error', /fault in the plugin/],
    ['10014 source IP refused', apiError(401, 10014), 'error', /IP address/],
    ['10019 rate limited', apiError(429, 10019), 'error', /rate-limiting.*Wait a minute/],
    ['an unknown 401', apiError(401, 10099), 'error', /refused the check \(HTTP 401, 10099/],
    ['an HTML 502 from a proxy', apiError(502), 'error', /without a TeleSign status/],
  ])('%s → %s', (_case, error, status, detail) => {
    const outcome = failedOutcome(error, target);
    expect(outcome.status).toBe(status);
    expect(outcome.detail).toMatch(detail);
  });

  it.each([
    ['https://rest-api.telesign.com', /Enterprise accounts use https:\/\/rest-ww\.telesign\.com/],
    ['https://rest-ww.telesign.com', /Self-service accounts use https:\/\/rest-api\.telesign\.com/],
  ])('10035 on %s suggests the other host', (apiHost, advice) => {
    const outcome = failedOutcome(apiError(401, 10035), { ...target, apiHost });
    expect(outcome).toMatchObject({ status: 'wrong-host', detail: expect.stringMatching(advice) });
  });

  it('a name that does not resolve is unreachable, with DNS named', () => {
    const error = new TeleSignNetworkError('failed', {
      requestSent: false,
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
    });
    expect(failedOutcome(error, target)).toMatchObject({
      status: 'unreachable',
      detail: expect.stringMatching(/DNS/),
    });
  });

  it('a connection reset after sending is an error, not "unreachable"', () => {
    const error = new TeleSignNetworkError(
      'TeleSign GET x failed after the request was sent: socket hang up',
      {
        requestSent: true,
      },
    );
    expect(failedOutcome(error, target)).toMatchObject({
      status: 'error',
      detail: expect.stringMatching(/socket hang up/),
    });
  });
});

describe('failedOutcome for a host other than TeleSign’s', () => {
  const proxy = { ...target, apiHost: 'https://telesign-proxy.example.com' };
  const network = (requestSent: boolean, code?: string, timedOut = false) =>
    new TeleSignNetworkError('TeleSign GET x failed: something', {
      requestSent,
      timedOut,
      cause: code === undefined ? undefined : Object.assign(new Error(code), { code }),
    });

  it('gives closed, open, TLS and silent ports one and the same verdict', () => {
    const answers = [
      network(false, 'ECONNREFUSED'),
      network(false, 'ECONNRESET'),
      network(false, 'EPROTO'),
      network(false, 'ERR_SSL_WRONG_VERSION_NUMBER'),
      network(false, 'DEPTH_ZERO_SELF_SIGNED_CERT'),
      network(false, undefined, true),
      network(true, undefined, true),
      network(true, 'ECONNRESET'),
      network(true), // a 2xx that is not JSON
      apiError(404, undefined),
      apiError(502, undefined),
    ].map((error) => failedOutcome(error, proxy));
    for (const outcome of answers) expect(outcome).toEqual(answers[0]);
    expect(answers[0]).toEqual({
      status: 'unreachable',
      detail: expect.stringMatching(/^No TeleSign API answered at https:\/\/telesign-proxy\.example\.com: /),
    });
  });

  it('still tells TeleSign’s own answers apart, and a name that does not resolve', () => {
    expect(failedOutcome(apiError(401, 10015), proxy).status).toBe('invalid-customer-id');
    expect(failedOutcome(apiError(401, 10022), proxy).status).toBe('invalid-api-key');
    expect(failedOutcome(apiError(404, 10017), proxy).status).toBe('valid');
    expect(failedOutcome(network(false, 'ENOTFOUND'), proxy).detail).toMatch(/does not resolve \(DNS\)/);
  });

  it('says how to allow a host on a private network', () => {
    const error = new TeleSignNetworkError('refused', {
      requestSent: false,
      cause: new NonPublicAddressError('proxy.internal', '10.0.0.1'),
    });
    expect(failedOutcome(error, proxy)).toEqual({
      status: 'error',
      detail: expect.stringMatching(/non-public network.*`apiHost\.allowPrivateNetworks: true`/),
    });
  });
});

describe('boundedOutcome', () => {
  it('keeps the advice and cuts what the host said, without control characters', () => {
    const description = `\u0000${'x'.repeat(500_000)}`;
    const outcome = boundedOutcome(failedOutcome(apiError(401, 10022, description), target));
    expect(outcome.status).toBe('invalid-api-key');
    expect(outcome.detail.length).toBeLessThanOrEqual(MAX_DETAIL_LENGTH);
    expect(outcome.detail).toMatch(/x… \[cut\]\): it is wrong or belongs to another customer ID/);
    expect(outcome.detail).not.toContain('\u0000');
  });

  it('cuts a long detail between characters and marks it', () => {
    const detail = '😀'.repeat(MAX_DETAIL_LENGTH + 1);
    const outcome = boundedOutcome({ status: 'error', detail });
    expect(Array.from(outcome.detail)).toHaveLength(MAX_DETAIL_LENGTH);
    expect(outcome.detail.endsWith('😀… [cut]')).toBe(true);
    expect(outcome.detail).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});
