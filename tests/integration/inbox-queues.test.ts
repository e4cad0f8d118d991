import { ACTIONS } from '../../shared/contracts/permissions/actions';
import type { RunningSimulator } from '../../simulator/src/server';
import { createAdminWithActions, type AdminSession } from '../harness/admin-users';
import { formatNanp, textFromCustomer } from '../harness/inbox';
import {
  deliveryReportBody,
  insertOutboundMessage,
  newCustomerNumber,
  pipelineEnv,
  postSignedCallback,
  referenceId,
  setUpChannel,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi } from '../harness/setup-api';
import { statementsOfRequest } from '../harness/request-statements';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

interface Item {
  documentId: string;
  status: string;
  assignee: { id: number; firstname: string } | null;
  lastMessage: { body: string; direction: string; createdAt: string } | null;
  unread: boolean;
  closeReason: string | null;
}

interface Counts {
  open: number;
  mine: number;
  waiting: number;
  closed: number;
}

describe('inbox queues, search and live updates', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let ann: AdminSession;
  let ben: AdminSession;

  const list = async (session: AdminSession, query: string): Promise<{ items: Item[]; counts: Counts }> => {
    const response = await adminApi(app, session).get(`/sms-channel/conversations?${query}`);
    expect(response.status).toBe(200);
    return { items: response.body.data, counts: response.body.meta.counts };
  };
  const ids = (items: Item[]) => items.map((item) => item.documentId);
  const act = (session: AdminSession, id: string, action: string) =>
    adminApi(app, session).post(`/sms-channel/conversations/${id}/${action}`, {});
  const text = (from: string, body: string) =>
    textFromCustomer(app, simulator, { from, to: channel.businessNumber, text: body });

  beforeAll(async () => {
    simulator = await startTestSimulator();
    // A short look-back of the updates endpoint, so that "quiet" comes within a moment.
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({ conversations: { updatesOverlapMs: 250 } }),
    });
    channel = await setUpChannel(app, simulator);
    ann = await createAdminWithActions(app, [ACTIONS.inboxRead, ACTIONS.inboxReply], 'Ann');
    ben = await createAdminWithActions(app, [ACTIONS.inboxRead, ACTIONS.inboxReply], 'Ben');
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  // The first tests run on an empty inbox, in order: each step's queues and counts are exact.
  describe('a customer’s way through the queues', () => {
    const customer = newCustomerNumber();
    let first: string;

    it('a text from the customer opens a conversation in the Open queue', async () => {
      first = await text(customer, 'My parcel is late');
      const open = await list(ann, 'queue=open');
      expect(ids(open.items)).toEqual([first]);
      expect(open.items[0]).toMatchObject({
        status: 'open',
        assignee: null,
        unread: true,
        lastMessage: { body: 'My parcel is late', direction: 'inbound', createdAt: expect.any(String) },
      });
      expect(open.counts).toEqual({ open: 1, mine: 0, waiting: 0, closed: 0 });
    });

    it('accepting moves it to the agent’s Mine queue, and only theirs', async () => {
      expect((await act(ann, first, 'accept')).status).toBe(200);
      const mine = await list(ann, 'queue=mine');
      expect(ids(mine.items)).toEqual([first]);
      expect(mine.counts).toEqual({ open: 0, mine: 1, waiting: 0, closed: 0 });
      const bens = await list(ben, 'queue=mine');
      expect(bens.items).toEqual([]);
      expect(bens.counts).toEqual({ open: 0, mine: 0, waiting: 0, closed: 0 });
    });

    it('closing the session puts it in Waiting, shown to every agent with its assignee', async () => {
      expect((await act(ann, first, 'close')).status).toBe(200);
      const waiting = await list(ben, 'queue=waiting');
      expect(ids(waiting.items)).toEqual([first]);
      expect(waiting.items[0].assignee).toMatchObject({ id: ann.userId, firstname: 'Ann' });
      expect(waiting.counts).toEqual({ open: 0, mine: 0, waiting: 1, closed: 0 });
      expect((await list(ann, 'queue=mine')).items).toEqual([]);
    });

    it('the customer texting again brings it back to the same agent', async () => {
      expect(await text(customer, 'Any news?')).toBe(first);
      const mine = await list(ann, 'queue=mine');
      expect(ids(mine.items)).toEqual([first]);
      expect(mine.items[0]).toMatchObject({ status: 'active', unread: true });
      expect(mine.counts).toEqual({ open: 0, mine: 1, waiting: 0, closed: 0 });
    });

    it('a reply is the last message and the conversation is no longer unread', async () => {
      const reply = await adminApi(app, ann).post(`/sms-channel/conversations/${first}/messages`, {
        body: 'It ships today.',
      });
      expect(reply.status).toBe(201);
      const [item] = (await list(ann, 'queue=mine')).items;
      expect(item).toMatchObject({
        unread: false,
        lastMessage: { body: 'It ships today.', direction: 'outbound' },
      });
    });

    it('ending it moves it to Closed, resolved', async () => {
      expect((await act(ann, first, 'end')).status).toBe(200);
      const closed = await list(ann, 'queue=closed');
      expect(ids(closed.items)).toEqual([first]);
      expect(closed.items[0]).toMatchObject({ status: 'closed', closeReason: 'resolved' });
      expect(closed.counts).toEqual({ open: 0, mine: 0, waiting: 0, closed: 1 });
    });

    it('a text after that starts a new conversation in Open; the old one stays closed', async () => {
      const second = await text(customer, 'Another question');
      expect(second).not.toBe(first);
      const open = await list(ben, 'queue=open');
      expect(ids(open.items)).toEqual([second]);
      expect(open.counts).toEqual({ open: 1, mine: 0, waiting: 0, closed: 1 });
      expect(ids((await list(ben, 'queue=closed')).items)).toEqual([first]);
    });
  });

  describe('search and order', () => {
    const customers = { refund: newCustomerNumber(), other: newCustomerNumber() };
    let refund: string;
    let other: string;

    beforeAll(async () => {
      refund = await text(customers.refund, 'Where is my REFUND?');
      expect((await act(ann, refund, 'accept')).status).toBe(200);
      await adminApi(app, ann).post(`/sms-channel/conversations/${refund}/messages`, {
        body: 'It was sent on Tuesday.',
      });
      await text(customers.refund, 'ok thanks');
      other = await text(customers.other, 'Hello, 50% off still on?');
    });

    it('finds a customer by the number as people type it, or by part of it', async () => {
      expect(ids((await list(ben, `q=${encodeURIComponent(formatNanp(customers.refund))}`)).items)).toEqual([
        refund,
      ]);
      expect(ids((await list(ben, `q=${customers.refund.slice(-7)}`)).items)).toEqual([refund]);
    });

    it('finds text in any message of the thread, in any case', async () => {
      expect(ids((await list(ben, 'q=refund')).items)).toEqual([refund]);
      expect(ids((await list(ben, 'q=sent%20on%20tuesday')).items)).toEqual([refund]);
      expect((await list(ben, 'q=nothing%20like%20this')).items).toEqual([]);
    });

    it('takes % and _ literally', async () => {
      expect(ids((await list(ben, `q=${encodeURIComponent('50%')}`)).items)).toEqual([other]);
      expect((await list(ben, `q=${encodeURIComponent('_')}`)).items).toEqual([]);
    });

    it('combines search with a queue; counts stay those of the whole inbox', async () => {
      const mine = await list(ann, 'queue=mine&q=refund');
      expect(ids(mine.items)).toEqual([refund]);
      expect((await list(ann, 'queue=open&q=refund')).items).toEqual([]);
      expect(mine.counts).toEqual({ open: 2, mine: 1, waiting: 0, closed: 1 });
    });

    it('lists newest activity first, a page at a time', async () => {
      const page1 = await adminApi(app, ben).get('/sms-channel/conversations?pageSize=2');
      expect(ids(page1.body.data)).toEqual([other, refund]);
      expect(page1.body.meta.pagination).toEqual({ page: 1, pageSize: 2, pageCount: 2, total: 4 });
      const page2 = await adminApi(app, ben).get('/sms-channel/conversations?pageSize=2&page=2');
      expect(page2.body.data).toHaveLength(2);
    });

    it('reads a page with the same few queries whatever its size (no query per conversation)', async () => {
      // The request's own statements (not the pipeline loops'), on conversations (not the admin JWT check's).
      const queriesFor = async (query: string): Promise<number> => {
        const statements = await statementsOfRequest(app, async (headers) => {
          const response = await adminApi(app, ann).get(`/sms-channel/conversations?${query}`).set(headers);
          expect(response.status).toBe(200);
        });
        return statements.filter((sql) => sql.includes('sms_channel_conversations')).length;
      };
      for (const queue of ['', 'queue=mine&', 'q=refund&']) {
        const small = await queriesFor(`${queue}pageSize=1`);
        expect(await queriesFor(`${queue}pageSize=4`)).toBe(small);
        // The page (and its total when the queue counts do not give it), one query per relation
        // (workstream, assignee), the statuses' counts and the caller's Mine count.
        expect(small).toBeGreaterThan(0);
        expect(small).toBeLessThanOrEqual(6);
      }
    });

    it('refuses a queue or cursor it does not know, saying what is allowed', async () => {
      const queue = await adminApi(app, ben).get('/sms-channel/conversations?queue=later');
      expect(queue.status).toBe(400);
      expect(queue.body.error.message).toBe('queue must be one of open, mine, waiting, closed.');
      const since = await adminApi(app, ben).get('/sms-channel/conversations/updates?since=yesterday');
      expect(since.status).toBe(400);
      expect(since.body.error.message).toBe(
        'since must be the cursor of a previous answer (leave it out on the first call).',
      );
    });
  });

  describe('GET /conversations/updates', () => {
    const updates = async (session: AdminSession, since?: string) => {
      const response = await adminApi(app, session).get(
        `/sms-channel/conversations/updates${since ? `?since=${since}` : ''}`,
      );
      expect(response.status).toBe(200);
      return response.body.data as { cursor: string; changed: string[]; counts: Counts };
    };

    it('starts with a cursor and nothing changed, then reports each conversation that changes', async () => {
      const start = await updates(ann);
      expect(start).toEqual({
        cursor: expect.stringMatching(/^\d+$/),
        changed: [],
        counts: expect.any(Object),
      });
      const id = await text(newCustomerNumber(), 'Is anyone there?');
      const next = await updates(ann, start.cursor);
      expect(next.changed).toContain(id);
      expect(next.counts).toEqual((await list(ann, 'queue=open')).counts);

      await act(ann, id, 'accept');
      const afterAccept = await updates(ann, next.cursor);
      expect(afterAccept.changed).toContain(id);
      expect(afterAccept.counts.mine).toBe(next.counts.mine + 1);
    });

    it('reports a conversation whose message got a delivery report, and nothing once quiet', async () => {
      const customer = newCustomerNumber();
      const id = await text(customer, 'Please confirm');
      const reference = referenceId();
      const sent = await insertOutboundMessage(app, {
        customerNumber: customer,
        businessNumber: channel.businessNumber,
        status: 'sent',
        referenceId: reference,
      });
      // Quiet once the last change is older than the look-back each poll keeps before its cursor.
      const quiet = await waitFor('a poll after which nothing is reported', async () => {
        const poll = await updates(ann);
        return (await updates(ann, poll.cursor)).changed.length === 0 ? poll : undefined;
      });

      const report = await postSignedCallback(
        app,
        channel.account,
        deliveryReportBody({ referenceId: reference, code: 200, description: 'Delivered to handset' }),
      );
      expect(report.status).toBe(200);
      await waitFor('the delivery report to be applied', async () => {
        const row = (await app.strapi.db
          .query('plugin::sms-channel.message' as never)
          .findOne({ where: { id: sent.id } })) as { status: string };
        return row.status === 'delivered';
      });
      expect((await updates(ann, quiet.cursor)).changed).toEqual([id]);
    });
  });
});
