import request from 'supertest';
import {
  failedOutcome,
  verifiedOutcome,
  type VerificationOutcome,
} from '../../server/src/accounts/verification-outcome';
import { TeleSignApiError } from '../../server/src/telesign/errors';
import { DEFAULT_API_HOST } from '../../shared/contracts/accounts/api-host';
import { signCallbackBody } from '../../server/src/telesign/signing';
import { createSuperAdmin } from '../harness/admin-users';
import {
  adminApi,
  addNumberViaApi,
  createAccountViaApi,
  newCredentials,
  type AdminApi,
} from '../harness/setup-api';
import { startTestApp, type TestApp } from '../harness/strapi';

/** Printable once decoded, so a leak of the decoded key would show up as text too. */
const API_KEY = Buffer.from('test key material: never echo me back 0123456789').toString('base64');
const DECODED_KEY = Buffer.from(API_KEY, 'base64');
const PUBLIC_URL = 'https://sms.example.test';
const CALLBACK_URL = new RegExp(`^${PUBLIC_URL}/api/sms-channel/telesign/callbacks/([A-Za-z0-9_-]{43})$`);

const expectNoSecret = (text: string, apiKey: string): void => {
  const decoded = Buffer.from(apiKey, 'base64');
  expect(text).not.toContain(apiKey);
  expect(Buffer.from(text, 'utf8').includes(decoded)).toBe(false);
  expect(text).not.toContain(decoded.toString('hex'));
  expect(text).not.toContain(decoded.toString('base64url'));
  expect(text).not.toMatch(/apiKeyEncrypted|callbackToken|v1:[0-9a-f]{24}/);
};

describe('setup API: accounts', () => {
  let app: TestApp;
  let api: AdminApi;

  const rawRow = async (documentId: string): Promise<Record<string, unknown>> =>
    app.strapi.db.getConnection('sms_channel_accounts').where({ document_id: documentId }).first();
  const accountCount = () => app.strapi.db.query('plugin::sms-channel.account').count({});
  /** Stores a verdict on the account as the credential check does (setup-verify.test.ts checks that path). */
  const storeVerdict = (documentId: string, outcome: VerificationOutcome) =>
    app.strapi.db.query('plugin::sms-channel.account').update({
      where: { documentId },
      data: {
        verificationStatus: outcome.status,
        verificationCheckedAt: new Date(),
        verificationDetail: outcome.detail,
        verificationCode: outcome.code,
        verificationValues: outcome.values,
      },
    });

  beforeAll(async () => {
    app = await startTestApp({ env: { SMS_CHANNEL_PUBLIC_URL: PUBLIC_URL } });
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app.stop();
  });

  describe('create', () => {
    it('answers 201 with the callback URL and how to register it, "•••• last 4" and never the key', async () => {
      const customerId = 'ab12cd34-0000-4000-8000-00000000c0de';
      const response = await api.post('/sms-channel/accounts', {
        name: ' Support line ',
        customerId,
        apiKey: API_KEY,
      });
      expect(response.status).toBe(201);
      const account = response.body.data;
      expect(account).toMatchObject({
        name: 'Support line',
        provider: 'telesign',
        customerId: customerId.toUpperCase(),
        apiHost: 'https://rest-api.telesign.com',
        apiKeySet: true,
        apiKeyLast4: API_KEY.slice(-4),
        callbackUrl: expect.stringMatching(CALLBACK_URL),
        callbackUrlWarning: null,
        verification: { status: 'unverified', checkedAt: null, detail: null, code: null, values: null },
        numbers: [],
      });
      expect(account.callbackRegistration).toEqual({
        emailTo: 'support@telesign.com',
        subject: 'Callback URL update request',
        body: expect.stringContaining(
          `customer ID ${customerId.toUpperCase()} to:\n${account.callbackUrl}\n`,
        ),
        mailtoUrl: expect.stringMatching(
          /^mailto:support@telesign\.com\?subject=Callback%20URL%20update%20request&body=/,
        ),
        steps: [
          `Copy the callback URL: ${account.callbackUrl}`,
          `E-mail it together with your customer ID (${customerId.toUpperCase()}) to TeleSign support at support@telesign.com.`,
          'Enter "Callback URL update request" as the subject line.',
        ],
      });
      expectNoSecret(response.text, API_KEY);

      const fetched = await api.get(`/sms-channel/accounts/${account.documentId}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body.data).toEqual(account);
      expectNoSecret(fetched.text, API_KEY);
    });

    it('gives every account its own unguessable callback URL', async () => {
      const first = await createAccountViaApi(api);
      const second = await createAccountViaApi(api, { customerId: first.customerId, apiKey: first.apiKey });
      expect(first.callbackUrl).toMatch(CALLBACK_URL);
      expect(second.callbackUrl).toMatch(CALLBACK_URL);
      expect(second.callbackUrl).not.toBe(first.callbackUrl);
    });

    it('accepts the enterprise host and a local simulator, stored without a trailing slash', async () => {
      const enterprise = await createAccountViaApi(api, { apiHost: 'https://rest-ww.telesign.com/' });
      expect(enterprise).toMatchObject({ apiHost: 'https://rest-ww.telesign.com' });
      const simulator = await createAccountViaApi(api, { apiHost: 'http://127.0.0.1:4010/enterprise/' });
      expect(simulator).toMatchObject({ apiHost: 'http://127.0.0.1:4010/enterprise' });
      expect(await createAccountViaApi(api, { apiHost: 'http://localhost:4010' })).toMatchObject({
        apiHost: 'http://localhost:4010',
      });
    });
  });

  describe('the API key at rest', () => {
    it('is stored as Strapi encryption ciphertext (v1:), nowhere in plain text, different on every save', async () => {
      const first = await createAccountViaApi(api, { apiKey: API_KEY });
      const second = await createAccountViaApi(api, { apiKey: API_KEY });
      const firstRow = await rawRow(first.documentId);
      const secondRow = await rawRow(second.documentId);
      for (const row of [firstRow, secondRow]) {
        expect(row.api_key_encrypted).toMatch(/^v1:[0-9a-f]{32}:[0-9a-f]+:[0-9a-f]{32}$/);
        const dump = JSON.stringify(row);
        expect(dump).not.toContain(API_KEY);
        expect(Buffer.from(dump).includes(DECODED_KEY)).toBe(false);
        expect(dump).not.toContain(DECODED_KEY.toString('hex'));
      }
      expect(secondRow.api_key_encrypted).not.toBe(firstRow.api_key_encrypted);

      // Saving the same key again re-encrypts it with a fresh IV.
      await api.put(`/sms-channel/accounts/${first.documentId}`, { apiKey: API_KEY }).expect(200);
      expect((await rawRow(first.documentId)).api_key_encrypted).not.toBe(firstRow.api_key_encrypted);
    });
  });

  describe('refuses a bad create before any network call, and stores nothing', () => {
    const valid = () => ({ name: 'Support line', ...newCredentials() });

    it.each<[string, Record<string, unknown>, string, RegExp]>([
      ['no name', { name: undefined }, 'name', /Give the account a name/],
      ['a blank name', { name: '   ' }, 'name', /Give the account a name/],
      ['a name of 101 characters', { name: 'x'.repeat(101) }, 'name', /at most 100 characters/],
      [
        'a customer ID that is not a GUID',
        { customerId: '1234-5678' },
        'customerId',
        /GUID like FFFFFFFF-EEEE/,
      ],
      ['a numeric customer ID', { customerId: 12345 }, 'customerId', /GUID/],
      ['no API key', { apiKey: undefined }, 'apiKey', /standard base64/],
      ['an API key that is not base64', { apiKey: 'not a key!' }, 'apiKey', /standard base64/],
      ['a base64url API key', { apiKey: 'ab-_cd-_' }, 'apiKey', /standard base64/],
      ['an API key with a line break inside', { apiKey: 'QUJD\nRA==' }, 'apiKey', /no spaces or line breaks/],
      [
        'a non-http API host',
        { apiHost: 'ftp://rest-api.telesign.com' },
        'apiHost',
        /rest-api\.telesign\.com/,
      ],
      [
        'plain http to another machine',
        { apiHost: 'http://rest-api.telesign.com' },
        'apiHost',
        /localhost or 127\.0\.0\.1/,
      ],
      [
        'an API host with credentials',
        { apiHost: 'https://user:pw@rest-api.telesign.com' },
        'apiHost',
        /API host/,
      ],
      ['an API host with a query', { apiHost: 'https://rest-api.telesign.com/?x=1' }, 'apiHost', /API host/],
      ['a host that is not a URL', { apiHost: 'rest-api.telesign.com' }, 'apiHost', /API host/],
      ['another provider', { provider: 'twilio' }, 'provider', /TeleSign is the only SMS provider/],
      [
        'a field the API does not take',
        { apiKeyEncrypted: 'v1:00' },
        'apiKeyEncrypted',
        /not a field of this request/,
      ],
      [
        'a callback token of its own',
        { callbackToken: 'chosen-by-me-0123456789' },
        'callbackToken',
        /not a field/,
      ],
    ])('%s', async (_case, change, field, message) => {
      const before = await accountCount();
      const response = await api.post('/sms-channel/accounts', { ...valid(), ...change });
      expect(response.status).toBe(400);
      expect(response.body.error).toMatchObject({ status: 400, name: 'ValidationError' });
      expect(response.body.error.details.errors).toEqual([
        {
          path: [field],
          message: expect.stringMatching(message),
          name: 'ValidationError',
          code: expect.stringMatching(new RegExp(`^(account\\.${field}|request)\\.`)),
          values: expect.any(Object),
        },
      ]);
      expect(response.body.error.message).toMatch(message);
      expect(await accountCount()).toBe(before);
    });

    it('names every bad field at once', async () => {
      const response = await api.post('/sms-channel/accounts', { name: '', customerId: 'x', apiKey: '***' });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors.map((error: { path: string[] }) => error.path)).toEqual([
        ['name'],
        ['customerId'],
        ['apiKey'],
      ]);
      expect(response.body.error.message).toMatch(/^3 fields need changes: /);
    });

    it('a body that is not a JSON object', async () => {
      const response = await api.post('/sms-channel/accounts', ['not', 'an', 'object']);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe('The request body must be a JSON object.');
    });

    it('never echoes a refused key', async () => {
      const response = await api.post('/sms-channel/accounts', { ...valid(), name: '', apiKey: API_KEY });
      expect(response.status).toBe(400);
      expectNoSecret(response.text, API_KEY);
    });
  });

  describe('list', () => {
    it('lists accounts by name with pagination meta', async () => {
      const response = await api.get('/sms-channel/accounts?page=1&pageSize=2');
      expect(response.status).toBe(200);
      expect(response.body.data).toHaveLength(2);
      expect(response.body.meta.pagination).toEqual({
        page: 1,
        pageSize: 2,
        pageCount: Math.ceil((await accountCount()) / 2),
        total: await accountCount(),
      });
      expectNoSecret(response.text, API_KEY);
    });

    it('refuses a bad page size', async () => {
      const response = await api.get('/sms-channel/accounts?pageSize=1000');
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors[0]).toMatchObject({ path: ['pageSize'] });
    });
  });

  describe('verification', () => {
    // Accounts made without an API host use TeleSign's self-service host.
    const target = ({ customerId }: { customerId: string }) => ({
      customerId,
      apiHost: DEFAULT_API_HOST,
      timeoutMs: 15_000,
    });

    it('answers the verdict’s code and values beside its English detail, verified or refused', async () => {
      const verified = await createAccountViaApi(api);
      const refused = await createAccountViaApi(api);
      const invalidSignature = new TeleSignApiError({
        method: 'GET',
        path: '/v1/messaging/00000000000000000000000000000000',
        httpStatus: 401,
        body: {},
        code: 10008,
        description: 'Invalid Signature.',
      });
      await storeVerdict(verified.documentId, verifiedOutcome(target(verified)));
      await storeVerdict(refused.documentId, failedOutcome(invalidSignature, target(refused)));

      const { body } = await api.get('/sms-channel/accounts');
      const verificationOf = (documentId: string) =>
        body.data.find((account: { documentId: string }) => account.documentId === documentId).verification;
      expect(verificationOf(verified.documentId)).toEqual({
        status: 'valid',
        checkedAt: expect.any(String),
        detail: `TeleSign accepted customer ID ${verified.customerId} and its API key on ${DEFAULT_API_HOST}.`,
        code: 'verification.valid',
        values: { customerId: verified.customerId, apiHost: DEFAULT_API_HOST },
      });
      expect(verificationOf(refused.documentId)).toEqual({
        status: 'invalid-api-key',
        checkedAt: expect.any(String),
        detail: expect.stringMatching(
          /^TeleSign refused the API key \(10008 Invalid Signature\.\): it is wrong/,
        ),
        code: 'verification.invalidApiKey',
        values: { said: '10008 Invalid Signature.', customerId: refused.customerId },
      });
      const fetched = await api.get(`/sms-channel/accounts/${refused.documentId}`);
      expect(fetched.body.data.verification).toEqual(verificationOf(refused.documentId));
    });

    it('answers a verdict stored before verdicts had codes with its English detail alone', async () => {
      const account = await createAccountViaApi(api);
      const detail = `TeleSign accepted customer ID ${account.customerId} and its API key on ${DEFAULT_API_HOST}.`;
      await app.strapi.db.query('plugin::sms-channel.account').update({
        where: { documentId: account.documentId },
        data: { verificationStatus: 'valid', verificationCheckedAt: new Date(), verificationDetail: detail },
      });
      const response = await api.get(`/sms-channel/accounts/${account.documentId}`);
      expect(response.body.data.verification).toEqual({
        status: 'valid',
        checkedAt: expect.any(String),
        detail,
        code: null,
        values: null,
      });
    });
  });

  describe('update', () => {
    it('renames an account and keeps the key and the verification when no key is sent', async () => {
      const account = await createAccountViaApi(api, { apiKey: API_KEY });
      await app.strapi.db
        .query('plugin::sms-channel.account')
        .update({ where: { documentId: account.documentId }, data: { verificationStatus: 'valid' } });
      const before = await rawRow(account.documentId);
      for (const body of [{ name: 'Renamed' }, { name: 'Renamed again', apiKey: '' }, { apiKey: null }]) {
        const response = await api.put(`/sms-channel/accounts/${account.documentId}`, body);
        expect(response.status).toBe(200);
        expect(response.body.data).toMatchObject({
          apiKeySet: true,
          apiKeyLast4: API_KEY.slice(-4),
          verification: { status: 'valid' },
        });
      }
      const after = await rawRow(account.documentId);
      expect(after.name).toBe('Renamed again');
      expect(after.api_key_encrypted).toBe(before.api_key_encrypted);
    });

    it('replaces the key when one is sent, and asks for a new verification', async () => {
      const account = await createAccountViaApi(api);
      await storeVerdict(
        account.documentId,
        verifiedOutcome({ customerId: account.customerId, apiHost: DEFAULT_API_HOST, timeoutMs: 15_000 }),
      );
      const response = await api.put(`/sms-channel/accounts/${account.documentId}`, { apiKey: API_KEY });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        apiKeyLast4: API_KEY.slice(-4),
        verification: { status: 'unverified', checkedAt: null, detail: null, code: null, values: null },
      });
      expectNoSecret(response.text, API_KEY);
    });

    it('asks for a new verification when the customer ID or host changes', async () => {
      const account = await createAccountViaApi(api);
      const markValid = () =>
        app.strapi.db
          .query('plugin::sms-channel.account')
          .update({ where: { documentId: account.documentId }, data: { verificationStatus: 'valid' } });
      await markValid();
      // A new host needs the key again (setup-api-host.test.ts).
      const moved = await api.put(`/sms-channel/accounts/${account.documentId}`, {
        apiHost: 'https://rest-ww.telesign.com',
        apiKey: account.apiKey,
      });
      expect(moved.body.data.verification.status).toBe('unverified');
      await markValid();
      const other = await api.put(`/sms-channel/accounts/${account.documentId}`, newCredentials());
      expect(other.body.data.verification.status).toBe('unverified');
    });

    it('changes nothing when any field is refused', async () => {
      const account = await createAccountViaApi(api);
      const before = await rawRow(account.documentId);
      for (const body of [
        { name: 'New name', apiKey: 'not base64!' },
        { name: 'New name', customerId: 'nope' },
        { name: 'New name', apiHost: 'http://example.com' },
        { name: 'New name', callbackToken: 'x' },
        {},
      ]) {
        const response = await api.put(`/sms-channel/accounts/${account.documentId}`, body);
        expect(response.status).toBe(400);
        expect(response.body.error.name).toBe('ValidationError');
      }
      expect(await rawRow(account.documentId)).toEqual(before);
    });

    it('answers 404 for an account that does not exist', async () => {
      const response = await api.put('/sms-channel/accounts/nosuchaccount0000000000', { name: 'x' });
      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(/No SMS account has the id "nosuchaccount0000000000"/);
      expect((await api.get('/sms-channel/accounts/nosuchaccount0000000000')).status).toBe(404);
    });
  });

  describe('callback URL', () => {
    const INBOUND = JSON.stringify({
      reference_id: '0143D53D86A2030BE20025B600000010',
      status: { code: 1500, description: 'Delivered to customer', updated_on: '2026-01-27T19:46:55.787464Z' },
      sub_resource: 'mo_sms',
      user_response: { phone_number: '15551234567', sender_id: '14252306549', mo_message: 'Hello' },
    });
    const postCallback = (url: string, account: { customerId: string; apiKey: string }, body = INBOUND) =>
      request(app.server)
        .post(new URL(url).pathname)
        .set('Content-Type', 'application/json')
        .set('Authorization', `TSA ${account.customerId}:${signCallbackBody(account.apiKey, body)}`)
        .send(body);

    it('regenerating the token gives a new URL and the old one stops working at once', async () => {
      const account = await createAccountViaApi(api);
      expect((await postCallback(account.callbackUrl as string, account)).status).toBe(200);

      const response = await api.post(`/sms-channel/accounts/${account.documentId}/callback-token`);
      expect(response.status).toBe(200);
      const renewed = response.body.data.callbackUrl as string;
      expect(renewed).toMatch(CALLBACK_URL);
      expect(renewed).not.toBe(account.callbackUrl);
      expect(response.body.data.callbackRegistration.body).toContain(renewed);

      const second = INBOUND.replace('600000010', '600000011');
      const old = await postCallback(account.callbackUrl as string, account, second);
      expect(old.status).toBe(404);
      expect((await postCallback(renewed, account, second)).status).toBe(200);
    });

    it('checks callbacks against a changed API key or customer ID at once', async () => {
      const account = await createAccountViaApi(api);
      expect((await postCallback(account.callbackUrl as string, account)).status).toBe(200);

      const changed = newCredentials();
      expect((await api.put(`/sms-channel/accounts/${account.documentId}`, changed)).status).toBe(200);

      const next = INBOUND.replace('600000010', '600000012');
      expect((await postCallback(account.callbackUrl as string, account, next)).status).toBe(401);
      expect((await postCallback(account.callbackUrl as string, changed, next)).status).toBe(200);
    });

    it('answers 404 when regenerating for an account that does not exist', async () => {
      expect((await api.post('/sms-channel/accounts/nosuchaccount0000000000/callback-token')).status).toBe(
        404,
      );
    });

    describe('warning', () => {
      const config = () => app.strapi.config;
      afterEach(() => {
        config().set('plugin::sms-channel.publicUrl', PUBLIC_URL);
        config().set('server.url', '');
      });
      const accountView = async () =>
        (await api.post('/sms-channel/accounts', { name: 'W', ...newCredentials() })).body.data;

      it('none for an https public URL', async () => {
        expect((await accountView()).callbackUrlWarning).toBeNull();
      });

      it('says what to set when the app has no public URL, and offers nothing to register', async () => {
        config().set('plugin::sms-channel.publicUrl', undefined);
        const account = await accountView();
        expect(account.callbackUrl).toBeNull();
        expect(account.callbackRegistration).toBeNull();
        expect(account.callbackUrlWarning).toMatch(
          /does not know its public URL.*Set `publicUrl`.*`url` in config\/server/,
        );
      });

      it('falls back to server.url', async () => {
        config().set('plugin::sms-channel.publicUrl', undefined);
        config().set('server.url', 'https://cms.example.test/');
        const account = await accountView();
        expect(account.callbackUrl).toMatch(
          /^https:\/\/cms\.example\.test\/api\/sms-channel\/telesign\/callbacks\//,
        );
        expect(account.callbackUrlWarning).toBeNull();
      });

      it('says to use https when the public URL is plain http', async () => {
        config().set('plugin::sms-channel.publicUrl', 'http://cms.example.test');
        const account = await accountView();
        expect(account.callbackUrl).toMatch(/^http:\/\/cms\.example\.test\//);
        expect(account.callbackUrlWarning).toMatch(/HTTPS only.*https:\/\/cms\.example\.test/);
      });

      it.each(['http://localhost:1337', 'http://127.0.0.1:1337'])(
        'none for %s (a local simulator)',
        async (url) => {
          config().set('plugin::sms-channel.publicUrl', url);
          expect((await accountView()).callbackUrlWarning).toBeNull();
        },
      );
    });
  });

  describe('delete', () => {
    it('deletes the account and its numbers, takes them out of their workstream, keeps conversations', async () => {
      const account = await createAccountViaApi(api);
      const kept = await createAccountViaApi(api);
      const [first, second] = [
        await addNumberViaApi(api, account.documentId, '14252306549'),
        await addNumberViaApi(api, account.documentId, '18005550100', 'toll-free'),
      ];
      const other = await addNumberViaApi(api, kept.documentId, '14255550123');
      const workstream = (
        await api.post('/sms-channel/workstreams', {
          name: 'Support',
          numberIds: [first.documentId, other.documentId],
        })
      ).body.data;
      const conversation = (await app.strapi.db.query('plugin::sms-channel.conversation').create({
        data: {
          customerNumber: '15551234567',
          businessNumber: first.number,
          openedAt: new Date(),
          status: 'open',
        },
      })) as { id: number };
      await app.strapi.db.query('plugin::sms-channel.message').create({
        data: { conversation: conversation.id, direction: 'inbound', body: 'Hi', status: 'received' },
      });

      const response = await api.delete(`/sms-channel/accounts/${account.documentId}`);
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({
        documentId: account.documentId,
        name: 'Support line',
        removedNumbers: ['14252306549', '18005550100'],
        message:
          'Deleted the account "Support line" and its 2 numbers 14252306549, 18005550100. Conversations and messages were kept.',
      });

      expect((await api.get(`/sms-channel/accounts/${account.documentId}`)).status).toBe(404);
      const numbers = app.strapi.db.query('plugin::sms-channel.number');
      expect(
        await numbers.count({ where: { documentId: { $in: [first.documentId, second.documentId] } } }),
      ).toBe(0);
      const remaining = await api.get(`/sms-channel/workstreams/${workstream.documentId}`);
      expect(remaining.body.data.numbers.map((n: { number: string }) => n.number)).toEqual(['14255550123']);
      expect(
        await app.strapi.db
          .query('plugin::sms-channel.conversation')
          .count({ where: { id: conversation.id } }),
      ).toBe(1);
      expect(
        await app.strapi.db
          .query('plugin::sms-channel.message')
          .count({ where: { conversation: { id: conversation.id } } }),
      ).toBe(1);
      // The number can be added again, to another account.
      await addNumberViaApi(api, kept.documentId, '14252306549');

      const callback = await request(app.server)
        .post(new URL(account.callbackUrl as string).pathname)
        .set('Content-Type', 'application/json')
        .send('{}');
      expect(callback.status).toBe(404);
      expect((await api.delete(`/sms-channel/accounts/${account.documentId}`)).status).toBe(404);
    });

    it('says so when there were no numbers', async () => {
      const account = await createAccountViaApi(api, { name: 'Empty' });
      const response = await api.delete(`/sms-channel/accounts/${account.documentId}`);
      expect(response.body.data).toMatchObject({
        removedNumbers: [],
        message: 'Deleted the account "Empty". Conversations and messages were kept.',
      });
    });
  });
});
