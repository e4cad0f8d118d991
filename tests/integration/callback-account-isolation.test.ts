import type { RunningSimulator } from '../../simulator/src/server';
import { createAccount, type TestAccount } from '../harness/accounts';
import { createSuperAdmin } from '../harness/admin-users';
import {
  deliveryReportBody,
  inboundBody,
  insertOutboundMessage,
  newCustomerNumber,
  pipelineEnv,
  postSignedCallback,
  referenceId,
  setUpChannel,
  type InsertedMessage,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi, type AdminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

interface EventRow {
  id: number;
  processedAt: string | null;
  outcome: string | null;
  processingError: string | null;
}

/**
 * A callback only ever touches the account whose URL and key it came with: account A's correctly
 * signed callbacks that name account B's number or B's messages are stored, set aside and logged,
 * and change nothing of B's (consent, replies, conversations, delivery statuses).
 */
describe('callbacks: one account’s callbacks never touch another account', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channelA: TestChannel;
  let accountB: TestAccount;
  let api: AdminApi;
  const NUMBER_B = '14255550177';

  const db = (name: string) => app.strapi.db.query(`plugin::sms-channel.${name}` as never);
  const processedEvent = (dedupeKeyPart: string) =>
    waitFor(`the event ${dedupeKeyPart} to be processed`, async () => {
      const rows = (await db('callback-event').findMany({
        where: { dedupeKey: { $contains: dedupeKeyPart } },
      })) as EventRow[];
      return rows.length === 1 && rows[0].processedAt ? rows[0] : undefined;
    });
  const inboundAt = async (account: TestAccount, from: string, to: string, text: string) => {
    const reference = referenceId();
    const response = await postSignedCallback(
      app,
      account,
      inboundBody({ referenceId: reference, from, to, text }),
    );
    expect(response.status).toBe(200);
    return processedEvent(reference);
  };
  const consentOf = (customerNumber: string, businessNumber: string) =>
    db('consent').findOne({ where: { customerNumber, businessNumber } });
  const messageOf = (id: number) =>
    db('message').findOne({ where: { id } }) as Promise<{
      status: string;
      providerStatusCode: number | null;
    }>;
  const messagesIn = (conversationId: number) =>
    db('message').findMany({ where: { conversation: { id: conversationId } } }) as Promise<unknown[]>;
  /** `sent` with TeleSign's reference id, or `unknown` (the send's answer was lost): no reference id yet. */
  const messageOfB = (customer: string, status: 'sent' | 'unknown' = 'sent'): Promise<InsertedMessage> =>
    insertOutboundMessage(app, {
      customerNumber: customer,
      businessNumber: NUMBER_B,
      status,
      referenceId: status === 'sent' ? referenceId() : null,
      externalId: referenceId().toLowerCase(),
      submittedAt: new Date(),
    });

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv() });
    channelA = await setUpChannel(app, simulator);
    // Account B: its own key, its own number in a workstream.
    accountB = await createAccount(app, { name: 'Account B', apiHost: simulator.url });
    const workstream = (await db('workstream').create({ data: { name: 'B support', language: 'en' } })) as {
      id: number;
    };
    await db('number').create({
      data: { digits: NUMBER_B, type: 'geo', account: accountB.id, workstream: workstream.id },
    });
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('sets aside a STOP naming another account’s number: that customer is not opted out', async () => {
    const customer = newCustomerNumber();
    const event = await inboundAt(channelA.account, customer, NUMBER_B, 'STOP');
    expect(await consentOf(customer, NUMBER_B)).toBeNull();
    expect(await db('conversation').findMany({ where: { customerNumber: customer } })).toEqual([]);
    expect(event.outcome).toBe('other-account');
    expect(event.processingError).toMatch(`${NUMBER_B} is not a number of the account`);
  });

  it('sets aside a HELP naming another account’s number: no reply is queued in its conversation', async () => {
    const customer = newCustomerNumber();
    const message = await messageOfB(customer);
    const event = await inboundAt(channelA.account, customer, NUMBER_B, 'HELP');
    expect(await messagesIn(message.conversationId)).toHaveLength(1);
    expect(event.outcome).toBe('other-account');
  });

  it('sets aside a delivery report naming another account’s message by external id: no failure, no opt-out', async () => {
    const customer = newCustomerNumber();
    const message = await messageOfB(customer, 'unknown');
    const row = (await db('message').findOne({ where: { id: message.id } })) as { externalId: string };
    const reference = referenceId();
    const body = deliveryReportBody({ referenceId: reference, code: 510, externalId: row.externalId });
    expect((await postSignedCallback(app, channelA.account, body)).status).toBe(200);

    const event = await processedEvent(reference);
    expect(await messageOf(message.id)).toMatchObject({ status: 'unknown', providerStatusCode: null });
    expect(await consentOf(customer, NUMBER_B)).toBeNull();
    expect(event.outcome).toBe('other-account');
  });

  it('sets aside a report naming another account’s reference id, and still applies that account’s own copy', async () => {
    const customer = newCustomerNumber();
    const message = await messageOfB(customer);
    const row = (await db('message').findOne({ where: { id: message.id } })) as { referenceId: string };
    const body = deliveryReportBody({
      referenceId: row.referenceId,
      code: 200,
      updatedOn: '2026-12-06T10:00:00.000Z',
    });

    expect((await postSignedCallback(app, channelA.account, body)).body).toEqual({
      received: true,
      duplicate: false,
    });
    const forged = await processedEvent(`${channelA.account.id}:${row.referenceId}`);
    expect(forged.outcome).toBe('other-account');
    expect(await messageOf(message.id)).toMatchObject({ status: 'sent' });

    // B's genuine report with the same content is B's own event, not a copy of A's.
    expect((await postSignedCallback(app, accountB, body)).body).toEqual({
      received: true,
      duplicate: false,
    });
    const genuine = await processedEvent(`${accountB.id}:${row.referenceId}`);
    expect(genuine.outcome).toBe('applied');
    expect(await messageOf(message.id)).toMatchObject({ status: 'delivered', providerStatusCode: 200 });
  });

  it('logs each set-aside callback once and shows it in the health report', async () => {
    const warn = jest.spyOn(app.strapi.log, 'warn');
    try {
      const event = await inboundAt(channelA.account, newCustomerNumber(), NUMBER_B, 'Hello');
      const lines = warn.mock.calls
        .map(([line]) => String(line))
        .filter((line) => line.includes(`event ${event.id} `));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/is not a number of the account/);
    } finally {
      warn.mockRestore();
    }

    const health = (await api.get('/sms-channel/health')).body.data;
    expect(health.callbacks.notProcessable.otherAccount).toBeGreaterThanOrEqual(5);
    const reportOfA = health.accounts.find(
      (entry: { documentId: string }) => entry.documentId === channelA.account.documentId,
    );
    expect(reportOfA.lastError).toMatchObject({
      source: 'callback',
      message: expect.stringMatching(/^Set aside/),
    });
  });

  describe('phone numbers in callbacks', () => {
    it('threads the spellings of one customer number into one conversation', async () => {
      const customer = newCustomerNumber();
      const spaced = `${customer.slice(0, 1)} ${customer.slice(1, 4)} ${customer.slice(4, 7)} ${customer.slice(7)}`;
      const dashed = `+${customer.slice(0, 1)}-${customer.slice(1, 4)}-${customer.slice(4, 7)}-${customer.slice(7)}`;
      for (const from of [customer, spaced, dashed]) {
        expect(
          (await inboundAt(channelA.account, from, channelA.businessNumber, `From ${from}`)).outcome,
        ).toBe('applied');
      }
      const conversations = (await db('conversation').findMany({
        where: { customerNumber: customer },
      })) as Array<{ id: number }>;
      expect(conversations).toHaveLength(1);
      expect(await messagesIn(conversations[0].id)).toHaveLength(3);
    });

    it('reads a business number written with a "+" or spaces as that number', async () => {
      const customer = newCustomerNumber();
      const spelled = `+${channelA.businessNumber.slice(0, 1)} ${channelA.businessNumber.slice(1)}`;
      expect((await inboundAt(channelA.account, customer, spelled, 'Hi')).outcome).toBe('applied');
      expect(await db('conversation').findOne({ where: { customerNumber: customer } })).toMatchObject({
        businessNumber: channelA.businessNumber,
      });
    });

    it.each([
      ['20,000 digits', '1'.repeat(20_000)],
      ['markup', '<img src=x onerror=alert(1)>'],
      ['a right-to-left override', '\u202E15551235513'],
    ])(
      'sets aside a customer number of %s, storing no conversation and a short note',
      async (_case, from) => {
        const before = await db('conversation').count({});
        const event = await inboundAt(channelA.account, from, channelA.businessNumber, 'Hi');
        expect(event.outcome).toBe('invalid');
        expect(event.processingError).toMatch(
          /^Set aside: phone_number ".*"( \(\d+ characters\))? is not a phone number/,
        );
        expect(event.processingError!.length).toBeLessThan(200);
        expect(event.processingError).not.toMatch(/\u202E/);
        expect(await db('conversation').count({})).toBe(before);
      },
    );

    it('sets aside a sender_id that is not a number', async () => {
      const event = await inboundAt(channelA.account, newCustomerNumber(), 'SUPPORT', 'Hi');
      expect(event.outcome).toBe('invalid');
      expect(event.processingError).toMatch(/^Set aside: sender_id "SUPPORT" is not a phone number/);
    });
  });
});
