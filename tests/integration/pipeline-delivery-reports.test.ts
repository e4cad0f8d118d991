import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin } from '../harness/admin-users';
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
import { adminApi, type AdminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';
import { shuffled } from '../harness/shuffle';

const UNMATCHED_GIVE_UP_MS = 1_500;

interface MessageRow {
  status: string;
  referenceId: string | null;
  providerStatusCode: number | null;
  providerStatusDescription: string | null;
  lastError: string | null;
}

describe('delivery reports: matched, forward only, applied once', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let api: AdminApi;

  const db = (name: string) => app.strapi.db.query(`plugin::sms-channel.${name}` as never);
  const messageRow = (id: number) => db('message').findOne({ where: { id } }) as Promise<MessageRow>;
  const events = (reference: string) =>
    db('callback-event').findMany({ where: { referenceId: reference } }) as Promise<
      Array<{
        processedAt: string | null;
        outcome: string | null;
        processingAttempts: number;
        processingError: string | null;
      }>
    >;
  const allProcessed = (references: string[]) =>
    waitFor('every report to be processed', async () => {
      const pending = await db('callback-event').count({
        where: { referenceId: { $in: references }, processedAt: null },
      });
      return pending === 0 ? true : undefined;
    });
  const sentMessage = (reference = referenceId()) =>
    insertOutboundMessage(app, {
      customerNumber: newCustomerNumber(),
      businessNumber: channel.businessNumber,
      status: 'sent',
      referenceId: reference,
      submittedAt: new Date(),
    }).then((message) => ({ ...message, reference }));

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({ callbackProcessing: { unmatchedGiveUpAfterMs: UNMATCHED_GIVE_UP_MS } }),
    });
    channel = await setUpChannel(app, simulator);
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('ends in the terminal status whatever the order and repetition of the reports', async () => {
    const base = Date.parse('2026-01-01T10:00:00Z');
    const at = (seconds: number) => new Date(base + seconds * 1000).toISOString();
    const delivered = await Promise.all(Array.from({ length: 12 }, () => sentMessage()));
    const undelivered = await Promise.all(Array.from({ length: 8 }, () => sentMessage()));
    const reportsFor = (reference: string, statuses: Array<[number, string, number]>) =>
      statuses.map(([code, description, second]) =>
        deliveryReportBody({ referenceId: reference, code, description, updatedOn: at(second) }),
      );
    const distinct = [
      ...delivered.flatMap(({ reference }) =>
        reportsFor(reference, [
          [290, 'Message in progress', 1],
          [203, 'Delivered to gateway', 2],
          [200, 'Delivered to handset', 3],
        ]),
      ),
      ...undelivered.flatMap(({ reference }) =>
        reportsFor(reference, [
          [203, 'Delivered to gateway', 2],
          [207, 'Error delivering SMS to handset (reason unknown)', 3],
        ]),
      ),
    ];
    // Every report twice (TeleSign retries), in a random order, ten at a time.
    const deliveries = shuffled([...distinct, ...distinct], 20_260_101);
    const answers: Array<{ status: number; duplicate: boolean }> = [];
    for (let i = 0; i < deliveries.length; i += 10) {
      const batch = await Promise.all(
        deliveries.slice(i, i + 10).map((body) => postSignedCallback(app, channel.account, body)),
      );
      answers.push(...batch.map((answer) => ({ status: answer.status, duplicate: answer.body.duplicate })));
    }
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    expect(answers.filter((answer) => !answer.duplicate)).toHaveLength(distinct.length);

    const references = [...delivered, ...undelivered].map((message) => message.reference);
    await allProcessed(references);
    expect(await db('callback-event').count({ where: { referenceId: { $in: references } } })).toBe(
      distinct.length,
    );
    for (const message of delivered) {
      expect(await messageRow(message.id)).toMatchObject({
        status: 'delivered',
        providerStatusCode: 200,
        lastError: null,
      });
    }
    for (const message of undelivered) {
      const row = await messageRow(message.id);
      expect(row).toMatchObject({ status: 'failed', providerStatusCode: 207 });
      expect(row.lastError).toMatch(/TeleSign reported 207/);
    }
  });

  it('never lets a late in-progress report overwrite delivered', async () => {
    const message = await sentMessage();
    const post = (code: number, updatedOn: string) =>
      postSignedCallback(
        app,
        channel.account,
        deliveryReportBody({ referenceId: message.reference, code, updatedOn }),
      );
    await post(200, '2026-01-01T10:00:05Z');
    await waitFor('delivered', async () =>
      (await messageRow(message.id)).status === 'delivered' ? true : undefined,
    );
    await post(290, '2026-01-01T10:00:01Z');
    await post(203, '2026-01-01T10:00:02Z');
    await post(207, '2026-01-01T10:00:06Z');
    await allProcessed([message.reference]);
    expect(await messageRow(message.id)).toMatchObject({ status: 'delivered', providerStatusCode: 200 });
    expect((await events(message.reference)).every((event) => event.outcome === 'applied')).toBe(true);
  });

  it('matches a report that beat TeleSign’s answer by the external id we sent', async () => {
    const externalId = `ext${Date.now()}`;
    const message = await insertOutboundMessage(app, {
      customerNumber: newCustomerNumber(),
      businessNumber: channel.businessNumber,
      status: 'sending',
      externalId,
      leaseUntil: new Date(Date.now() + 60_000),
      submittedAt: new Date(),
    });
    const reference = referenceId();
    await postSignedCallback(
      app,
      channel.account,
      deliveryReportBody({
        referenceId: reference,
        code: 200,
        description: 'Delivered to handset',
        externalId,
      }),
    );
    await allProcessed([reference]);
    expect(await messageRow(message.id)).toMatchObject({ status: 'delivered', referenceId: reference });
  });

  it('keeps a report for a message not stored yet, and applies it once the message appears', async () => {
    const reference = referenceId();
    await postSignedCallback(app, channel.account, deliveryReportBody({ referenceId: reference, code: 200 }));
    const [pending] = await waitFor('the report to be retried', async () => {
      const rows = await events(reference);
      return rows[0]?.processingAttempts > 0 ? rows : undefined;
    });
    expect(pending).toMatchObject({ processedAt: null });
    expect(pending.processingError).toMatch(`No message has TeleSign reference id ${reference}`);
    const health = await api.get('/sms-channel/health');
    expect(health.body.data.callbacks.failing).toBeGreaterThanOrEqual(1);

    const message = await sentMessage(reference);
    await allProcessed([reference]);
    expect(await messageRow(message.id)).toMatchObject({ status: 'delivered' });
    expect((await events(reference))[0]).toMatchObject({ outcome: 'applied', processingError: null });
  });

  it('sets aside a report that matches no message for good, and reports it', async () => {
    const reference = referenceId();
    await postSignedCallback(app, channel.account, deliveryReportBody({ referenceId: reference, code: 200 }));
    const [event] = await waitFor(
      'the report to be set aside',
      async () => {
        const rows = await events(reference);
        return rows[0]?.processedAt ? rows : undefined;
      },
      { timeoutMs: UNMATCHED_GIVE_UP_MS + 10_000 },
    );
    expect(event).toMatchObject({ outcome: 'unmatched' });
    expect(event.processingError).toMatch(/Set aside/);
    const health = await api.get('/sms-channel/health');
    expect(health.body.data.callbacks.notProcessable.unmatched).toBeGreaterThanOrEqual(1);
  });
});
