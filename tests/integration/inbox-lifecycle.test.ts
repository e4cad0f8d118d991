import request from 'supertest';
import { ACTIONS } from '../../shared/contracts/permissions/actions';
import type { RunningSimulator } from '../../simulator/src/server';
import { createAdminWithActions, createSuperAdmin, type AdminSession } from '../harness/admin-users';
import { textFromCustomer } from '../harness/inbox';
import { newCustomerNumber, pipelineEnv, setUpChannel, type TestChannel } from '../harness/pipeline';
import { adminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';

type Action = 'accept' | 'close' | 'end' | 'reopen' | 'assign';

describe('inbox lifecycle actions', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  /** Agents who may reply: Ann and Ben; Mia may also manage; Rob may only read. */
  let ann: AdminSession;
  let ben: AdminSession;
  let mia: AdminSession;
  let rob: AdminSession;

  const act = (session: AdminSession, id: string, action: Action, body: object = {}) =>
    adminApi(app, session).post(`/sms-channel/conversations/${id}/${action}`, body);
  const conversationRow = (documentId: string) =>
    app.strapi.db.query('plugin::sms-channel.conversation' as never).findOne({
      where: { documentId },
      populate: { assignee: { select: ['id'] } },
    }) as Promise<{
      status: string;
      closeReason: string | null;
      closedAt: string | null;
      assignee: { id: number } | null;
    }>;
  /** A new customer's first text: an open conversation. */
  const openConversation = (text = 'Hello, I need help') =>
    textFromCustomer(app, simulator, { from: newCustomerNumber(), to: channel.businessNumber, text });
  const acceptedBy = async (session: AdminSession): Promise<string> => {
    const id = await openConversation();
    expect((await act(session, id, 'accept')).status).toBe(200);
    return id;
  };

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv() });
    channel = await setUpChannel(app, simulator);
    const replier = [ACTIONS.inboxRead, ACTIONS.inboxReply];
    ann = await createAdminWithActions(app, replier, 'Ann');
    ben = await createAdminWithActions(app, replier, 'Ben');
    mia = await createAdminWithActions(app, [...replier, ACTIONS.inboxManage], 'Mia');
    rob = await createAdminWithActions(app, [ACTIONS.inboxRead], 'Rob');
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  describe('accept', () => {
    it('gives an open conversation to the agent and answers the updated conversation', async () => {
      const id = await openConversation();
      const response = await act(ann, id, 'accept');
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        documentId: id,
        status: 'active',
        assignee: { id: ann.userId, firstname: 'Ann', lastname: 'Tester', email: ann.email },
      });
    });

    it('answers 409 naming the agent who accepted first', async () => {
      const id = await acceptedBy(ann);
      const late = await act(ben, id, 'accept');
      expect(late.status).toBe(409);
      expect(late.body.error.message).toBe('This conversation was already accepted by Ann Tester.');
      expect((await conversationRow(id)).assignee?.id).toBe(ann.userId);
    });

    it('lets exactly one of two agents accepting at the same moment win', async () => {
      for (let round = 0; round < 4; round += 1) {
        const id = await openConversation(`Race ${round}`);
        const [first, second] = await Promise.all([act(ann, id, 'accept'), act(ben, id, 'accept')]);
        const statuses = [first.status, second.status].sort();
        expect(statuses).toEqual([200, 409]);
        const winner = first.status === 200 ? ann : ben;
        const loser = first.status === 200 ? second : first;
        const winnerName = winner === ann ? 'Ann Tester' : 'Ben Tester';
        expect(loser.body.error.message).toBe(`This conversation was already accepted by ${winnerName}.`);
        expect(await conversationRow(id)).toMatchObject({
          status: 'active',
          assignee: { id: winner.userId },
        });
      }
    });

    it('takes a waiting conversation back; someone else’s only with inbox-manage', async () => {
      const id = await acceptedBy(ann);
      expect((await act(ann, id, 'close')).status).toBe(200);
      const forbidden = await act(ben, id, 'accept');
      expect(forbidden.status).toBe(403);
      expect(forbidden.body.error.message).toMatch(
        /^This conversation is assigned to Ann Tester\. Only they/,
      );
      expect((await conversationRow(id)).status).toBe('waiting');
      const taken = await act(mia, id, 'accept');
      expect(taken.status).toBe(200);
      expect(taken.body.data).toMatchObject({ status: 'active', assignee: { id: mia.userId } });
    });

    it('answers 409 with the state machine’s rule for a closed conversation', async () => {
      const id = await acceptedBy(ann);
      await act(ann, id, 'end');
      const response = await act(ann, id, 'accept');
      expect(response.status).toBe(409);
      expect(response.body.error.message).toBe(
        'A conversation that is closed cannot be given "accept"; that is only possible when it is open or waiting.',
      );
    });
  });

  describe('close and end', () => {
    it('close frees the agent’s session (waiting, still theirs); end resolves it', async () => {
      const id = await acceptedBy(ann);
      const closed = await act(ann, id, 'close');
      expect(closed.status).toBe(200);
      expect(closed.body.data).toMatchObject({ status: 'waiting', assignee: { id: ann.userId } });
      const ended = await act(ann, id, 'end');
      expect(ended.status).toBe(200);
      expect(ended.body.data).toMatchObject({
        status: 'closed',
        closeReason: 'resolved',
        closedAt: expect.any(String),
      });
    });

    it('refuses what the status does not allow with 409 and changes nothing', async () => {
      const id = await openConversation();
      const close = await act(ann, id, 'close');
      expect(close.status).toBe(409);
      expect(close.body.error.message).toBe(
        'A conversation that is open cannot be given "close-session"; that is only possible when it is active.',
      );
      const end = await act(ann, id, 'end');
      expect(end.status).toBe(409);
      expect(end.body.error.message).toBe(
        'A conversation that is open cannot be given "end"; that is only possible when it is active or waiting.',
      );
      expect(await conversationRow(id)).toMatchObject({ status: 'open', assignee: null });
    });

    it('refuses to let another agent close, end or reply in someone else’s conversation', async () => {
      const id = await acceptedBy(ann);
      for (const action of ['close', 'end'] as const) {
        const response = await act(ben, id, action);
        expect(response.status).toBe(403);
        expect(response.body.error.message).toMatch(/assigned to Ann Tester/);
      }
      const reply = await adminApi(app, ben).post(`/sms-channel/conversations/${id}/messages`, {
        body: 'Let me help',
      });
      expect(reply.status).toBe(403);
      const messages = await app.strapi.db
        .query('plugin::sms-channel.message' as never)
        .count({ where: { conversation: { documentId: id }, direction: 'outbound' } });
      expect(messages).toBe(0);
      expect((await conversationRow(id)).status).toBe('active');
      expect((await act(mia, id, 'close')).status).toBe(200);
      expect((await act(mia, id, 'end')).status).toBe(200);
    });
  });

  describe('reopen', () => {
    it('brings a closed conversation back to the manager who reopens it', async () => {
      const id = await acceptedBy(ann);
      await act(ann, id, 'end');
      const response = await act(mia, id, 'reopen');
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({
        status: 'active',
        assignee: { id: mia.userId },
        closedAt: null,
        closeReason: null,
      });
      const customer = (response.body.data as { customerNumber: string }).customerNumber;
      const again = await textFromCustomer(app, simulator, {
        from: customer,
        to: channel.businessNumber,
        text: 'Thanks for reopening',
      });
      expect(again).toBe(id);
    });

    it('answers 409 naming the conversation the pair already has open', async () => {
      const customer = newCustomerNumber();
      const first = await textFromCustomer(app, simulator, {
        from: customer,
        to: channel.businessNumber,
        text: 'First problem',
      });
      await act(ann, first, 'accept');
      await act(ann, first, 'end');
      const second = await textFromCustomer(app, simulator, {
        from: customer,
        to: channel.businessNumber,
        text: 'Second problem',
      });
      expect(second).not.toBe(first);
      const response = await act(mia, first, 'reopen');
      expect(response.status).toBe(409);
      expect(response.body.error.message).toBe(
        `${customer} already has a conversation with ${channel.businessNumber} that is not closed ` +
          `(${second}, open); continue there instead.`,
      );
      expect(response.body.error.details).toEqual({
        conversationId: second,
        code: 'conversation.otherOpen',
        values: {
          customerNumber: customer,
          businessNumber: channel.businessNumber,
          conversationId: second,
          status: 'open',
        },
      });
      expect((await conversationRow(first)).status).toBe('closed');
    });

    it('answers 409 for a conversation that is not closed', async () => {
      const id = await acceptedBy(ann);
      const response = await act(mia, id, 'reopen');
      expect(response.status).toBe(409);
      expect(response.body.error.message).toBe(
        'A conversation that is active cannot be given "reopen"; that is only possible when it is closed or in wrap-up.',
      );
    });
  });

  describe('assign', () => {
    it('gives the conversation to another agent, who may then work it', async () => {
      const id = await openConversation();
      const response = await act(mia, id, 'assign', { userId: ben.userId });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ status: 'active', assignee: { id: ben.userId } });
      expect((await act(ben, id, 'close')).status).toBe(200);
      expect((await act(ann, id, 'end')).status).toBe(403);
    });

    it('says what is wrong with the user and changes nothing', async () => {
      const id = await openConversation();
      const deactivated = await createAdminWithActions(app, [ACTIONS.inboxRead, ACTIONS.inboxReply], 'Dee');
      await app.strapi.db
        .query('admin::user')
        .update({ where: { id: deactivated.userId }, data: { isActive: false } });
      const cases: Array<[object, RegExp]> = [
        [{}, /^userId must be the id of an admin user who may reply/],
        [{ userId: 'ben' }, /^userId must be the id of an admin user who may reply/],
        [{ userId: 1.5 }, /^userId must be a whole number/],
        [{ userId: 999_999 }, /^userId 999999 is not an admin user; pick one of the agents listed\.$/],
        [
          { userId: rob.userId },
          /^Rob Tester \(userId \d+\) may not reply to conversations: none of their roles grants/,
        ],
        [{ userId: deactivated.userId }, /^Dee Tester \(userId \d+\) is deactivated/],
        [{ userId: ben.userId, note: 'x' }, /"note" is not a field of this request/],
      ];
      for (const [body, message] of cases) {
        const response = await act(mia, id, 'assign', body);
        expect({ body, status: response.status }).toEqual({ body, status: 400 });
        expect(response.body.error.message).toMatch(message);
      }
      expect(await conversationRow(id)).toMatchObject({ status: 'open', assignee: null });
    });

    it('answers 409 once the conversation is closed, 404 for an unknown one', async () => {
      const id = await acceptedBy(ann);
      await act(ann, id, 'end');
      const closed = await act(mia, id, 'assign', { userId: ben.userId });
      expect(closed.status).toBe(409);
      expect(closed.body.error.message).toMatch(
        /closed cannot be given "assign"; that is only possible when it is not closed\.$/,
      );
      const missing = await act(mia, 'nosuchconversation000000', 'assign', { userId: ben.userId });
      expect(missing.status).toBe(404);
    });
  });

  describe('GET /agents', () => {
    it('lists the active admin users who may reply, without the others', async () => {
      const response = await adminApi(app, rob).get('/sms-channel/agents');
      expect(response.status).toBe(200);
      const agents = response.body.data as Array<{ id: number; firstname: string }>;
      for (const session of [ann, ben, mia]) {
        expect(agents).toContainEqual({
          id: session.userId,
          firstname: expect.any(String),
          lastname: 'Tester',
          email: session.email,
        });
      }
      expect(agents.map((agent) => agent.id)).not.toContain(rob.userId);
      expect(Object.keys(agents[0]).sort()).toEqual(['email', 'firstname', 'id', 'lastname']);
    });
  });

  describe('GET /numbers', () => {
    it('lists the numbers an agent may text from, with their account, without the settings permissions', async () => {
      const response = await adminApi(app, ann).get('/sms-channel/numbers');
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([
        {
          documentId: channel.number.documentId,
          number: channel.businessNumber,
          type: 'geo',
          description: null,
          workstream: { documentId: channel.workstream?.documentId, name: expect.any(String) },
          account: { documentId: channel.account.documentId, name: expect.any(String) },
        },
      ]);
      expect(JSON.stringify(response.body)).not.toContain(channel.account.apiKey);
    });
  });

  describe('access control', () => {
    interface Route {
      name: string;
      method: 'get' | 'post';
      path: string;
      granted: string;
      others: string[];
      ok: number;
    }
    const lifecycleRoute = (action: Action, granted: string, ok: number): Route => ({
      name: `POST /conversations/:id/${action}`,
      method: 'post',
      path: `/conversations/:id/${action}`,
      granted,
      others: [
        ACTIONS.inboxRead,
        ACTIONS.settingsManage,
        granted === ACTIONS.inboxReply ? ACTIONS.inboxManage : ACTIONS.inboxReply,
      ],
      ok,
    });
    /** What each route answers, on a fresh open conversation, once its permission lets the call through. */
    const routes: Route[] = [
      lifecycleRoute('accept', ACTIONS.inboxReply, 200),
      lifecycleRoute('close', ACTIONS.inboxReply, 409),
      lifecycleRoute('end', ACTIONS.inboxReply, 409),
      lifecycleRoute('reopen', ACTIONS.inboxManage, 409),
      lifecycleRoute('assign', ACTIONS.inboxManage, 400),
      {
        name: 'GET /agents',
        method: 'get',
        path: '/agents',
        granted: ACTIONS.inboxRead,
        others: [ACTIONS.settingsRead, ACTIONS.settingsManage],
        ok: 200,
      },
      {
        name: 'GET /numbers',
        method: 'get',
        path: '/numbers',
        granted: ACTIONS.inboxReply,
        others: [ACTIONS.inboxRead, ACTIONS.settingsManage],
        ok: 200,
      },
      {
        name: 'GET /conversations/updates',
        method: 'get',
        path: '/conversations/updates',
        granted: ACTIONS.inboxRead,
        others: [ACTIONS.settingsRead, ACTIONS.settingsManage],
        ok: 200,
      },
    ];

    it.each(routes)('$name: 401 without a token, 403 without its permission, $ok with it', async (route) => {
      const id = await openConversation('RBAC');
      const call = (session?: AdminSession) => {
        const req = request(app.server)[route.method](`/sms-channel${route.path.replace(':id', id)}`);
        if (session) req.set('Authorization', session.authorization);
        return route.method === 'post' ? req.send({}) : req;
      };
      expect((await call()).status).toBe(401);
      const refused = await call(await createAdminWithActions(app, route.others));
      expect(refused.status).toBe(403);
      expect(await conversationRow(id)).toMatchObject({ status: 'open', assignee: null });
      const allowed = await call(await createAdminWithActions(app, [ACTIONS.inboxRead, route.granted]));
      expect(allowed.status).toBe(route.ok);
    });

    it('lets a super admin do everything', async () => {
      const admin = await createSuperAdmin(app);
      const id = await openConversation();
      for (const action of ['accept', 'close', 'end', 'reopen'] as const) {
        expect({ action, status: (await act(admin, id, action)).status }).toEqual({ action, status: 200 });
      }
      expect((await act(admin, id, 'assign', { userId: ann.userId })).status).toBe(200);
    });
  });
});
