import type { RunningSimulator } from '../../simulator/src/server';
import {
  addFault,
  insertOutboundMessage,
  newCustomerNumber,
  pipelineEnv,
  setUpChannel,
  SIM_CUSTOMER,
  simulatorMessages,
  type TestChannel,
} from '../harness/pipeline';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

const TIMEOUT_MS = 800;
const GIVE_UP_MS = 4_000;

interface MessageRow {
  status: string;
  referenceId: string | null;
  lastError: string | null;
  attempts: number;
  providerStatusCode: number | null;
  nextAttemptAt: string | null;
}

/** Messages TeleSign did not finish reporting on: status lookups and final verdicts. */
describe('settling messages without a final delivery report', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;

  const outbound = () =>
    app.strapi.plugin('sms-channel').service('outbound') as {
      send(input: object): Promise<{ message: { documentId: string } }>;
    };
  const messageRow = (documentId: string) =>
    app.strapi.db
      .query('plugin::sms-channel.message' as never)
      .findOne({ where: { documentId } }) as Promise<MessageRow>;
  const untilStatus = (documentId: string, status: string, timeoutMs = 20_000) =>
    waitFor(
      `message ${documentId} to be ${status}`,
      async () => {
        const row = await messageRow(documentId);
        return row.status === status ? row : undefined;
      },
      { timeoutMs },
    );
  const requests = async () =>
    (
      await simulatorControl<{ requests: Array<{ method: string; path: string; body: string }> }>(
        simulator,
        'GET',
        '/_sim/requests',
      )
    ).body.requests;
  const postsTo = async (customer: string) =>
    (await requests()).filter(
      (entry) => entry.method === 'POST' && new URLSearchParams(entry.body).get('phone_number') === customer,
    );

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv(
        { reconciler: { intervalMs: 100, lookupAfterMs: 400, giveUpAfterMs: GIVE_UP_MS } },
        TIMEOUT_MS,
      ),
    });
    channel = await setUpChannel(app, simulator);
  });

  afterEach(async () => {
    await simulatorControl(simulator, 'DELETE', '/_sim/faults');
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('does not resend after TeleSign hangs, and marks the SMS failed once no report came in time', async () => {
    const customer = newCustomerNumber();
    await addFault(simulator, { target: 'send', kind: 'hang', times: 1 });
    const { message } = await outbound().send({ from: channel.businessNumber, to: customer, body: 'Ping' });

    const unknown = await untilStatus(message.documentId, 'unknown');
    expect(unknown).toMatchObject({ attempts: 1, referenceId: null });
    expect(unknown.lastError).toMatch(new RegExp(`no answer within ${TIMEOUT_MS} ms`));

    const failed = await untilStatus(message.documentId, 'failed', GIVE_UP_MS + 10_000);
    expect(failed.lastError).toMatch(/never answered the send request and sent no delivery report/);
    expect(failed.nextAttemptAt).toBeNull();
    expect(await postsTo(customer)).toHaveLength(1);
    expect(await simulatorMessages(simulator, customer)).toHaveLength(0);
  });

  it('looks up the status of a message whose delivery report was lost', async () => {
    const customer = newCustomerNumber();
    // TeleSign cannot deliver reports while the account has no callback URL.
    await simulatorControl(simulator, 'PUT', `/_sim/customers/${SIM_CUSTOMER.customerId}`, {
      callbackUrl: null,
    });
    try {
      const { message } = await outbound().send({
        from: channel.businessNumber,
        to: customer,
        body: 'Lost report',
      });
      const sent = await untilStatus(message.documentId, 'sent');
      const delivered = await untilStatus(message.documentId, 'delivered');
      expect(delivered).toMatchObject({ providerStatusCode: 200, nextAttemptAt: null });
      const lookups = (await requests()).filter(
        (entry) => entry.method === 'GET' && entry.path === `/v1/messaging/${sent.referenceId}`,
      );
      expect(lookups.length).toBeGreaterThanOrEqual(1);
    } finally {
      await simulatorControl(simulator, 'PUT', `/_sim/customers/${SIM_CUSTOMER.customerId}`, {
        callbackUrl: channel.callbackUrl,
      });
    }
  });

  it('keeps a message as unknown when TeleSign never gives a final status', async () => {
    const customer = newCustomerNumber();
    await simulatorControl(simulator, 'PUT', `/_sim/destinations/${customer}`, {
      outcome: 'no-final-report',
    });
    const { message } = await outbound().send({
      from: channel.businessNumber,
      to: customer,
      body: 'No final',
    });
    const sent = await untilStatus(message.documentId, 'sent');
    expect(sent.providerStatusCode).toBe(290);

    const unknown = await untilStatus(message.documentId, 'unknown', GIVE_UP_MS + 10_000);
    expect(unknown).toMatchObject({ nextAttemptAt: null, referenceId: sent.referenceId });
    expect(unknown.lastError).toMatch(/no final status within/);
    expect(await postsTo(customer)).toHaveLength(1);
  });

  it('settles a send abandoned by a crashed process as unknown, without sending it again', async () => {
    const customer = newCustomerNumber();
    const abandoned = await insertOutboundMessage(app, {
      customerNumber: customer,
      businessNumber: channel.businessNumber,
      status: 'sending',
      externalId: 'abandoned-send-1',
      leaseUntil: new Date(Date.now() - 1_000),
      submittedAt: new Date(),
    });
    const unknown = await untilStatus(abandoned.documentId, 'unknown');
    expect(unknown.lastError).toMatch(/Strapi stopped while this SMS was being handed to TeleSign/);
    expect(await postsTo(customer)).toHaveLength(0);
  });
});
