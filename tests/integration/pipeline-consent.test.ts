import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin } from '../harness/admin-users';
import {
  inboundBody,
  insertOutboundMessage,
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

const HELP_TEXT = 'Acme support: reply with your question. Reply STOP to opt out.';

interface Detail {
  documentId: string;
  needsReview: boolean;
  reviewReason: string | null;
  consent: {
    state: string | null;
    canSend: boolean;
    source: string | null;
    changedAt: string | null;
    history: Array<{ state: string; source: string; at: string; detail: string }>;
  };
  messages: Array<{
    documentId: string;
    direction: string;
    body: string;
    status: string;
    automation: string | null;
    lastError: string | null;
  }>;
}

describe('consent: opt-out, opt-in, help, enforced before TeleSign is called', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let api: AdminApi;

  /** The customer texts the business from the simulator's phone; resolves once the plugin has it. */
  const textFromPhone = async (customer: string, text: string): Promise<Detail> => {
    const sent = await simulatorControl<{ referenceId: string; delivered: boolean }>(
      simulator,
      'POST',
      '/_sim/inbound',
      {
        from: customer,
        to: channel.businessNumber,
        text,
      },
    );
    expect(sent.body.delivered).toBe(true);
    return waitFor(`"${text}" in the conversation`, async () => {
      const detail = await conversationOf(customer);
      return detail?.messages.some((message) => message.body === text && message.direction === 'inbound')
        ? detail
        : undefined;
    });
  };
  const conversationOf = async (customer: string): Promise<Detail | undefined> => {
    const list = await api.get(`/sms-channel/conversations?q=${customer}`);
    const item = list.body.data?.[0];
    return item ? (await api.get(`/sms-channel/conversations/${item.documentId}`)).body.data : undefined;
  };
  /** Waits until no message of the conversation is on its way, then returns it. */
  const settled = (customer: string) =>
    waitFor('the conversation to settle', async () => {
      const detail = await conversationOf(customer);
      return detail?.messages.every((message) => !['queued', 'sending', 'sent'].includes(message.status))
        ? detail
        : undefined;
    });
  const automated = (detail: Detail) =>
    detail.messages.filter((message) => message.direction === 'automated');

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv({ messages: { help: HELP_TEXT } }) });
    channel = await setUpChannel(app, simulator);
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('opts the customer out on STOP and confirms once, even when TeleSign repeats the callback', async () => {
    const customer = newCustomerNumber();
    await textFromPhone(customer, 'Hello');
    const stop = await textFromPhone(customer, 'STOP');
    expect(stop.consent).toMatchObject({ state: 'opted-out', canSend: false, source: 'keyword' });
    expect(stop.consent.history).toEqual([
      expect.objectContaining({ state: 'opted-out', source: 'keyword', detail: 'Customer texted "STOP"' }),
    ]);

    const afterStop = await settled(customer);
    expect(automated(afterStop)).toEqual([
      expect.objectContaining({ automation: 'opt-out-confirmation', status: 'delivered' }),
    ]);
    const received = await simulatorMessages(simulator, customer);
    expect(received.map((message) => message.message)).toEqual([
      'You are unsubscribed and will get no more messages from this number. Reply START to subscribe again.',
    ]);

    // TeleSign delivers the same STOP callback again, and the customer sends STOP a second time.
    const callbacks = await simulatorControl<{ callbacks: Array<{ kind: string; body: string }> }>(
      simulator,
      'GET',
      '/_sim/callbacks',
    );
    const stopCallback = callbacks.body.callbacks.find(
      (callback) =>
        callback.kind === 'mo_sms' &&
        JSON.parse(callback.body).user_response.phone_number === customer &&
        JSON.parse(callback.body).user_response.mo_message === 'STOP',
    );
    const repeat = await postSignedCallback(app, channel.account, stopCallback?.body ?? '');
    expect(repeat.body).toMatchObject({ received: true, duplicate: true });
    // The text is shown once processed, and a keyword's reply is queued in that same transaction.
    await textFromPhone(customer, 'Stop.');
    const final = await settled(customer);
    expect(automated(final)).toHaveLength(1);
    expect(await simulatorMessages(simulator, customer)).toHaveLength(1);
    expect(final.consent.history).toHaveLength(1);
  });

  it('refuses replies and new conversations to an opted-out customer before calling TeleSign', async () => {
    const customer = newCustomerNumber();
    await textFromPhone(customer, 'unsubscribe');
    const detail = await settled(customer);
    const postsBefore = (await simulatorSendRequests(simulator)).length;
    const messagesBefore = detail.messages.length;

    const reply = await api.post(`/sms-channel/conversations/${detail.documentId}/messages`, {
      body: 'Wait!',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.name).toBe('ConsentBlockedError');
    expect(reply.body.error.message).toMatch(
      new RegExp(
        `${customer} opted out of messages from ${channel.businessNumber} on ${detail.consent.changedAt}`,
      ),
    );
    expect(reply.body.error.message).toMatch(/texting START/);
    expect(reply.body.error.details.consent).toMatchObject({ state: 'opted-out', source: 'keyword' });

    const start = await api.post('/sms-channel/conversations', {
      numberId: channel.number.documentId,
      to: customer,
      body: 'Hello again',
    });
    expect(start.status).toBe(400);
    expect(start.body.error.name).toBe('ConsentBlockedError');

    const outbound = app.strapi.plugin('sms-channel').service('outbound') as {
      send(input: object): Promise<unknown>;
    };
    await expect(
      outbound.send({ from: channel.businessNumber, to: customer, body: 'x' }),
    ).rejects.toMatchObject({
      name: 'ConsentBlockedError',
    });

    expect((await conversationOf(customer))?.messages).toHaveLength(messagesBefore);
    expect(await simulatorSendRequests(simulator)).toHaveLength(postsBefore);
  });

  it('blocks a queued message whose customer opted out before it was sent, without calling TeleSign', async () => {
    const customer = newCustomerNumber();
    await textFromPhone(customer, 'STOP');
    await settled(customer);
    const postsBefore = (await simulatorSendRequests(simulator)).length;
    const queued = await insertOutboundMessage(app, {
      customerNumber: customer,
      businessNumber: channel.businessNumber,
      status: 'queued',
      attempts: 0,
    });
    const blocked = await waitFor('the message to be blocked', async () => {
      const row = (await app.strapi.db
        .query('plugin::sms-channel.message' as never)
        .findOne({ where: { id: queued.id } })) as { status: string; lastError: string };
      return row.status === 'blocked' ? row : undefined;
    });
    expect(blocked.lastError).toMatch(/^Not sent: .* opted out/);
    expect(await simulatorSendRequests(simulator)).toHaveLength(postsBefore);
  });

  it('blocks exactly the opted-out customers among messages claimed together', async () => {
    const customers = Array.from({ length: 6 }, () => newCustomerNumber());
    const optedOut = customers.filter((_, i) => i % 2 === 0);
    for (const customer of optedOut) await textFromPhone(customer, 'STOP');
    for (const customer of optedOut) await settled(customer);
    const queued = await Promise.all(
      customers.map((customer) =>
        insertOutboundMessage(app, {
          customerNumber: customer,
          businessNumber: channel.businessNumber,
          status: 'queued',
          attempts: 0,
          body: 'Claimed together',
        }),
      ),
    );
    const statuses = await waitFor('every message to be blocked or sent', async () => {
      const rows = (await app.strapi.db.query('plugin::sms-channel.message' as never).findMany({
        where: { id: { $in: queued.map((message) => message.id) } },
      })) as Array<{ id: number; status: string }>;
      const byId = new Map(rows.map((row) => [row.id, row.status]));
      const all = queued.map((message) => byId.get(message.id) ?? 'missing');
      return all.every((status) => ['blocked', 'sent', 'delivered'].includes(status)) ? all : undefined;
    });
    expect(statuses.map((status) => status === 'blocked')).toEqual(customers.map((_, i) => i % 2 === 0));
    // (The opted-out customers did get the confirmation of their STOP, and only that.)
    const posted = (await simulatorSendRequests(simulator))
      .map((request) => new URLSearchParams(request.body))
      .filter((form) => form.get('message') === 'Claimed together')
      .map((form) => form.get('phone_number'));
    expect(posted.sort()).toEqual(customers.filter((_, i) => i % 2 === 1).sort());
  });

  it('opts back in on START, confirms, and keeps both changes in the history', async () => {
    const customer = newCustomerNumber();
    await textFromPhone(customer, 'STOP');
    await settled(customer);
    const start = await textFromPhone(customer, 'Start');
    expect(start.consent).toMatchObject({ state: 'opted-in', canSend: true });
    expect(start.consent.history.map((entry) => [entry.state, entry.source])).toEqual([
      ['opted-out', 'keyword'],
      ['opted-in', 'keyword'],
    ]);
    const detail = await settled(customer);
    expect(automated(detail).map((message) => [message.automation, message.status])).toEqual([
      ['opt-out-confirmation', 'delivered'],
      ['opt-in-confirmation', 'delivered'],
    ]);

    const reply = await api.post(`/sms-channel/conversations/${detail.documentId}/messages`, {
      body: 'Welcome back!',
    });
    expect(reply.status).toBe(201);
  });

  it('answers HELP with the configured text, but not to a customer who opted out', async () => {
    const customer = newCustomerNumber();
    await textFromPhone(customer, 'HELP');
    const helped = await settled(customer);
    expect(automated(helped)).toEqual([
      expect.objectContaining({ automation: 'help', body: HELP_TEXT, status: 'delivered' }),
    ]);

    // TeleSign's keyword handling knows "aide" (French); the plugin trusts it for a one-word text.
    await textFromPhone(customer, 'Aide');
    expect(automated(await settled(customer))).toHaveLength(2);

    await textFromPhone(customer, 'STOP');
    await settled(customer);
    await textFromPhone(customer, 'INFO');
    const after = await settled(customer);
    expect(automated(after).map((message) => message.automation)).toEqual([
      'help',
      'help',
      'opt-out-confirmation',
    ]);
  });

  it('flags a conversation for review when the customer may be asking to opt out, without opting out', async () => {
    const customer = newCustomerNumber();
    const detail = await textFromPhone(customer, 'Stop sending me these please');
    expect(detail).toMatchObject({ needsReview: true, consent: { state: null, canSend: true } });
    expect(detail.reviewReason).toMatch(/"Stop sending me these please": they may want no more messages/);
    expect(automated(await settled(customer))).toEqual([]);
  });

  it('opts the customer out when TeleSign reports 510 for a message', async () => {
    const customer = newCustomerNumber();
    await simulatorControl(simulator, 'PUT', `/_sim/destinations/${customer}`, { outcome: 'opted-out' });
    const outbound = app.strapi.plugin('sms-channel').service('outbound') as {
      send(input: object): Promise<{ conversationId: string }>;
    };
    await outbound.send({
      from: channel.businessNumber,
      to: customer,
      body: 'Your appointment is tomorrow.',
    });
    const detail = await settled(customer);
    expect(detail.messages).toEqual([
      expect.objectContaining({ status: 'failed', lastError: expect.stringMatching(/510 .*opted out/) }),
    ]);
    expect(detail.consent).toMatchObject({ state: 'opted-out', source: 'provider-status', canSend: false });
    expect(detail.consent.history[0].detail).toMatch(/TeleSign delivery report: 510/);

    const reply = await api.post(`/sms-channel/conversations/${detail.documentId}/messages`, {
      body: 'Hello?',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.error.message).toMatch(/as TeleSign reported \(status 510/);
  });

  it('does not act on an opt-out word in the middle of a sentence', async () => {
    const customer = newCustomerNumber();
    const reference = referenceId();
    await postSignedCallback(
      app,
      channel.account,
      inboundBody({
        referenceId: reference,
        from: customer,
        to: channel.businessNumber,
        text: 'Please end my trial',
        action: 'generic',
      }),
    );
    const detail = await waitFor('the message', () => conversationOf(customer));
    expect(detail).toMatchObject({ needsReview: false, consent: { state: null } });
  });
});
