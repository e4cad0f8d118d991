import { NonPublicAddressError } from '../../telesign/address-policy';
import { TeleSignApiError, TeleSignNetworkError } from '../../telesign/errors';
import { problem } from '../../../../shared/contracts/errors/problem';
import {
  boundedOutcome,
  failedOutcome,
  MAX_DETAIL_LENGTH,
  undecryptableKeyOutcome,
  verifiedOutcome,
  type VerificationOutcome,
} from '../verification-outcome';

/** Answers the simulator does not produce; the integration tests cover the ones it does. */

const target = {
  apiHost: 'https://rest-api.telesign.com',
  customerId: 'AB12CD34-0000-4000-8000-00000000C0DE',
  timeoutMs: 15_000,
};

const apiError = (httpStatus: number, code?: number, description = 'TeleSign says no') =>
  new TeleSignApiError({ method: 'GET', path: '/v1/messaging/0', httpStatus, body: {}, code, description });

/** The catalog's English text for the verdict's code and values is its detail, character for character. */
const expectRenderedFromCatalog = (outcome: VerificationOutcome) =>
  expect(problem(outcome.code, outcome.values).message).toBe(outcome.detail);

describe('failedOutcome', () => {
  it.each<[string, TeleSignApiError, string, string, RegExp]>([
    ['10036 reference expired', apiError(404, 10036), 'valid', 'valid', /accepted customer ID/],
    ['11011 invalid reference', apiError(400, 11011), 'valid', 'valid', /accepted customer ID/],
    [
      '10013 account not found',
      apiError(401, 10013),
      'invalid-customer-id',
      'invalidCustomerId',
      /does not know customer ID/,
    ],
    [
      '10022 invalid API key',
      apiError(401, 10022),
      'invalid-api-key',
      'invalidApiKey',
      /wrong or belongs to another customer ID/,
    ],
    [
      '-30006 (older products) invalid signature',
      apiError(401, -30006),
      'invalid-api-key',
      'invalidApiKey',
      /refused the API key/,
    ],
    ['-30001 (older products) suspended', apiError(401, -30001), 'suspended', 'suspended', /has suspended/],
    ['10011 SMS not enabled', apiError(401, 10011), 'sms-not-enabled', 'smsNotEnabled', /not enabled/],
    ['10004 date out of range', apiError(401, 10004), 'error', 'clockOff', /clock is probably off.*NTP/],
    ['10002 nonce reused', apiError(401, 10002), 'error', 'nonceRefused', /nonce.*Verify again/],
    [
      '10009 authorization missing',
      apiError(401, 10009),
      'error',
      'authorizationUnreadable',
      /fault in the plugin/,
    ],
    ['10014 source IP refused', apiError(401, 10014), 'error', 'ipRefused', /IP address/],
    ['10019 rate limited', apiError(429, 10019), 'error', 'rateLimited', /rate-limiting.*Wait a minute/],
    ['10000 unavailable', apiError(503, 10000), 'error', 'teleSignUnavailable', /not available right now/],
    ['an unknown 401', apiError(401, 10099), 'error', 'refused', /refused the check \(HTTP 401, 10099/],
    ['an HTML 502 from a proxy', apiError(502), 'error', 'noTeleSignStatus', /without a TeleSign status/],
  ])('%s → %s (%s)', (_case, error, status, code, detail) => {
    const outcome = failedOutcome(error, target);
    expect(outcome.status).toBe(status);
    expect(outcome.code).toBe(`verification.${code}`);
    expect(outcome.detail).toMatch(detail);
    expectRenderedFromCatalog(outcome);
  });

  it('gives the values the text is written from, TeleSign’s codes and quotes as text', () => {
    expect(failedOutcome(apiError(401, -30000), target)).toMatchObject({
      code: 'verification.invalidCustomerId',
      values: { customerId: target.customerId, teleSignCode: '-30000' },
    });
    expect(failedOutcome(apiError(401, 10022, 'Invalid API key'), target)).toMatchObject({
      code: 'verification.invalidApiKey',
      values: { customerId: target.customerId, said: '10022 Invalid API key' },
    });
    expect(failedOutcome(apiError(503, 10000, 'Down'), target).values).toEqual({
      said: 'HTTP 503, 10000 Down',
    });
    expect(verifiedOutcome(target)).toEqual({
      status: 'valid',
      code: 'verification.valid',
      values: { customerId: target.customerId, apiHost: target.apiHost },
      detail: `TeleSign accepted customer ID ${target.customerId} and its API key on ${target.apiHost}.`,
    });
  });

  it.each([
    ['https://rest-api.telesign.com', /Enterprise accounts use https:\/\/rest-ww\.telesign\.com/],
    ['https://rest-ww.telesign.com', /Self-service accounts use https:\/\/rest-api\.telesign\.com/],
  ])('10035 on %s suggests the other host', (apiHost, advice) => {
    const outcome = failedOutcome(apiError(401, 10035), { ...target, apiHost });
    expect(outcome).toMatchObject({ status: 'wrong-host', detail: expect.stringMatching(advice) });
    expectRenderedFromCatalog(outcome);
  });

  it('a name that does not resolve is unreachable, with DNS named', () => {
    const error = new TeleSignNetworkError('failed', {
      requestSent: false,
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
    });
    expect(failedOutcome(error, target)).toMatchObject({
      status: 'unreachable',
      code: 'verification.dnsFailed',
      values: { apiHost: target.apiHost },
      detail: expect.stringMatching(/DNS/),
    });
  });

  it('names the network error of a connection that failed, when there is one', () => {
    const connectFailed = (code?: string) =>
      failedOutcome(
        new TeleSignNetworkError('failed', {
          requestSent: false,
          cause: code === undefined ? undefined : Object.assign(new Error(code), { code }),
        }),
        target,
      ).detail;
    expect(connectFailed('ECONNRESET')).toMatch(/^Could not connect to \S+ \(ECONNRESET\)\. Check/);
    expect(connectFailed()).toMatch(/^Could not connect to https:\/\/rest-api\.telesign\.com\. Check/);
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
      code: 'verification.unusableAnswer',
      values: { reason: error.message },
      detail: expect.stringMatching(/socket hang up/),
    });
  });

  it('quotes whatever else went wrong', () => {
    const outcome = failedOutcome(new Error('boom'), target);
    expect(outcome).toMatchObject({ code: 'verification.checkFailed', values: { reason: 'boom' } });
    expect(outcome.detail).toBe('The check could not be made: boom');
  });
});

describe('undecryptableKeyOutcome', () => {
  it('says whether the encryption key changed or is missing', () => {
    expect(undecryptableKeyOutcome(true)).toMatchObject({
      status: 'error',
      code: 'verification.apiKeyUndecryptable',
      detail: expect.stringMatching(/the app encryption key changed/),
    });
    expect(undecryptableKeyOutcome(false)).toMatchObject({
      status: 'error',
      code: 'verification.noEncryptionKey',
      detail: expect.stringMatching(/no encryption key\. Set `secrets\.encryptionKey`/),
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
      code: 'verification.noTeleSignAnswer',
      values: { apiHost: proxy.apiHost, timeoutMs: proxy.timeoutMs },
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
      code: 'verification.nonPublicAddress',
      values: { apiHost: proxy.apiHost },
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
    expect(outcome.values.said).toMatch(/^10022 +x+… \[cut\]$/);
  });

  it('cuts a long detail and long values between characters and marks them', () => {
    const apiHost = `https://${'😀'.repeat(MAX_DETAIL_LENGTH)}.example`;
    const outcome = boundedOutcome(verifiedOutcome({ ...target, apiHost }));
    for (const text of [outcome.detail, String(outcome.values.apiHost)]) {
      expect(Array.from(text)).toHaveLength(MAX_DETAIL_LENGTH);
      expect(text.endsWith('😀… [cut]')).toBe(true);
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    }
    expect(outcome.values.customerId).toBe(target.customerId);
  });
});
