import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { RunningSimulator } from '../../simulator/src/server';
import { ACTIONS } from '../../shared/contracts/permissions/actions';
import type { ConversationEvent } from '../../server/src/conversations/conversation-lifecycle';
import { createAdminWithActions, createSuperAdmin, type AdminSession } from '../harness/admin-users';
import { createAccount } from '../harness/accounts';
import {
  inboundBody,
  insertOutboundMessage,
  newCustomerNumber,
  pipelineEnv,
  postSignedCallback,
  referenceId,
  setUpChannel,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi, type AdminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

interface ListItem {
  documentId: string;
  customerNumber: string;
  status: string;
  assignee: { id: number; name: string } | null;
}

describe('inbox and health admin API', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let admin: AdminSession;
  let api: AdminApi;

  const service = () =>
    app.strapi.plugin('sms-channel').service('conversations') as {
      transition(id: string, event: ConversationEvent): Promise<unknown>;
    };
  /** A conversation opened by the customer's text; returns its documentId. */
  const conversationFrom = async (customer: string, text: string): Promise<string> => {
    const reference = referenceId();
    await postSignedCallback(
      app,
      channel.account,
      inboundBody({ referenceId: reference, from: customer, to: channel.businessNumber, text }),
    );
    return waitFor('the conversation', async () => {
      const row = (await app.strapi.db
        .query('plugin::sms-channel.conversation' as never)
        .findOne({ where: { customerNumber: customer } })) as { documentId: string } | null;
      const processed = await app.strapi.db
        .query('plugin::sms-channel.callback-event' as never)
        .count({ where: { referenceId: reference, processedAt: { $notNull: true } } });
      return processed === 1 ? row?.documentId : undefined;
    });
  };
  const failedMessage = async () =>
    insertOutboundMessage(app, {
      customerNumber: newCustomerNumber(),
      businessNumber: channel.businessNumber,
      status: 'failed',
      referenceId: null,
    });

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

  describe('access control', () => {
    let conversationId: string;
    beforeAll(async () => {
      conversationId = await conversationFrom(newCustomerNumber(), 'RBAC');
    });

    const routes: Array<{
      name: string;
      method: 'get' | 'post';
      path: () => Promise<string> | string;
      body?: () => object;
      granted: string;
      others: string[];
      ok: number;
    }> = [
      {
        name: 'GET /conversations',
        method: 'get',
        path: () => '/sms-channel/conversations',
        granted: ACTIONS.inboxRead,
        others: [ACTIONS.settingsRead, ACTIONS.settingsManage],
        ok: 200,
      },
      {
        name: 'GET /conversations/:id',
        method: 'get',
        path: () => `/sms-channel/conversations/${conversationId}`,
        granted: ACTIONS.inboxRead,
        others: [ACTIONS.settingsRead, ACTIONS.inboxReply],
        ok: 200,
      },
      {
        name: 'POST /conversations',
        method: 'post',
        path: () => '/sms-channel/conversations',
        body: () => ({ numberId: channel.number.documentId, to: newCustomerNumber(), body: 'Hello' }),
        granted: ACTIONS.inboxReply,
        others: [ACTIONS.inboxRead, ACTIONS.inboxManage, ACTIONS.settingsManage],
        ok: 201,
      },
      {
        name: 'POST /conversations/:id/messages',
        method: 'post',
        path: () => `/sms-channel/conversations/${conversationId}/messages`,
        body: () => ({ body: 'A reply' }),
        granted: ACTIONS.inboxReply,
        others: [ACTIONS.inboxRead, ACTIONS.inboxManage],
        ok: 201,
      },
      {
        name: 'POST /messages/:id/retry',
        method: 'post',
        path: async () => `/sms-channel/messages/${(await failedMessage()).documentId}/retry`,
        granted: ACTIONS.inboxReply,
        others: [ACTIONS.inboxRead, ACTIONS.inboxManage],
        ok: 200,
      },
      {
        name: 'GET /health',
        method: 'get',
        path: () => '/sms-channel/health',
        granted: ACTIONS.settingsRead,
        others: [ACTIONS.inboxRead, ACTIONS.inboxReply, ACTIONS.inboxManage],
        ok: 200,
      },
    ];

    it.each(routes)('$name: 401 without a token, 403 without its permission, $ok with it', async (route) => {
      const call = async (session?: AdminSession) => {
        const req = request(app.server)[route.method](await route.path());
        if (session) req.set('Authorization', session.authorization);
        return route.body ? req.send(route.body()) : req;
      };
      expect((await call()).status).toBe(401);
      expect((await call(await createAdminWithActions(app, route.others))).status).toBe(403);
      const allowed = await call(await createAdminWithActions(app, [route.granted]));
      expect({ status: allowed.status, error: allowed.body.error }).toEqual({
        status: route.ok,
        error: undefined,
      });
    });
  });

  describe('GET /conversations', () => {
    const token = `zebra${randomBytes(3).toString('hex')}`;
    let other: AdminSession;
    const ids: Record<'open' | 'mine' | 'theirs' | 'closed', string> = {
      open: '',
      mine: '',
      theirs: '',
      closed: '',
    };
    const customers: Record<keyof typeof ids, string> = { open: '', mine: '', theirs: '', closed: '' };

    beforeAll(async () => {
      other = await createAdminWithActions(app, [ACTIONS.inboxRead, ACTIONS.inboxReply]);
      for (const key of ['closed', 'theirs', 'mine', 'open'] as const) {
        customers[key] = newCustomerNumber();
        ids[key] = await conversationFrom(customers[key], `${key} ${token}`);
      }
      await service().transition(ids.mine, { type: 'accept', agentId: admin.userId });
      await service().transition(ids.theirs, { type: 'accept', agentId: other.userId });
      await service().transition(ids.theirs, { type: 'close-session' });
      await service().transition(ids.closed, { type: 'accept', agentId: admin.userId });
      await service().transition(ids.closed, { type: 'end' });
      await service().transition(ids.closed, { type: 'resolve' });
    });

    const list = async (query: string): Promise<ListItem[]> => {
      const response = await api.get(`/sms-channel/conversations?q=${token}&${query}`);
      expect(response.status).toBe(200);
      return response.body.data;
    };
    const keysOf = (items: ListItem[]) =>
      items.map((item) =>
        (Object.keys(ids) as Array<keyof typeof ids>).find((key) => ids[key] === item.documentId),
      );

    it('lists newest activity first, with the preview and the assignee', async () => {
      const items = await list('');
      expect(keysOf(items)).toEqual(['open', 'mine', 'theirs', 'closed']);
      expect(items[1]).toMatchObject({
        status: 'active',
        assignee: { id: admin.userId, name: 'super Tester' },
      });
      expect(items[0]).toMatchObject({ lastMessagePreview: `open ${token}`, assignee: null });
    });

    it('filters by one or several statuses', async () => {
      expect(keysOf(await list('status=waiting'))).toEqual(['theirs']);
      expect(keysOf(await list('status=open,active'))).toEqual(['open', 'mine']);
    });

    it('filters by assignee: me, none, or a user id', async () => {
      expect(keysOf(await list('assignee=me&status=active'))).toEqual(['mine']);
      expect(keysOf(await list('assignee=none'))).toEqual(['open']);
      expect(keysOf(await list(`assignee=${other.userId}`))).toEqual(['theirs']);
    });

    it('searches the customer number', async () => {
      const response = await api.get(`/sms-channel/conversations?q=${customers.theirs}`);
      expect(response.body.data.map((item: ListItem) => item.documentId)).toEqual([ids.theirs]);
    });

    it('pages with Strapi’s pagination meta', async () => {
      const response = await api.get(`/sms-channel/conversations?q=${token}&page=2&pageSize=3`);
      expect(response.body.meta.pagination).toEqual({ page: 2, pageSize: 3, pageCount: 2, total: 4 });
      expect(response.body.data).toHaveLength(1);
    });

    it('refuses filters it does not understand, saying what is allowed', async () => {
      const status = await api.get('/sms-channel/conversations?status=open,pending');
      expect(status.status).toBe(400);
      expect(status.body.error.message).toMatch(
        /status "pending" is not one of open, active, waiting, wrap-up, closed/,
      );
      const assignee = await api.get('/sms-channel/conversations?assignee=bob');
      expect(assignee.status).toBe(400);
      expect(assignee.body.error.details.errors).toEqual([expect.objectContaining({ path: ['assignee'] })]);
      expect((await api.get('/sms-channel/conversations?pageSize=500')).status).toBe(400);
    });
  });

  describe('POST /conversations and replies', () => {
    it('starts a conversation assigned to the agent, and joins it when the agent writes again', async () => {
      const customer = newCustomerNumber();
      const first = await api.post('/sms-channel/conversations', {
        numberId: channel.number.documentId,
        to: customer,
        body: 'Hello from support',
      });
      expect(first.status).toBe(201);
      expect(first.body.data).toMatchObject({
        customerNumber: customer,
        businessNumber: channel.businessNumber,
        status: 'active',
        assignee: { id: admin.userId },
        workstream: { documentId: channel.workstream?.documentId },
        messages: [
          expect.objectContaining({
            direction: 'outbound',
            body: 'Hello from support',
            sentBy: { id: admin.userId, name: 'super Tester' },
          }),
        ],
        consent: { state: null, canSend: true },
      });
      const second = await api.post('/sms-channel/conversations', {
        numberId: channel.number.documentId,
        to: customer,
        body: 'Following up',
      });
      expect(second.body.data.documentId).toBe(first.body.data.documentId);
      expect(second.body.data.messages).toHaveLength(2);
    });

    it('explains each field of an invalid request and stores nothing', async () => {
      const count = () => app.strapi.db.query('plugin::sms-channel.conversation' as never).count({});
      const before = await count();
      const response = await api.post('/sms-channel/conversations', {
        numberId: channel.number.documentId,
        to: '+1 555 123',
        body: '',
        extra: true,
      });
      expect(response.status).toBe(400);
      const paths = response.body.error.details.errors.map((error: { path: string[] }) =>
        error.path.join('.'),
      );
      expect(paths.sort()).toEqual(['body', 'extra', 'to']);
      expect(
        response.body.error.details.errors.find((error: { path: string[] }) => error.path[0] === 'to')
          .message,
      ).toMatch(/digits only, with the country code/);
      expect(
        (
          await api.post('/sms-channel/conversations', {
            numberId: 'nosuchnumber0000000000',
            to: newCustomerNumber(),
            body: 'x',
          })
        ).status,
      ).toBe(404);
      expect(await count()).toBe(before);
    });

    it('refuses replies to closed or unknown conversations', async () => {
      const customer = newCustomerNumber();
      const id = await conversationFrom(customer, 'Close me');
      await service().transition(id, { type: 'accept', agentId: admin.userId });
      await service().transition(id, { type: 'end' });
      await service().transition(id, { type: 'resolve' });
      const closed = await api.post(`/sms-channel/conversations/${id}/messages`, { body: 'Too late?' });
      expect(closed.status).toBe(409);
      expect(closed.body.error.message).toMatch(/closed.*Start a new conversation/);
      const missing = await api.post('/sms-channel/conversations/nosuchconversation00000/messages', {
        body: 'x',
      });
      expect(missing.status).toBe(404);
      expect((await api.get('/sms-channel/conversations/nosuchconversation00000')).status).toBe(404);
    });

    it('retries only failed messages that were sent from here', async () => {
      expect((await api.post('/sms-channel/messages/nosuchmessage0000000000/retry')).status).toBe(404);
      const customer = newCustomerNumber();
      const id = await conversationFrom(customer, 'Inbound');
      const detail = await api.get(`/sms-channel/conversations/${id}`);
      const inbound = await api.post(
        `/sms-channel/messages/${detail.body.data.messages[0].documentId}/retry`,
      );
      expect(inbound.status).toBe(400);
      expect(inbound.body.error.message).toMatch(/received from the customer/);
    });
  });

  describe('GET /health', () => {
    it('reports each account’s credentials, last callback, last error and queue, without secrets', async () => {
      const failed = await insertOutboundMessage(app, {
        customerNumber: newCustomerNumber(),
        businessNumber: channel.businessNumber,
        status: 'failed',
      });
      await app.strapi.db.query('plugin::sms-channel.message' as never).update({
        where: { id: failed.id },
        data: { lastError: 'TeleSign refused the message: 11000 Invalid phone number' },
      });
      await insertOutboundMessage(app, {
        customerNumber: newCustomerNumber(),
        businessNumber: channel.businessNumber,
        status: 'unknown',
      });
      const broken = await createAccount(app, { name: 'Broken key' });
      await app.strapi.db
        .query('plugin::sms-channel.account' as never)
        .update({ where: { id: broken.id }, data: { apiKeyEncrypted: 'v1:00:00:00' } });

      const response = await api.get('/sms-channel/health');
      expect(response.status).toBe(200);
      const accounts = response.body.data.accounts as Array<{ documentId: string }>;
      const mine = accounts.find((account) => account.documentId === channel.account.documentId);
      expect(mine).toMatchObject({
        numbers: [channel.businessNumber],
        credentials: { apiKeySet: true, decryptable: true, verificationStatus: 'unverified' },
        lastCallbackAt: expect.any(String),
        lastError: { source: 'send', message: 'TeleSign refused the message: 11000 Invalid phone number' },
        queue: { unknown: 1 },
        sendingPausedUntil: null,
      });
      expect(accounts.find((account) => account.documentId === broken.documentId)).toMatchObject({
        credentials: { apiKeySet: true, decryptable: false },
        lastCallbackAt: null,
      });
      expect(response.body.data.callbacks).toMatchObject({
        unprocessed: expect.any(Number),
        notProcessable: expect.any(Object),
      });
      expect(response.body.data.sender).toEqual({ enabled: true });
      expect(response.text).not.toContain(channel.account.apiKey);
      expect(response.text).not.toContain(Buffer.from(channel.account.apiKey, 'base64').toString('hex'));
      expect(response.text).not.toContain('apiKeyEncrypted');
    });
  });
});
