import type { RunningSimulator } from '../../simulator/src/server';
import type { ConversationEvent } from '../../server/src/conversations/conversation-lifecycle';
import { createSuperAdmin, type AdminSession } from '../harness/admin-users';
import {
  inboundBody,
  newCustomerNumber,
  pipelineEnv,
  postSignedCallback,
  referenceId,
  setUpChannel,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi, type AdminApi } from '../harness/setup-api';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

interface ConversationRow {
  id: number;
  documentId: string;
  status: string;
  workstream: { id: number } | null;
  assignee: { id: number } | null;
}

describe('inbound SMS: durable, deduplicated, threaded', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let admin: AdminSession;
  let api: AdminApi;

  const db = (name: string) => app.strapi.db.query(`plugin::sms-channel.${name}` as never);
  const conversationsOf = async (customer: string): Promise<ConversationRow[]> =>
    (await db('conversation').findMany({
      where: { customerNumber: customer },
      orderBy: { id: 'asc' },
      populate: ['workstream', 'assignee'],
    })) as ConversationRow[];
  const messagesOf = async (customer: string) =>
    (await db('message').findMany({
      where: { conversation: { customerNumber: customer } },
      orderBy: { id: 'asc' },
      populate: ['conversation'],
    })) as Array<{
      body: string;
      referenceId: string;
      encoding: string;
      segments: number;
      conversation: { id: number };
    }>;
  const eventOf = (reference: string) =>
    db('callback-event').findOne({ where: { referenceId: reference } }) as Promise<{
      processedAt: string | null;
      outcome: string | null;
      processingError: string | null;
    } | null>;
  const processed = (reference: string) =>
    waitFor(`event ${reference} to be processed`, async () => {
      const event = await eventOf(reference);
      return event?.processedAt ? event : undefined;
    });
  const text = async (from: string, body: string, to = channel.businessNumber) => {
    const reference = referenceId();
    const response = await postSignedCallback(
      app,
      channel.account,
      inboundBody({ referenceId: reference, from, to, text: body }),
    );
    expect(response.status).toBe(200);
    return processed(reference);
  };
  const transition = (documentId: string, event: ConversationEvent) =>
    (
      app.strapi.plugin('sms-channel').service('conversations') as {
        transition(id: string, event: ConversationEvent): Promise<{ status: string }>;
      }
    ).transition(documentId, event);

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv() });
    channel = await setUpChannel(app, simulator);
    admin = await createSuperAdmin(app);
    api = adminApi(app, admin);
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('opens a conversation in the number’s workstream for a customer’s first text', async () => {
    const customer = newCustomerNumber();
    await simulatorControl(simulator, 'POST', '/_sim/inbound', {
      from: customer,
      to: channel.businessNumber,
      text: 'Où est ma commande? 📦',
    });

    const [conversation] = await waitFor('the conversation', async () => {
      const rows = await conversationsOf(customer);
      return rows.length > 0 && (await messagesOf(customer)).length > 0 ? rows : undefined;
    });
    expect(conversation).toMatchObject({
      status: 'open',
      workstream: { id: channel.workstream?.id },
      assignee: null,
    });
    const [message] = await messagesOf(customer);
    expect(message).toMatchObject({ body: 'Où est ma commande? 📦', encoding: 'ucs-2', segments: 1 });
    expect(await eventOf(message.referenceId)).toMatchObject({ outcome: 'applied', processingError: null });

    const detail = await api.get(`/sms-channel/conversations/${conversation.documentId}`);
    expect(detail.body.data).toMatchObject({
      status: 'open',
      lastMessagePreview: 'Où est ma commande? 📦',
      lastInboundAt: expect.any(String),
      consent: { state: null, canSend: true },
      messages: [
        expect.objectContaining({
          direction: 'inbound',
          status: 'received',
          providerStatusCode: 1500,
          sentBy: null,
        }),
      ],
    });
  });

  it('stores and threads one SMS once when TeleSign delivers it five times at once', async () => {
    const customer = newCustomerNumber();
    const reference = referenceId();
    const body = inboundBody({
      referenceId: reference,
      from: customer,
      to: channel.businessNumber,
      text: 'Hello?',
    });

    const answers = await Promise.all(
      Array.from({ length: 5 }, () => postSignedCallback(app, channel.account, body)),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200]);
    expect(answers.filter((answer) => answer.body.duplicate === false)).toHaveLength(1);

    await processed(reference);
    expect(await db('callback-event').count({ where: { referenceId: reference } })).toBe(1);
    expect(await messagesOf(customer)).toHaveLength(1);
    expect(await conversationsOf(customer)).toHaveLength(1);
  });

  it('opens exactly one conversation when a new customer’s texts arrive at the same time', async () => {
    const customer = newCustomerNumber();
    const references = Array.from({ length: 8 }, () => referenceId());
    const answers = await Promise.all(
      references.map((reference, index) =>
        postSignedCallback(
          app,
          channel.account,
          inboundBody({
            referenceId: reference,
            from: customer,
            to: channel.businessNumber,
            text: `Part ${index + 1}`,
          }),
        ),
      ),
    );
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    await Promise.all(references.map(processed));

    const conversations = await conversationsOf(customer);
    expect(conversations).toHaveLength(1);
    const messages = await messagesOf(customer);
    expect(messages).toHaveLength(8);
    expect(new Set(messages.map((message) => message.conversation.id))).toEqual(
      new Set([conversations[0].id]),
    );
    expect(messages.map((message) => message.body).sort()).toEqual(
      references.map((_, index) => `Part ${index + 1}`).sort(),
    );
  });

  it('brings a waiting conversation back to active, with the same agent, when the customer writes', async () => {
    const customer = newCustomerNumber();
    await text(customer, 'I need help');
    const [conversation] = await conversationsOf(customer);
    await transition(conversation.documentId, { type: 'accept', agentId: admin.userId });
    expect(await transition(conversation.documentId, { type: 'close-session' })).toMatchObject({
      status: 'waiting',
    });

    await text(customer, 'Me again');
    const [after] = await conversationsOf(customer);
    expect(after).toMatchObject({ id: conversation.id, status: 'active', assignee: { id: admin.userId } });
  });

  it('never reopens a closed conversation: the customer’s next text starts a new one', async () => {
    const customer = newCustomerNumber();
    await text(customer, 'Question one');
    const [first] = await conversationsOf(customer);
    await transition(first.documentId, { type: 'accept', agentId: admin.userId });
    await transition(first.documentId, { type: 'end' });
    expect(await transition(first.documentId, { type: 'resolve' })).toMatchObject({ status: 'closed' });

    await text(customer, 'Question two');
    const conversations = await conversationsOf(customer);
    expect(conversations.map((row) => row.status)).toEqual(['closed', 'open']);
    expect(conversations[1].assignee).toBeNull();
    const closedDetail = await api.get(`/sms-channel/conversations/${first.documentId}`);
    expect(closedDetail.body.data.messages.map((message: { body: string }) => message.body)).toEqual([
      'Question one',
    ]);
  });

  it('keeps an SMS to a number without a workstream, and reports it', async () => {
    const orphan = await setUpChannel(app, simulator, { businessNumber: '14255550142', workstream: false });
    const customer = newCustomerNumber();
    const reference = referenceId();
    await postSignedCallback(
      app,
      orphan.account,
      inboundBody({ referenceId: reference, from: customer, to: orphan.businessNumber, text: 'Anyone?' }),
    );
    const event = await processed(reference);
    expect(event.outcome).toBe('unroutable');
    expect(event.processingError).toMatch(/in no workstream/);
    const [conversation] = await conversationsOf(customer);
    expect(conversation).toMatchObject({ status: 'open', workstream: null });
    expect(await messagesOf(customer)).toHaveLength(1);

    const health = await api.get('/sms-channel/health');
    expect(health.body.data.conversationsWithoutWorkstream).toBeGreaterThanOrEqual(1);
    expect(health.body.data.callbacks.notProcessable.unroutable).toBeGreaterThanOrEqual(1);
  });

  it('sets aside an SMS to a number that is not one of the account’s, storing the event only', async () => {
    const customer = newCustomerNumber();
    const reference = referenceId();
    await postSignedCallback(
      app,
      channel.account,
      inboundBody({ referenceId: reference, from: customer, to: '14255550199', text: 'Hello' }),
    );
    const event = await processed(reference);
    expect(event).toMatchObject({ outcome: 'other-account' });
    expect(event.processingError).toMatch(/14255550199 is not a number of the account/);
    expect(await conversationsOf(customer)).toEqual([]);
  });

  it('keeps a signed callback it cannot interpret and counts it in the health report', async () => {
    const before = (await api.get('/sms-channel/health')).body.data.callbacks.notProcessable.unsupported;
    const body = JSON.stringify({
      reference_id: referenceId(),
      sub_resource: 'mo_rcs',
      status: { code: 1500, description: 'x' },
    });
    expect((await postSignedCallback(app, channel.account, body)).status).toBe(200);
    await waitFor('the unsupported event to be set aside', async () => {
      const health = await api.get('/sms-channel/health');
      return health.body.data.callbacks.notProcessable.unsupported === before + 1 ? true : undefined;
    });
  });

  it('stores a text containing NUL characters without them', async () => {
    const customer = newCustomerNumber();
    await text(customer, 'a\u0000b');
    expect(await messagesOf(customer)).toEqual([expect.objectContaining({ body: 'ab' })]);
  });
});
