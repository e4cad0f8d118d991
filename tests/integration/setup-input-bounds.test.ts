import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Response } from 'supertest';
import { DEFAULT_CONFIG } from '../../simulator/src/config';
import { createSuperAdmin } from '../harness/admin-users';
import {
  adminApi,
  addNumberViaApi,
  createAccountViaApi,
  newCredentials,
  type AdminApi,
} from '../harness/setup-api';
import { startTestApp, type TestApp } from '../harness/strapi';

/**
 * Every free-text field, the API key, id lists and what a host answers to a verification are
 * bounded: too much or the wrong thing is a 400 saying what to fix, and changes nothing.
 */

/** Characters no name needs, each with how the message names it. */
const UNWANTED: [string, string][] = [
  ['\u0000', 'control character U+0000'],
  ['\u0007', 'control character U+0007'],
  ['\n', 'control character U+000A'],
  ['\u007F', 'control character U+007F'],
  ['\u0085', 'control character U+0085'],
  ['\u202E', 'text-direction control character U+202E'],
  ['\u2066', 'text-direction control character U+2066'],
];

const expectRefused = (response: Response, path: (string | number)[], message: RegExp) => {
  expect(response.status).toBe(400);
  expect(response.body.error.name).toBe('ValidationError');
  expect(response.body.error.details.errors).toEqual([
    {
      path: path.map(String),
      message: expect.stringMatching(message),
      name: 'ValidationError',
      code: expect.stringMatching(/^[a-z]+(\.[a-zA-Z]+)+$/),
      values: expect.any(Object),
    },
  ]);
};

const keyOf = (bytes: number) => randomBytes(bytes).toString('base64');

describe('setup API: input bounds', () => {
  let app: TestApp;
  let api: AdminApi;

  const count = (type: string) => app.strapi.db.query(`plugin::sms-channel.${type}`).count({});
  const row = (type: string, documentId: string) =>
    app.strapi.db.query(`plugin::sms-channel.${type}`).findOne({ where: { documentId } });

  beforeAll(async () => {
    app = await startTestApp();
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app.stop();
  });

  describe('names and descriptions refuse control and text-direction characters', () => {
    let accountId: string;
    let numberId: string;
    let workstreamId: string;
    let nextNumber = 100;

    beforeAll(async () => {
      accountId = (await createAccountViaApi(api)).documentId;
      numberId = (await addNumberViaApi(api, accountId, '14255550001')).documentId;
      workstreamId = (await api.post('/sms-channel/workstreams', { name: 'Support' })).body.data.documentId;
    });

    it.each(UNWANTED)(
      '%j in any of them is a 400 naming the field and the character: %s',
      async (bad, shown) => {
        const text = `Support ${bad}line`;
        const named = shown.replace('+', '\\+');
        const before = { accounts: await count('account'), numbers: await count('number') };
        const workstreams = await count('workstream');
        const cases: [() => Promise<Response>, string, RegExp][] = [
          [
            () => api.post('/sms-channel/accounts', { name: text, ...newCredentials() }),
            'name',
            new RegExp(`^The account name contains the ${named}.* Remove it\\.$`),
          ],
          [
            () => api.put(`/sms-channel/accounts/${accountId}`, { name: text }),
            'name',
            new RegExp(`^The account name contains the ${named}`),
          ],
          [
            () =>
              api.post(`/sms-channel/accounts/${accountId}/numbers`, {
                number: `14255550${nextNumber++}`,
                type: 'geo',
                description: text,
              }),
            'description',
            new RegExp(`^The description contains the ${named}`),
          ],
          [
            () => api.put(`/sms-channel/numbers/${numberId}`, { description: text }),
            'description',
            new RegExp(`^The description contains the ${named}`),
          ],
          [
            () => api.post('/sms-channel/workstreams', { name: text }),
            'name',
            new RegExp(`^The workstream name contains the ${named}`),
          ],
          [
            () => api.put(`/sms-channel/workstreams/${workstreamId}`, { name: text }),
            'name',
            new RegExp(`^The workstream name contains the ${named}`),
          ],
        ];
        for (const [call, field, message] of cases) expectRefused(await call(), [field], message);

        expect({ accounts: await count('account'), numbers: await count('number') }).toEqual(before);
        expect(await count('workstream')).toBe(workstreams);
        expect((await row('account', accountId)).name).toBe('Support line');
        expect((await row('number', numberId)).description).toBeNull();
        expect((await row('workstream', workstreamId)).name).toBe('Support');
      },
    );

    it('accepts any visible text: accents, other scripts, symbols, emoji', async () => {
      const name = 'Café ☕ 고객 지원 (東京) — 24/7 😀';
      const account = await api.post('/sms-channel/accounts', { name, ...newCredentials() });
      expect(account.status).toBe(201);
      expect(account.body.data.name).toBe(name);
      const number = await api.put(`/sms-channel/numbers/${numberId}`, { description: name });
      expect(number.body.data.description).toBe(name);
      const workstream = await api.post('/sms-channel/workstreams', { name });
      expect(workstream.body.data.name).toBe(name);
    });
  });

  describe('the API key must be as long as a TeleSign key can be', () => {
    it.each([
      ['3 bytes', 'YWJj'],
      ['15 bytes', keyOf(15)],
    ])('a key of %s is a 400 saying it is too short', async (_case, apiKey) => {
      const before = await count('account');
      const response = await api.post('/sms-channel/accounts', {
        name: 'Short',
        ...newCredentials(),
        apiKey,
      });
      expectRefused(response, ['apiKey'], /too short for a TeleSign API key.*Copy the whole key/);
      expect(await count('account')).toBe(before);

      const account = await createAccountViaApi(api);
      const stored = await row('account', account.documentId);
      expectRefused(
        await api.put(`/sms-channel/accounts/${account.documentId}`, { apiKey }),
        ['apiKey'],
        /too short for a TeleSign API key/,
      );
      expect(await row('account', account.documentId)).toEqual(stored);
    });

    it.each([
      ['a key of 16 bytes, the floor', keyOf(16)],
      ['a key of 55 bytes, as TeleSign’s example key', keyOf(55)],
      ['a key of 64 bytes, as real keys', keyOf(64)],
      ['the simulator’s key', DEFAULT_CONFIG.defaultCustomer.apiKey],
    ])('%s is accepted', async (_case, apiKey) => {
      const response = await api.post('/sms-channel/accounts', { name: 'Key', ...newCredentials(), apiKey });
      expect(response.status).toBe(201);
    });
  });

  describe('numberIds is bounded', () => {
    it.each([501, 40_000])('%d ids is one 400 saying the limit, not a 500', async (size) => {
      const numberIds = Array.from({ length: size }, (_, index) => `id${index}`);
      const before = await count('workstream');
      const response = await api.post('/sms-channel/workstreams', { name: 'Many', numberIds });
      expectRefused(response, ['numberIds'], /^numberIds can list at most 500 numbers; put the others/);
      expect(await count('workstream')).toBe(before);

      const workstream = (await api.post('/sms-channel/workstreams', { name: 'Few' })).body.data;
      expectRefused(
        await api.put(`/sms-channel/workstreams/${workstream.documentId}`, { numberIds }),
        ['numberIds'],
        /at most 500 numbers/,
      );
    });

    it('500 ids get past the bound and are looked up', async () => {
      const numberIds = Array.from({ length: 500 }, (_, index) => `nosuchnumber${index}`);
      const response = await api.post('/sms-channel/workstreams', { name: 'Many', numberIds });
      expect(response.status).toBe(400);
      expect(response.body.error.details.errors).toHaveLength(500);
      expect(response.body.error.details.errors[499]).toMatchObject({
        path: ['numberIds', '499'],
        message: expect.stringMatching(/^No number has the id "nosuchnumber499"/),
      });
    });

    it('an id far longer than any documentId is a 400', async () => {
      const response = await api.post('/sms-channel/workstreams', {
        name: 'Long',
        numberIds: ['x'.repeat(65)],
      });
      expectRefused(response, ['numberIds', 0], /must be the id \(documentId\) of a number.*at most 64/);
    });
  });

  describe('the API host is bounded', () => {
    it('a host longer than its column is a 400, not a database error', async () => {
      const apiHost = `https://${'a'.repeat(250)}.example.com`;
      const response = await api.post('/sms-channel/accounts', {
        name: 'Long',
        ...newCredentials(),
        apiHost,
      });
      expectRefused(response, ['apiHost'], /^The API host can be at most 255 characters\.$/);
    });
  });

  describe('what a host answers to a verification is bounded before it is stored', () => {
    let server: http.Server;
    let answer: (res: http.ServerResponse) => void;

    beforeAll(async () => {
      server = http.createServer((_req, res) => answer(res));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    });

    afterAll(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('a TeleSign error with a huge description full of control characters', async () => {
      const description = `Invalid API key\u0000\u202E ${'x'.repeat(60_000)}`;
      answer = (res) => {
        res.writeHead(401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ status: { code: 10022, description } }));
      };
      const apiHost = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const account = await createAccountViaApi(api, { apiHost });
      const response = await api.post(`/sms-channel/accounts/${account.documentId}/verify`);
      expect(response.status).toBe(200);
      const { verification } = response.body.data;
      expect(verification.status).toBe('invalid-api-key');
      expect(Array.from(verification.detail as string).length).toBeLessThanOrEqual(500);
      expect(verification.detail).toMatch(
        /^TeleSign refused the API key \(10022 Invalid API key {3}x+… \[cut\]\): it is wrong or belongs to another customer ID\. Copy the API key/,
      );
      expect((await row('account', account.documentId)).verificationDetail).toBe(verification.detail);
    });
  });
});
