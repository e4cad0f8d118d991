import { randomBytes } from 'node:crypto';
import { signCallbackBody } from '../../server/src/telesign/signing';
import type { RunningSimulator } from '../../simulator/src/server';
import { registerFirstAdmin } from '../browser/harness/admin-api';
import { addFault, inboundBody, pipelineEnv } from '../harness/pipeline';
import { cellText, findSecrets, secretForms } from '../harness/secrets';
import { newCredentials } from '../harness/setup-api';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { dumpTables } from '../harness/sql';
import { createProcessCluster, type ProcessCluster, type StrapiProcess } from '../harness/strapi-processes';
import { waitFor } from '../harness/wait';

// docs/reliability.md §7 E1: no TeleSign API key, in any encoding, in any HTTP answer, log line or
// database cell, after every admin route and the failure paths most likely to print one.
const BUSINESS_NUMBER = '14255550171';
const MISTYPED_BUSINESS_NUMBER = '14255550172';
const CUSTOMER = '15553040001';
const OTHER_CUSTOMER = '15553040002';
// Floors that keep the sweep from passing on too little material.
const MIN_RESPONSES = 40;
const MIN_LOG_LINES = 40;
const MIN_CELLS = 2_000;
const MIN_PLUGIN_CELLS = 200;

interface Exchange {
  what: string;
  /** Status line, headers and body, as the client received them. */
  text: string;
}

/** The parts of the admin API's answers this test reads. */
interface Entry {
  documentId: string;
}
type AccountView = Entry & { callbackUrl: string; apiKeyLast4: string; verification: { status: string } };
type MessageView = Entry & { body: string; status: string };

interface Answer<Data> {
  status: number;
  data: Data;
}

describe('E1 secret sweep: API keys in no response, log line or database cell', () => {
  // The account's key, as TeleSign issues them (64 random bytes, base64); the simulator knows it.
  const account = newCredentials();
  // The same customer with a key TeleSign never issued, as an admin might paste it.
  const mistyped = { customerId: account.customerId, apiKey: randomBytes(64).toString('base64') };
  // The key of the account the process is seeded with, before any admin call.
  const seeded = newCredentials();

  let simulator: RunningSimulator;
  let cluster: ProcessCluster;
  let strapi: StrapiProcess;
  let authorization: string;
  const exchanges: Exchange[] = [];

  const call = async <Data = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    { body, headers = {} }: { body?: string | object; headers?: Record<string, string> } = {},
  ): Promise<Answer<Data>> => {
    const response = await fetch(`${strapi.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', ...headers },
      body: typeof body === 'string' || body === undefined ? body : JSON.stringify(body),
    });
    const text = await response.text();
    const head = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
    exchanges.push({
      what: `${method} ${path} → ${response.status}`,
      text: `HTTP ${response.status} ${response.statusText}\n${head}\n\n${text}`,
    });
    return { status: response.status, data: (JSON.parse(text) as { data: Data }).data };
  };
  const admin = <Data = unknown>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: object) =>
    call<Data>(method, `/sms-channel${path}`, { body, headers: { Authorization: authorization } });

  /** Polls a conversation until one of its messages with `body` reaches a settled state. */
  const settledMessage = (conversationId: string, body: string) =>
    waitFor(`"${body}" to be sent or to fail`, async () => {
      const { data } = await admin<{ messages: MessageView[] }>('GET', `/conversations/${conversationId}`);
      const message = data.messages.find((candidate) => candidate.body === body);
      return message && ['sent', 'delivered', 'failed'].includes(message.status) ? message : undefined;
    });

  beforeAll(async () => {
    simulator = await startTestSimulator();
    const created = await simulatorControl(simulator, 'POST', '/_sim/customers', {
      ...account,
      numbers: [BUSINESS_NUMBER, MISTYPED_BUSINESS_NUMBER],
    });
    if (created.status !== 201) throw new Error(`simulator customer: ${JSON.stringify(created.body)}`);
    cluster = await createProcessCluster({
      seed: {
        account: {
          ...seeded,
          callbackToken: randomBytes(32).toString('base64url'),
          apiHost: simulator.url,
        },
        numbers: [],
      },
      // Debug: the most a deployment would ever print. The process picks its port, so only the
      // path of the callback URL built from the public URL is used.
      env: { ...pipelineEnv(), TEST_LOG_LEVEL: 'debug', SMS_CHANNEL_PUBLIC_URL: 'http://127.0.0.1' },
    });
    strapi = await cluster.start();
    authorization = `Bearer ${(await registerFirstAdmin(strapi.url)).token}`;
  });

  afterAll(async () => {
    await cluster?.dispose();
    await simulator?.close();
  });

  it('drives every admin route, the callback route and the failure paths', async () => {
    const created = await admin<AccountView>('POST', '/accounts', {
      name: 'Support line',
      ...account,
      apiHost: simulator.url,
    });
    expect(created.status).toBe(201);
    const { documentId: accountId, callbackUrl, apiKeyLast4 } = created.data;
    expect(apiKeyLast4).toBe(account.apiKey.slice(-4));

    // Refused input that carries the key: the error must not echo it back.
    const refusedInputs = [
      { name: 'Typo', ...account, apiKey: `${account.apiKey}#` },
      { name: 'Typo', ...account, customerId: 'not-a-guid' },
      { name: 'Typo', ...account, secret: account.apiKey },
    ];
    for (const input of refusedInputs) expect((await admin('POST', '/accounts', input)).status).toBe(400);
    expect(
      (await admin('PUT', `/accounts/${accountId}`, { apiKey: account.apiKey.slice(0, -2) })).status,
    ).toBe(400);

    expect((await admin('GET', '/accounts')).status).toBe(200);
    expect((await admin('GET', `/accounts/${accountId}`)).status).toBe(200);
    expect((await admin('PUT', `/accounts/${accountId}`, { name: 'Support' })).status).toBe(200);
    expect((await admin('PUT', `/accounts/${accountId}`, { apiKey: account.apiKey })).status).toBe(200);
    const verified = await admin<AccountView>('POST', `/accounts/${accountId}/verify`);
    expect(verified.data.verification.status).toBe('valid');

    const number = await admin<Entry>('POST', `/accounts/${accountId}/numbers`, {
      number: BUSINESS_NUMBER,
      type: 'geo',
    });
    expect(number.status).toBe(201);
    expect((await admin('GET', `/accounts/${accountId}/numbers`)).status).toBe(200);
    expect((await admin('GET', '/numbers')).status).toBe(200);
    const workstream = await admin<Entry>('POST', '/workstreams', {
      name: 'Support',
      numberIds: [number.data.documentId],
    });
    expect(workstream.status).toBe(201);
    expect((await admin('GET', '/workstreams')).status).toBe(200);
    expect((await admin('GET', '/workstreams/options')).status).toBe(200);
    expect((await admin('GET', `/workstreams/${workstream.data.documentId}`)).status).toBe(200);
    expect(
      (await admin('PUT', `/workstreams/${workstream.data.documentId}`, { autoCloseAfterHours: 24 })).status,
    ).toBe(200);

    // The customer texts in: the simulator signs the callback with the key, as TeleSign does.
    const callbackPath = new URL(callbackUrl).pathname;
    await simulatorControl(simulator, 'PUT', `/_sim/customers/${account.customerId}`, {
      callbackUrl: `${strapi.url}${callbackPath}`,
    });
    const inbound = await simulatorControl<{ delivered: boolean }>(simulator, 'POST', '/_sim/inbound', {
      from: CUSTOMER,
      to: BUSINESS_NUMBER,
      text: 'My order has not arrived',
    });
    expect(inbound.body.delivered).toBe(true);
    const conversationId = await waitFor('the inbound SMS to open a conversation', async () => {
      const { data } = await admin<Entry[]>('GET', '/conversations');
      return data[0]?.documentId;
    });
    expect((await admin('GET', '/conversations/updates')).status).toBe(200);
    expect((await admin('GET', '/agents')).status).toBe(200);
    expect((await admin('POST', `/conversations/${conversationId}/accept`)).status).toBe(200);
    expect(
      (await admin('POST', `/conversations/${conversationId}/messages`, { body: 'On its way' })).status,
    ).toBe(201);
    expect((await settledMessage(conversationId, 'On its way')).status).not.toBe('failed');

    // A send that fails: TeleSign unavailable for every attempt; then retried by the agent.
    await addFault(simulator, { kind: 'http-error', status: 503, target: 'send', times: 4 });
    expect(
      (await admin('POST', `/conversations/${conversationId}/messages`, { body: 'Tracking link' })).status,
    ).toBe(201);
    const failed = await settledMessage(conversationId, 'Tracking link');
    expect(failed.status).toBe('failed');
    expect((await admin('POST', `/messages/${failed.documentId}/retry`)).status).toBe(200);

    // The callback route, signed with the key and forged.
    const body = inboundBody({ from: CUSTOMER, to: BUSINESS_NUMBER, text: 'Thanks' });
    const tsa = (apiKey: string, customerId = account.customerId) => ({
      Authorization: `TSA ${customerId}:${signCallbackBody(apiKey, body)}`,
    });
    expect((await call('POST', callbackPath, { body, headers: tsa(account.apiKey) })).status).toBe(200);
    expect((await call('POST', callbackPath, { body, headers: tsa(mistyped.apiKey) })).status).toBe(401);
    expect(
      (await call('POST', callbackPath, { body, headers: tsa(account.apiKey, seeded.customerId) })).status,
    ).toBe(401);
    expect((await call('POST', callbackPath, { body })).status).toBe(401);
    expect((await call('POST', `${callbackPath}x`, { body, headers: tsa(account.apiKey) })).status).toBe(404);
    // Correctly signed, but not JSON: the signature is checked first, then the body is judged.
    const broken = '{"a":';
    const signedBroken = {
      Authorization: `TSA ${account.customerId}:${signCallbackBody(account.apiKey, broken)}`,
    };
    expect((await call('POST', callbackPath, { body: broken, headers: signedBroken })).status).toBe(400);

    // A mistyped key: TeleSign refuses it when verifying and when sending.
    const typo = await admin<Entry>('POST', '/accounts', {
      name: 'Typo',
      ...mistyped,
      apiHost: simulator.url,
    });
    expect(typo.status).toBe(201);
    const typoId = typo.data.documentId;
    expect((await admin<AccountView>('POST', `/accounts/${typoId}/verify`)).data.verification.status).toBe(
      'invalid-api-key',
    );
    const typoNumber = await admin<Entry>('POST', `/accounts/${typoId}/numbers`, {
      number: MISTYPED_BUSINESS_NUMBER,
      type: 'geo',
    });
    const started = await admin<Entry>('POST', '/conversations', {
      numberId: typoNumber.data.documentId,
      to: OTHER_CUSTOMER,
      body: 'Hello from the typo',
    });
    expect(started.status).toBe(201);
    expect((await settledMessage(started.data.documentId, 'Hello from the typo')).status).toBe('failed');
    expect((await admin('POST', `/accounts/${typoId}/callback-token`)).status).toBe(200);

    // A host that does not answer.
    const offline = await admin<Entry>('POST', '/accounts', {
      name: 'Offline',
      ...account,
      apiHost: 'http://127.0.0.1:9',
    });
    const offlineId = offline.data.documentId;
    expect((await admin<AccountView>('POST', `/accounts/${offlineId}/verify`)).data.verification.status).toBe(
      'unreachable',
    );
    expect((await admin('DELETE', `/accounts/${offlineId}`)).status).toBe(200);

    expect((await admin('GET', '/health')).status).toBe(200);
  });

  it(`finds no key in ≥ ${MIN_RESPONSES} responses, ≥ ${MIN_LOG_LINES} log lines and ≥ ${MIN_CELLS} database cells`, async () => {
    const forms = [
      ...secretForms('account key', account.customerId, account.apiKey),
      ...secretForms('mistyped key', mistyped.customerId, mistyped.apiKey),
      ...secretForms('seeded key', seeded.customerId, seeded.apiKey),
    ];
    // The search finds a key where one is: the simulator's own record of the customer.
    const known = await simulatorControl(simulator, 'GET', `/_sim/customers/${account.customerId}`);
    expect(findSecrets(JSON.stringify(known.body), forms)).toContain('account key: API key');

    const dump = await dumpTables(cluster.database);
    const cells = Object.entries(dump).flatMap(([table, rows]) =>
      rows.flatMap((row, index) =>
        Object.entries(row).map(([column, value]) => ({
          where: `${table} row ${index} ${column}`,
          text: cellText(value),
        })),
      ),
    );
    const logLines = strapi
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');
    const hits = [
      ...exchanges.flatMap(({ what, text }) => findSecrets(text, forms).map((form) => `${what}: ${form}`)),
      ...logLines.flatMap((line, index) =>
        findSecrets(line, forms).map((form) => `log line ${index + 1}: ${form}`),
      ),
      ...cells.flatMap(({ where, text }) => findSecrets(text, forms).map((form) => `${where}: ${form}`)),
    ];

    expect(hits).toEqual([]);
    expect(exchanges.length).toBeGreaterThanOrEqual(MIN_RESPONSES);
    expect(logLines.length).toBeGreaterThanOrEqual(MIN_LOG_LINES);
    expect(cells.length).toBeGreaterThanOrEqual(MIN_CELLS);
    expect(cells.filter(({ where }) => where.startsWith('sms_channel_')).length).toBeGreaterThanOrEqual(
      MIN_PLUGIN_CELLS,
    );
    // The keys are in the dump, encrypted: seeded, account and typo (the offline one was deleted).
    expect(dump.sms_channel_accounts.filter((row) => row.api_key_encrypted)).toHaveLength(3);
  });
});
