import { buildStringToSign, FORM_CONTENT_TYPE } from '../../../server/src/telesign/signing';
import type { RunningSimulator } from '../server';
import { jsonOf, httpRequest, type HttpAnswer } from './support/http-client';
import { DEFAULT_CUSTOMER, createCustomer, startTestSimulator } from './support/simulator';
import { SMS_FORM, basicAuth, form, signedHeaders, teleSign } from './support/telesign-request';

/** Every authentication outcome of TeleSign's REST API, over real HTTP. */

const BODY = form(SMS_FORM);

const expectError = (answer: HttpAnswer, httpStatus: number, code: number, description: string): void => {
  expect(answer.status).toBe(httpStatus);
  expect(answer.headers['content-type']).toBe('application/json');
  expect(jsonOf(answer)).toEqual({ status: { code, description, updated_on: expect.stringMatching(/Z$/) } });
};

describe('TeleSign authentication', () => {
  let simulator: RunningSimulator;
  const send = (call: Parameters<typeof teleSign>[1] = {}) =>
    teleSign(simulator.url, { body: BODY, ...call });

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  afterAll(() => simulator.close());

  describe('digest (TSA HMAC-SHA256)', () => {
    it('accepts a correctly signed request with a Date header', async () => {
      const answer = await send();
      expect(answer.status).toBe(200);
      expect(jsonOf(answer)).toMatchObject({ status: { code: 290 } });
    });

    it('accepts x-ts-date in place of Date', async () => {
      expect((await send({ useXTsDate: true })).status).toBe(200);
    });

    it('signs the path without its query string', async () => {
      const answer = await teleSign(simulator.url, {
        method: 'GET',
        path: '/v1/messaging/0123456789ABCDEF0123456789ABCDEF?verbose=1',
      });
      expectError(answer, 404, 10017, 'Customer ID / Reference ID not found');
    });

    it('refuses a missing Authorization header: 401 10009', async () => {
      expectError(
        await send({ headers: { Authorization: null } }),
        401,
        10009,
        "Missing required 'Authorization' header",
      );
    });

    it.each([
      'Bearer abc',
      'TSA no-colon-here',
      `TSA ${DEFAULT_CUSTOMER.customerId}:`,
      'Basic !!!',
      `Basic ${Buffer.from('no-colon').toString('base64')}`,
    ])('refuses a badly formatted Authorization header %p: 401 10028', async (authorization) => {
      expectError(
        await send({ headers: { Authorization: authorization } }),
        401,
        10028,
        "Required 'Authorization' header is not in the correct format",
      );
    });

    it('refuses an unknown customer: 401 10015', async () => {
      expectError(
        await send({ customerId: '00000000-0000-0000-0000-000000000000' }),
        401,
        10015,
        'Invalid Customer ID.',
      );
    });

    it('refuses a bad signature: 401 10008 with the string the server signed', async () => {
      const date = new Date().toUTCString();
      const nonce = 'a-fixed-nonce-for-this-test';
      const answer = await send({ apiKey: Buffer.from('not the key').toString('base64'), date, nonce });

      expect(answer.status).toBe(401);
      expect(jsonOf(answer)).toEqual({
        status: { code: 10008, description: 'Invalid Signature.', updated_on: expect.any(String) },
        signature_string: buildStringToSign({
          method: 'POST',
          contentType: FORM_CONTENT_TYPE,
          date,
          nonce,
          body: BODY,
          resource: '/v1/messaging',
        }),
      });
    });

    it('refuses a Content-Type that differs from the signed one (the axios charset pitfall): 10008', async () => {
      const answer = await send({ headers: { 'Content-Type': `${FORM_CONTENT_TYPE};charset=utf-8` } });
      expect(jsonOf<{ status: { code: number } }>(answer).status.code).toBe(10008);
    });

    it('refuses a body that differs from the signed one: 10008', async () => {
      const headers = signedHeaders({ body: BODY });
      const answer = await httpRequest(`${simulator.url}/v1/messaging`, {
        method: 'POST',
        headers,
        body: `${BODY}&sender_id=X`,
      });
      expect(jsonOf<{ status: { code: number } }>(answer).status.code).toBe(10008);
    });

    it('refuses a missing Date and x-ts-date: 401 10007', async () => {
      expectError(
        await send({ headers: { Date: null } }),
        401,
        10007,
        "Missing required 'Date' or 'x-ts-date' header",
      );
    });

    it.each(['2024-01-31T11:36:42Z', 'yesterday', 'Wed, 31 Feb 2024 10:00:00 GMT'])(
      'refuses a non-RFC 822 Date %p: 401 10005',
      async (date) => {
        expectError(await send({ date }), 401, 10005, "'Date' or 'x-ts-date' header is not RFC822 compliant");
      },
    );

    it('accepts RFC 822 variants: numeric zone, no weekday', async () => {
      const now = new Date();
      const parts = now.toUTCString().split(' ');
      expect((await send({ date: `${parts.slice(1, 5).join(' ')} +0000` })).status).toBe(200);
    });

    it.each([-16, 16])('refuses a Date %i minutes away: 401 10004', async (minutes) => {
      const date = new Date(Date.now() + minutes * 60_000).toUTCString();
      expectError(
        await send({ date }),
        401,
        10004,
        "'Date' or 'x-ts-date' header is not within tolerable range",
      );
    });

    it('refuses a reused nonce: 401 10002', async () => {
      const headers = signedHeaders({ body: BODY });
      const call = { method: 'POST', headers, body: BODY };
      expect((await httpRequest(`${simulator.url}/v1/messaging`, call)).status).toBe(200);
      expectError(
        await httpRequest(`${simulator.url}/v1/messaging`, call),
        401,
        10002,
        "'x-ts-nonce' header value has been used recently",
      );
    });

    it('does not burn a nonce on a request whose signature is wrong', async () => {
      const nonce = 'nonce-used-by-a-forgery';
      await send({ nonce, apiKey: Buffer.from('forger').toString('base64') });
      expect((await send({ nonce })).status).toBe(200);
    });

    it('refuses a missing nonce: 401 10003', async () => {
      expectError(
        await send({ headers: { 'x-ts-nonce': null } }),
        401,
        10003,
        "'x-ts-nonce' header value is either too long or too short",
      );
    });

    it.each([['HMAC-SHA1'], [null]])('refuses x-ts-auth-method %p: 401 10006', async (method) => {
      expectError(
        await send({ headers: { 'x-ts-auth-method': method } }),
        401,
        10006,
        "Invalid 'x-ts-auth-method' header.",
      );
    });

    it('refuses a suspended account: 401 10010', async () => {
      const customer = await createCustomer(simulator, { status: 'suspended' });
      expectError(
        await send({ customerId: customer.customerId, apiKey: customer.apiKey }),
        401,
        10010,
        'CustomerID Account Suspended.',
      );
    });

    it('refuses an account without SMS: 401 10011', async () => {
      const customer = await createCustomer(simulator, { smsEnabled: false });
      expectError(
        await send({ customerId: customer.customerId, apiKey: customer.apiKey }),
        401,
        10011,
        'This product is not enabled for this CustomerID.',
      );
    });

    it('verifies the documented digest example byte for byte (docs/telesign.md §2.3 C)', async () => {
      const vectors = await startTestSimulator({
        // The example is dated 2016; widen the window instead of re-signing it.
        dateToleranceMs: 20 * 365 * 86_400_000,
        defaultCustomer: {
          customerId: 'FFFFFFFF-EEEE-DDDD-1234-AB1234567890',
          apiKey: 'ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==',
          numbers: [],
        },
      });
      try {
        const answer = await httpRequest(`${vectors.url}/v1/messaging`, {
          method: 'POST',
          headers: {
            Authorization:
              'TSA FFFFFFFF-EEEE-DDDD-1234-AB1234567890:r0J6TnFIeYHUDjsT2nmzcsgdfwBiKuGDIzwdk30OVRM=',
            Date: 'Wed, 14 Dec 2016 18:20:12 GMT',
            'Content-Type': FORM_CONTENT_TYPE,
            'x-ts-auth-method': 'HMAC-SHA256',
            'x-ts-nonce': 'A1592C6F-E384-4CDB-BC42-C3AB970369E9',
          },
          body: 'phone_number=15555551234&message=Hello+world&message_type=ARN',
        });
        expect(answer.status).toBe(200);
      } finally {
        await vectors.close();
      }
    });
  });

  describe('Basic', () => {
    const basic = (authorization: string) =>
      httpRequest(`${simulator.url}/v1/messaging`, {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': FORM_CONTENT_TYPE },
        body: BODY,
      });

    it('accepts the customer id and API key, without Date or nonce', async () => {
      const answer = await basic(basicAuth(DEFAULT_CUSTOMER.customerId, DEFAULT_CUSTOMER.apiKey));
      expect(answer.status).toBe(200);
    });

    it('refuses a wrong API key: 401 10022', async () => {
      expectError(
        await basic(basicAuth(DEFAULT_CUSTOMER.customerId, 'V3JvbmcgS2V5')),
        401,
        10022,
        'Invalid API Key.',
      );
    });

    it('refuses an unknown customer: 401 10015', async () => {
      expectError(
        await basic(basicAuth('00000000-0000-0000-0000-000000000000', DEFAULT_CUSTOMER.apiKey)),
        401,
        10015,
        'Invalid Customer ID.',
      );
    });
  });
});
