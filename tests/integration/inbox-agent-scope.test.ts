import { ACTIONS } from '../../shared/contracts/permissions/actions';
import type { RunningSimulator } from '../../simulator/src/server';
import { createAdminWithActions, type AdminSession } from '../harness/admin-users';
import { textFromCustomer } from '../harness/inbox';
import {
  insertOutboundMessage,
  newCustomerNumber,
  pipelineEnv,
  setUpChannel,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';

/**
 * What inbox-reply lets an agent write, whichever way the message comes: a reply, a conversation
 * started with a customer who already has one, a failed message sent again. Someone else's
 * conversation needs inbox-manage (403 naming them), a closed one takes nothing (409), and one
 * nobody has becomes the writer's, so a second agent cannot write beside them unnoticed.
 */
describe('the conversations an agent may write in', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  /** Ann and Ben may reply; Mia may also manage. */
  let ann: AdminSession;
  let ben: AdminSession;
  let mia: AdminSession;

  const nameOf = (session: AdminSession): string =>
    session === ann ? 'Ann Tester' : session === ben ? 'Ben Tester' : 'Mia Tester';
  const assignedTo = (session: AdminSession) =>
    new RegExp(
      `^This conversation is assigned to ${nameOf(session)}\\. Only they, or someone whose role grants ` +
        `"Assign and reopen conversations, and work on other agents' conversations", can act on it`,
    );

  const reply = (session: AdminSession, id: string, body = 'We are on it.') =>
    adminApi(app, session).post(`/sms-channel/conversations/${id}/messages`, { body });
  const start = (session: AdminSession, to: string, body = 'Hello from support') =>
    adminApi(app, session).post('/sms-channel/conversations', {
      numberId: channel.number.documentId,
      to,
      body,
    });
  const retry = (session: AdminSession, messageId: string) =>
    adminApi(app, session).post(`/sms-channel/messages/${messageId}/retry`);
  const act = (session: AdminSession, id: string, action: 'accept' | 'end') =>
    adminApi(app, session).post(`/sms-channel/conversations/${id}/${action}`);

  /** A customer's first text: an open conversation nobody has. */
  const openConversation = async (customer = newCustomerNumber()) => ({
    customer,
    id: await textFromCustomer(app, simulator, {
      from: customer,
      to: channel.businessNumber,
      text: 'Hello, I need help',
    }),
  });
  const acceptedBy = async (session: AdminSession) => {
    const conversation = await openConversation();
    expect((await act(session, conversation.id, 'accept')).status).toBe(200);
    return conversation;
  };
  /** An active conversation left without an agent: the admin user who had it was deleted. */
  const agentDeleted = async () => {
    const dee = await createAdminWithActions(app, [ACTIONS.inboxRead, ACTIONS.inboxReply], 'Dee');
    const conversation = await acceptedBy(dee);
    await (app.strapi.service('admin::user') as { deleteById(id: number): Promise<unknown> }).deleteById(
      dee.userId,
    );
    expect(await conversationRow(conversation.id)).toMatchObject({ status: 'active', assignee: null });
    return conversation;
  };
  const conversationRow = (documentId: string) =>
    app.strapi.db.query('plugin::sms-channel.conversation' as never).findOne({
      where: { documentId },
      populate: { assignee: { select: ['id'] } },
    }) as Promise<{ status: string; assignee: { id: number } | null }>;
  const sentBy = (documentId: string) =>
    app.strapi.db.query('plugin::sms-channel.message' as never).findMany({
      where: { conversation: { documentId }, direction: 'outbound' },
      populate: { sentBy: { select: ['id'] } },
    }) as Promise<Array<{ body: string; sentBy: { id: number } | null }>>;
  const messageStatus = async (id: number): Promise<string> =>
    (
      (await app.strapi.db
        .query('plugin::sms-channel.message' as never)
        .findOne({ where: { id }, select: ['status'] })) as { status: string }
    ).status;
  const failedIn = (customer: string) =>
    insertOutboundMessage(app, {
      customerNumber: customer,
      businessNumber: channel.businessNumber,
      status: 'failed',
      referenceId: null,
    });
  const inQueue = async (session: AdminSession, queue: 'open' | 'mine', id: string): Promise<boolean> => {
    const response = await adminApi(app, session).get(`/sms-channel/conversations?queue=${queue}`);
    expect(response.status).toBe(200);
    return (response.body.data as Array<{ documentId: string }>).some((item) => item.documentId === id);
  };

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv() });
    channel = await setUpChannel(app, simulator);
    const replier = [ACTIONS.inboxRead, ACTIONS.inboxReply];
    ann = await createAdminWithActions(app, replier, 'Ann');
    ben = await createAdminWithActions(app, replier, 'Ben');
    mia = await createAdminWithActions(app, [...replier, ACTIONS.inboxManage], 'Mia');
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  describe('replying', () => {
    it('makes an open conversation nobody has the replier’s: active, in their Mine queue', async () => {
      const { id } = await openConversation();
      expect(await inQueue(ann, 'open', id)).toBe(true);
      expect((await reply(ann, id)).status).toBe(201);
      expect(await conversationRow(id)).toMatchObject({ status: 'active', assignee: { id: ann.userId } });
      expect(await inQueue(ann, 'mine', id)).toBe(true);
      expect(await inQueue(ben, 'open', id)).toBe(false);

      const second = await reply(ben, id, 'I can help too');
      expect(second.status).toBe(403);
      expect(second.body.error.message).toMatch(assignedTo(ann));
      expect((await sentBy(id)).map((message) => message.sentBy?.id)).toEqual([ann.userId]);
    });

    it.each([
      ['an open conversation', openConversation],
      ['an active conversation whose agent was deleted', agentDeleted],
    ])('lets exactly one of two agents replying at the same moment have %s', async (_, make) => {
      for (let round = 0; round < 4; round += 1) {
        const { id } = await make();
        const [first, second] = await Promise.all([reply(ann, id, 'Ann here'), reply(ben, id, 'Ben here')]);
        expect([first.status, second.status].sort()).toEqual([201, 403]);
        const winner = first.status === 201 ? ann : ben;
        const loser = first.status === 201 ? second : first;
        expect(loser.body.error.message).toMatch(assignedTo(winner));
        expect(await conversationRow(id)).toMatchObject({
          status: 'active',
          assignee: { id: winner.userId },
        });
        expect((await sentBy(id)).map((message) => message.sentBy?.id)).toEqual([winner.userId]);
      }
    });

    it('leaves someone else’s conversation theirs when a manager replies in it', async () => {
      const { id } = await acceptedBy(ann);
      expect((await reply(mia, id, 'A manager here')).status).toBe(201);
      expect(await conversationRow(id)).toMatchObject({ status: 'active', assignee: { id: ann.userId } });
    });

    it('answers 409 for a closed conversation, saying to start a new one', async () => {
      const { id } = await acceptedBy(ann);
      expect((await act(ann, id, 'end')).status).toBe(200);
      const response = await reply(ann, id, 'Too late?');
      expect(response.status).toBe(409);
      expect(response.body.error.message).toBe(
        'This conversation is closed, so no message can be sent in it. Start a new conversation with the customer instead.',
      );
      expect(await sentBy(id)).toEqual([]);
    });
  });

  describe('starting a conversation with a customer who has one', () => {
    it('refuses to add to someone else’s conversation without inbox-manage, naming its agent', async () => {
      const { id, customer } = await acceptedBy(ann);
      const response = await start(ben, customer, 'Hi, this is Ben');
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(assignedTo(ann));
      expect(await sentBy(id)).toEqual([]);
      expect(await conversationRow(id)).toMatchObject({ status: 'active', assignee: { id: ann.userId } });

      const managed = await start(mia, customer, 'Hi, this is Mia');
      expect(managed.status).toBe(201);
      expect(managed.body.data).toMatchObject({ documentId: id, assignee: { id: ann.userId } });
    });

    it('makes the customer’s open conversation nobody has the starter’s', async () => {
      const { id, customer } = await openConversation();
      const response = await start(ben, customer, 'Hi, Ben from support');
      expect(response.status).toBe(201);
      expect(response.body.data).toMatchObject({
        documentId: id,
        status: 'active',
        assignee: { id: ben.userId },
      });
      expect((await reply(ann, id)).status).toBe(403);
    });

    it('lets exactly one of two agents starting at the same moment have the conversation', async () => {
      for (let round = 0; round < 4; round += 1) {
        const { id, customer } = await openConversation();
        const [first, second] = await Promise.all([start(ann, customer), start(ben, customer)]);
        expect([first.status, second.status].sort()).toEqual([201, 403]);
        const winner = first.status === 201 ? ann : ben;
        expect((first.status === 201 ? second : first).body.error.message).toMatch(assignedTo(winner));
        expect(await conversationRow(id)).toMatchObject({
          status: 'active',
          assignee: { id: winner.userId },
        });
        expect((await sentBy(id)).map((message) => message.sentBy?.id)).toEqual([winner.userId]);
      }
    });
  });

  describe('retrying a failed message', () => {
    it('refuses someone else’s conversation without inbox-manage, naming its agent', async () => {
      const { id, customer } = await acceptedBy(ann);
      const failed = await failedIn(customer);
      const response = await retry(ben, failed.documentId);
      expect(response.status).toBe(403);
      expect(response.body.error.message).toMatch(assignedTo(ann));
      expect(await messageStatus(failed.id)).toBe('failed');

      const managed = await retry(mia, failed.documentId);
      expect(managed.status).toBe(200);
      expect(managed.body.data).toMatchObject({ status: 'queued' });
      expect(await conversationRow(id)).toMatchObject({ status: 'active', assignee: { id: ann.userId } });
    });

    it('answers 409 in a closed conversation, saying to start a new one', async () => {
      const { id, customer } = await acceptedBy(ann);
      const failed = await failedIn(customer);
      expect((await act(ann, id, 'end')).status).toBe(200);
      const response = await retry(ann, failed.documentId);
      expect(response.status).toBe(409);
      expect(response.body.error.message).toBe(
        'This conversation is closed, so no message can be sent in it. Start a new conversation with the customer instead.',
      );
      expect(response.body.error.details).toEqual({
        conversationId: id,
        code: 'conversation.closed',
        values: {},
      });
      expect(await messageStatus(failed.id)).toBe('failed');
    });

    it('makes an open conversation nobody has the retrier’s', async () => {
      const { id, customer } = await openConversation();
      const failed = await failedIn(customer);
      expect((await retry(ben, failed.documentId)).status).toBe(200);
      expect(await conversationRow(id)).toMatchObject({ status: 'active', assignee: { id: ben.userId } });
      expect((await reply(ann, id)).status).toBe(403);
    });
  });
});
