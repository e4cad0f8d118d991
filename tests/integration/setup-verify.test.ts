import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { DEFAULT_CONFIG } from '../../simulator/src/config';
import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin } from '../harness/admin-users';
import { adminApi, createAccountViaApi, newCredentials, type AdminApi } from '../harness/setup-api';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';

const TIMEOUT_MS = 1_000;
const DEMO = {
  customerId: DEFAULT_CONFIG.defaultCustomer.customerId,
  apiKey: DEFAULT_CONFIG.defaultCustomer.apiKey,
};

interface SimCustomer {
  customerId: string;
  apiKey: string;
}

const unusedPort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

describe('setup API: verifying credentials against TeleSign (the simulator)', () => {
  let app: TestApp;
  let api: AdminApi;
  let simulator: RunningSimulator;

  const simCustomer = async (settings: Record<string, unknown>): Promise<SimCustomer> => {
    const { status, body } = await simulatorControl<{ customer: SimCustomer }>(
      simulator,
      'POST',
      '/_sim/customers',
      settings,
    );
    if (status !== 201) throw new Error(`simulator customer not created: ${JSON.stringify(body)}`);
    // Only the credentials: the simulator's own `apiHost` ('standard' | 'enterprise') is not a URL.
    return { customerId: body.customer.customerId, apiKey: body.customer.apiKey };
  };

  /** Creates the account through the API, verifies it, and returns the verify answer. */
  const verify = async (account: { customerId: string; apiKey: string; apiHost?: string }) => {
    const { customerId, apiKey, apiHost = simulator.url } = account;
    const created = await createAccountViaApi(api, { customerId, apiKey, apiHost });
    const response = await api.post(`/sms-channel/accounts/${created.documentId}/verify`);
    expect(response.status).toBe(200);
    expect(response.text).not.toContain(account.apiKey);
    // What was verified is stored on the account, not only returned.
    const stored = await api.get(`/sms-channel/accounts/${created.documentId}`);
    expect(stored.body.data.verification).toEqual(response.body.data.verification);
    return response.body.data.verification as {
      status: string;
      checkedAt: string;
      detail: string;
      code: string;
      values: Record<string, string | number>;
    };
  };

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ env: { SMS_CHANNEL_TELESIGN_TIMEOUT_MS: String(TIMEOUT_MS) } });
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app.stop();
    await simulator.close();
  });

  afterEach(async () => {
    await simulatorControl(simulator, 'DELETE', '/_sim/faults');
  });

  it('valid: TeleSign accepts the customer ID and key, asked with a signed lookup that sends nothing', async () => {
    const started = Date.now();
    const verification = await verify(DEMO);
    expect(verification).toEqual({
      status: 'valid',
      checkedAt: expect.any(String),
      detail: `TeleSign accepted customer ID ${DEMO.customerId} and its API key on ${simulator.url}.`,
      code: 'verification.valid',
      values: { customerId: DEMO.customerId, apiHost: simulator.url },
    });
    expect(Date.parse(verification.checkedAt)).toBeGreaterThanOrEqual(started - 1_000);

    const { body } = await simulatorControl<{
      requests: { method: string; path: string; auth: { outcome: string; scheme: string } }[];
    }>(simulator, 'GET', '/_sim/requests');
    expect(body.requests.at(-1)).toMatchObject({
      method: 'GET',
      path: '/v1/messaging/00000000000000000000000000000000',
      auth: { outcome: 'accepted', scheme: 'tsa' },
    });
    expect(body.requests.filter((request) => request.method === 'POST')).toEqual([]);
  });

  it('invalid customer ID: TeleSign does not know it (10015)', async () => {
    const credentials = newCredentials();
    expect(await verify(credentials)).toMatchObject({
      status: 'invalid-customer-id',
      code: 'verification.invalidCustomerId',
      values: { customerId: credentials.customerId, teleSignCode: '10015' },
      detail: expect.stringMatching(
        new RegExp(
          `^TeleSign does not know customer ID ${credentials.customerId} \\(10015\\)\\. Copy the Customer ID from your TeleSign portal`,
        ),
      ),
    });
  });

  it('invalid API key: a digest signed with the wrong key (10008 Invalid Signature)', async () => {
    const wrongKey = newCredentials().apiKey;
    expect(await verify({ customerId: DEMO.customerId, apiKey: wrongKey })).toMatchObject({
      status: 'invalid-api-key',
      code: 'verification.invalidApiKey',
      values: { said: '10008 Invalid Signature.', customerId: DEMO.customerId },
      detail: expect.stringMatching(
        /^TeleSign refused the API key \(10008 Invalid Signature\.\): it is wrong or belongs to another customer ID\./,
      ),
    });
  });

  it('suspended account (10010)', async () => {
    const customer = await simCustomer({ status: 'suspended' });
    expect(await verify(customer)).toMatchObject({
      status: 'suspended',
      detail: expect.stringMatching(/has suspended customer ID .* \(10010\)\. Contact TeleSign support/),
    });
  });

  it('SMS not enabled (10011)', async () => {
    const customer = await simCustomer({ smsEnabled: false });
    expect(await verify(customer)).toMatchObject({
      status: 'sms-not-enabled',
      detail: expect.stringMatching(
        /^SMS is not enabled for customer ID .* \(10011\)\. Ask TeleSign support/,
      ),
    });
  });

  it('wrong host (10035), then valid on the host the account belongs to', async () => {
    const customer = await simCustomer({ apiHost: 'enterprise' });
    expect(await verify(customer)).toMatchObject({
      status: 'wrong-host',
      code: 'verification.wrongHost',
      values: { customerId: customer.customerId, apiHost: simulator.url, suggestedHost: 'either' },
      detail: expect.stringMatching(
        /does not allow customer ID .* on http:\/\/127\.0\.0\.1:\d+ \(10035\)\. Self-service accounts use https:\/\/rest-api\.telesign\.com and enterprise accounts https:\/\/rest-ww\.telesign\.com/,
      ),
    });
    expect(await verify({ ...customer, apiHost: `${simulator.url}/enterprise` })).toMatchObject({
      status: 'valid',
    });
  });

  // The simulator is not one of TeleSign's hosts, so a refused connection, a silence and a foreign
  // answer get one verdict: telling them apart would map ports (setup-api-host.test.ts).
  const noTeleSignAnswer = (apiHost: string) =>
    `No TeleSign API answered at ${apiHost}: the connection failed, nothing answered within ${TIMEOUT_MS} ms, ` +
    "or what answered is not TeleSign's API. Check the API host (https://, name, port and path) and that this " +
    'server can reach it, then verify again.';

  it('unreachable: nothing listens on the API host (connection refused)', async () => {
    const apiHost = `http://127.0.0.1:${await unusedPort()}`;
    expect(await verify({ ...DEMO, apiHost })).toMatchObject({
      status: 'unreachable',
      code: 'verification.noTeleSignAnswer',
      values: { apiHost, timeoutMs: TIMEOUT_MS },
      detail: noTeleSignAnswer(apiHost),
    });
  });

  it('unreachable: TeleSign does not answer within telesign.requestTimeoutMs (timed out)', async () => {
    await simulatorControl(simulator, 'POST', '/_sim/faults', { kind: 'hang', target: 'status' });
    const started = Date.now();
    const verification = await verify(DEMO);
    const elapsed = Date.now() - started;
    expect(verification).toMatchObject({
      status: 'unreachable',
      detail: noTeleSignAnswer(simulator.url),
    });
    expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 4_000);
  });

  it('error: TeleSign is unavailable (503, 10000)', async () => {
    await simulatorControl(simulator, 'POST', '/_sim/faults', { kind: 'http-error', status: 503 });
    expect(await verify(DEMO)).toMatchObject({
      status: 'error',
      detail: expect.stringMatching(
        /^TeleSign is not available right now \(HTTP 503, 10000 .*\)\. Verify again in a few minutes\./,
      ),
    });
  });

  it('not valid: a host that answers 404 without a TeleSign status is not TeleSign', async () => {
    // The simulator's control API answers its own 404 shape under /_sim.
    expect(await verify({ ...DEMO, apiHost: `${simulator.url}/_sim` })).toMatchObject({
      status: 'unreachable',
      detail: noTeleSignAnswer(`${simulator.url}/_sim`),
    });
  });

  it('error: the stored key cannot be decrypted after the app encryption key changed', async () => {
    const account = await createAccountViaApi(api, { ...DEMO, apiHost: simulator.url });
    const original = app.strapi.config.get('admin.secrets.encryptionKey');
    app.strapi.config.set('admin.secrets.encryptionKey', 'a different key than the one that encrypted it');
    try {
      const response = await api.post(`/sms-channel/accounts/${account.documentId}/verify`);
      expect(response.status).toBe(200);
      expect(response.body.data.verification).toMatchObject({
        status: 'error',
        code: 'verification.apiKeyUndecryptable',
        detail: expect.stringMatching(
          /cannot be decrypted: the app encryption key changed.*Enter the API key again/,
        ),
      });
    } finally {
      app.strapi.config.set('admin.secrets.encryptionKey', original);
    }
  });

  it('answers 404 for an account that does not exist', async () => {
    const response = await api.post('/sms-channel/accounts/nosuchaccount0000000000/verify');
    expect(response.status).toBe(404);
  });
});
