import { randomBytes } from 'node:crypto';
import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin } from '../harness/admin-users';
import {
  addFault,
  inboundBody,
  newCustomerNumber,
  pipelineEnv,
  postSignedCallback,
  referenceId,
  setUpChannel,
  simulatorMessages,
  simulatorSendRequests,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi, type AdminApi } from '../harness/setup-api';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

interface MessageView {
  documentId: string;
  status: string;
  attempts: number;
  lastError: string | null;
  providerStatusCode: number | null;
  providerStatusDescription: string | null;
  canRetry: boolean;
  encoding: string;
  segments: number;
}

const TIMEOUT_MS = 1_500;

describe('outbound SMS: sent once, retried when safe, never resent blindly', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let api: AdminApi;

  /** A conversation with a new customer, opened by their text; returns its documentId. */
  const conversationWith = async (customer: string): Promise<string> => {
    const reference = referenceId();
    await postSignedCallback(
      app,
      channel.account,
      inboundBody({ referenceId: reference, from: customer, to: channel.businessNumber, text: 'Hi' }),
    );
    return waitFor('the conversation', async () => {
      const list = await api.get(`/sms-channel/conversations?q=${customer}`);
      return list.body.data?.[0]?.documentId as string | undefined;
    });
  };
  const reply = async (conversationId: string, body: string): Promise<MessageView> => {
    const response = await api.post(`/sms-channel/conversations/${conversationId}/messages`, { body });
    expect(response.status).toBe(201);
    return response.body.data;
  };
  const messageIn = async (conversationId: string, messageId: string): Promise<MessageView> => {
    const detail = await api.get(`/sms-channel/conversations/${conversationId}`);
    return detail.body.data.messages.find((message: MessageView) => message.documentId === messageId);
  };
  const untilStatus = (conversationId: string, messageId: string, status: string) =>
    waitFor(`message ${messageId} to be ${status}`, async () => {
      const message = await messageIn(conversationId, messageId);
      return message?.status === status ? message : undefined;
    });
  const postsTo = async (customer: string) =>
    (await simulatorSendRequests(simulator)).filter(
      (entry) =>
        new URLSearchParams((entry as unknown as { body: string }).body).get('phone_number') === customer,
    );

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv({}, TIMEOUT_MS) });
    channel = await setUpChannel(app, simulator);
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterEach(async () => {
    await simulatorControl(simulator, 'DELETE', '/_sim/faults');
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('sends with a changed API key at once, though the sender keeps accounts for a few seconds', async () => {
    const customer = newCustomerNumber();
    const conversationId = await conversationWith(customer);
    const before = await reply(conversationId, 'Before the key change.');
    await untilStatus(conversationId, before.documentId, 'delivered');

    const newKey = randomBytes(64).toString('base64');
    const setKey = async (apiKey: string) => {
      await simulatorControl(simulator, 'PUT', `/_sim/customers/${channel.account.customerId}`, { apiKey });
      expect((await api.put(`/sms-channel/accounts/${channel.account.documentId}`, { apiKey })).status).toBe(
        200,
      );
    };
    await setKey(newKey);
    try {
      const after = await reply(conversationId, 'After the key change.');
      const settled = await waitFor('the second message to be settled', async () => {
        const message = await messageIn(conversationId, after.documentId);
        return message && ['delivered', 'failed'].includes(message.status) ? message : undefined;
      });
      expect(settled).toMatchObject({ status: 'delivered', lastError: null });
      const [, second] = await postsTo(customer);
      expect(second.response).toMatchObject({ status: 200 });
    } finally {
      await setKey(channel.account.apiKey);
    }
  });

  it('retries after a 503 and texts the customer exactly once', async () => {
    const customer = newCustomerNumber();
    const conversationId = await conversationWith(customer);
    await addFault(simulator, { target: 'send', kind: 'http-error', status: 503, times: 1 });

    const queued = await reply(conversationId, 'Your refund is on its way.');
    const sent = await waitFor('the message to be sent', async () => {
      const message = await messageIn(conversationId, queued.documentId);
      return message && ['sent', 'delivered'].includes(message.status) ? message : undefined;
    });
    expect(sent.attempts).toBe(2);
    const delivered = await untilStatus(conversationId, queued.documentId, 'delivered');
    expect(delivered).toMatchObject({ providerStatusCode: 200, lastError: null });
    expect(await postsTo(customer)).toHaveLength(2);
    expect(await simulatorMessages(simulator, customer)).toHaveLength(1);
  });

  it('waits at least the Retry-After of a 429 before trying again', async () => {
    const customer = newCustomerNumber();
    const conversationId = await conversationWith(customer);
    await addFault(simulator, { target: 'send', kind: 'rate-limit', retryAfterSeconds: 2, times: 1 });

    const queued = await reply(conversationId, 'One moment please.');
    await untilStatus(conversationId, queued.documentId, 'delivered');
    const [limited, accepted] = await postsTo(customer);
    expect(limited.response).toMatchObject({ status: 429, code: 10019 });
    expect(accepted.response).toMatchObject({ status: 200 });
    const waitedMs = new Date(accepted.receivedAt).getTime() - new Date(limited.receivedAt).getTime();
    expect(waitedMs).toBeGreaterThanOrEqual(1_950);
    expect(await simulatorMessages(simulator, customer)).toHaveLength(1);
  });

  it('fails at once, with TeleSign’s reason, when TeleSign refuses the number (400)', async () => {
    // Callbacks no longer bring such a number in (it is set aside); a conversation stored before
    // that, or one TeleSign judges differently from the plugin, still meets TeleSign's refusal.
    const invalid = '0123456';
    const { documentId: conversationId } = (await app.strapi.db
      .query('plugin::sms-channel.conversation')
      .create({
        data: {
          customerNumber: invalid,
          businessNumber: channel.businessNumber,
          openPairKey: `${invalid}:${channel.businessNumber}`,
          status: 'open',
          workstream: channel.workstream?.id ?? null,
          openedAt: new Date(),
        },
      })) as { documentId: string };
    const queued = await reply(conversationId, 'Hello');
    const failed = await untilStatus(conversationId, queued.documentId, 'failed');
    expect(failed).toMatchObject({ attempts: 1, providerStatusCode: 11000, canRetry: true });
    expect(failed.lastError).toMatch(/TeleSign refused the message: 11000 .*\(HTTP 400\).*customer's number/);
    expect(await postsTo(invalid)).toHaveLength(1);
  });

  it('gives up after the configured attempts, then an agent’s retry sends it once', async () => {
    const customer = newCustomerNumber();
    const conversationId = await conversationWith(customer);
    await addFault(simulator, { target: 'send', kind: 'http-error', status: 503, times: 4 });

    const queued = await reply(conversationId, 'Checking on it now.');
    const failed = await untilStatus(conversationId, queued.documentId, 'failed');
    expect(failed).toMatchObject({ attempts: 4, providerStatusCode: 10000, canRetry: true });
    expect(failed.lastError).toMatch(
      /Gave up after 4 attempts: TeleSign answered 10000 .*\(HTTP 503\) each time/,
    );
    expect(await simulatorMessages(simulator, customer)).toHaveLength(0);

    const retried = await api.post(`/sms-channel/messages/${queued.documentId}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    const again = await api.post(`/sms-channel/messages/${queued.documentId}/retry`);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toMatch(/Only a failed message can be retried/);

    await untilStatus(conversationId, queued.documentId, 'delivered');
    const received = await simulatorMessages(simulator, customer);
    expect(received).toHaveLength(1);
    expect(received[0].externalId).toMatch(new RegExp(`^${queued.documentId}-`));
    expect(await postsTo(customer)).toHaveLength(5);
  });

  it('does not resend after a timeout: the message is unknown until TeleSign’s report settles it', async () => {
    const customer = newCustomerNumber();
    const conversationId = await conversationWith(customer);
    // TeleSign takes the SMS but answers after the client has given up.
    await addFault(simulator, { target: 'send', kind: 'latency', delayMs: TIMEOUT_MS + 1_500, times: 1 });

    const queued = await reply(conversationId, 'Are you still there?');
    const unknown = await untilStatus(conversationId, queued.documentId, 'unknown');
    expect(unknown.lastError).toMatch(/may or may not have gone out. It is not sent again automatically/);

    const delivered = await untilStatus(conversationId, queued.documentId, 'delivered');
    expect(delivered).toMatchObject({ attempts: 1, providerStatusCode: 200, lastError: null });
    expect(await postsTo(customer)).toHaveLength(1);
    expect(await simulatorMessages(simulator, customer)).toHaveLength(1);
  });

  it('refuses a reply over 1,600 characters and stores nothing', async () => {
    const customer = newCustomerNumber();
    const conversationId = await conversationWith(customer);
    const countMessages = () => app.strapi.db.query('plugin::sms-channel.message' as never).count({});
    const before = await countMessages();

    const response = await api.post(`/sms-channel/conversations/${conversationId}/messages`, {
      body: 'a'.repeat(1601),
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ name: 'ValidationError' });
    expect(response.body.error.message).toBe(
      'The message is 1601 characters long; an SMS can be at most 1600. Shorten it by 1 character.',
    );
    expect(response.body.error.details.errors).toEqual([expect.objectContaining({ path: ['body'] })]);
    expect(await countMessages()).toBe(before);

    const longest = await reply(conversationId, '€'.repeat(10) + 'a'.repeat(1590));
    expect(longest).toMatchObject({ encoding: 'gsm-7', segments: 11 });
    const unicode = await reply(conversationId, '안녕하세요');
    expect(unicode).toMatchObject({ encoding: 'ucs-2', segments: 1 });
  });

  it('lets other Strapi code send through the plugin service', async () => {
    const customer = newCustomerNumber();
    const outbound = app.strapi.plugin('sms-channel').service('outbound') as {
      send(input: object): Promise<{ conversationId: string; message: MessageView }>;
    };
    const { conversationId, message } = await outbound.send({
      from: channel.businessNumber,
      to: customer,
      body: 'Your order has shipped.',
    });
    expect(message.status).toBe('queued');
    await untilStatus(conversationId, message.documentId, 'delivered');
    const detail = await api.get(`/sms-channel/conversations/${conversationId}`);
    expect(detail.body.data).toMatchObject({ status: 'waiting', assignee: null, customerNumber: customer });

    await expect(
      outbound.send({ from: channel.businessNumber, to: '+1 555', body: 'x' }),
    ).rejects.toMatchObject({
      name: 'ValidationError',
      message: expect.stringMatching(/digits only/),
    });
    await expect(outbound.send({ from: '14255550999', to: customer, body: 'x' })).rejects.toMatchObject({
      name: 'NotFoundError',
    });
  });
});
