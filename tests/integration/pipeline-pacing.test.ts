import type { RunningSimulator } from '../../simulator/src/server';
import {
  DEMO_BUSINESS_NUMBER,
  insertOutboundMessage,
  newCustomerNumber,
  pipelineEnv,
  setUpChannel,
  type InsertedMessage,
  type TestChannel,
} from '../harness/pipeline';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

/** One send per 500 ms per business number. */
const RATE_PER_SECOND = 2;
const OTHER_NUMBER = String(BigInt(DEMO_BUSINESS_NUMBER) + 1n);

describe('sender pacing per business number', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;

  const message = () => app.strapi.db.query('plugin::sms-channel.message' as never);
  const statusOf = async ({ id }: InsertedMessage): Promise<string> =>
    ((await message().findOne({ where: { id } })) as { status: string }).status;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({ sender: { concurrency: 2, ratePerSecondPerNumber: RATE_PER_SECOND } }),
    });
    channel = await setUpChannel(app, simulator, { extraSimulatorNumbers: [OTHER_NUMBER] });
    await app.strapi.db
      .query('plugin::sms-channel.number' as never)
      .create({ data: { digits: OTHER_NUMBER, type: 'geo', account: channel.account.id } });
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  it('keeps each number to its pace, and a slow number’s backlog does not hold up another number', async () => {
    const queued = (businessNumber: string) =>
      insertOutboundMessage(app, {
        customerNumber: newCustomerNumber(),
        businessNumber,
        status: 'queued',
        attempts: 0,
      });
    const backlog: InsertedMessage[] = [];
    for (let i = 0; i < 20; i += 1) backlog.push(await queued(DEMO_BUSINESS_NUMBER));
    const started = Date.now();
    // Behind twenty messages of a number that sends two a second: ten seconds away if it waited.
    const other = await queued(OTHER_NUMBER);

    await waitFor('the other number’s message to be sent', async () => (await statusOf(other)) === 'sent', {
      timeoutMs: 4_000,
    });
    const elapsedMs = Date.now() - started;
    const backlogTaken = (await Promise.all(backlog.map(statusOf))).filter((status) => status !== 'queued');
    expect(backlogTaken.length).toBeGreaterThan(0);
    expect(backlogTaken.length).toBeLessThanOrEqual(Math.ceil((elapsedMs / 1000) * RATE_PER_SECOND) + 1);
  });
});
