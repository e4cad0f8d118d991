import type { RunningSimulator } from '../../simulator/src/server';
import {
  inboundBody,
  pipelineEnv,
  postSignedCallback,
  referenceId,
  setUpChannel,
  type TestChannel,
} from '../harness/pipeline';
import { shuffled } from '../harness/shuffle';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

// docs/reliability.md §7 B1: 500 distinct inbound SMS, each delivered 5 times, all at once and shuffled.
const DISTINCT_EVENTS = 500;
const COPIES = 5;
const CUSTOMERS = 50;
const IN_FLIGHT = 25;

describe('B1 duplicate storm: TeleSign repeating every callback five times, concurrently', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({ listen: true, env: pipelineEnv({ sender: { enabled: false } }) });
    channel = await setUpChannel(app, simulator);
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  const count = (name: string, where: object = {}) =>
    app.strapi.db.query(`plugin::sms-channel.${name}` as never).count({ where });

  it(`answers all ${DISTINCT_EVENTS * COPIES} requests 200 and keeps exactly ${DISTINCT_EVENTS} messages`, async () => {
    const customer = (i: number) => `1555301${String(i % CUSTOMERS).padStart(4, '0')}`;
    const bodies = Array.from({ length: DISTINCT_EVENTS }, (_, i) =>
      inboundBody({
        referenceId: referenceId(),
        from: customer(i),
        to: channel.businessNumber,
        text: `Storm message ${i}`,
      }),
    );
    const deliveries = shuffled(
      bodies.flatMap((body) => Array.from({ length: COPIES }, () => body)),
      20_261_124,
    );

    const statuses = new Map<number, number>();
    const answers = { stored: 0, duplicate: 0 };
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < deliveries.length) {
        const body = deliveries[next];
        next += 1;
        const response = await postSignedCallback(app, channel.account, body);
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.body?.duplicate === true) answers.duplicate += 1;
        if (response.body?.duplicate === false) answers.stored += 1;
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    expect(Object.fromEntries(statuses)).toEqual({ 200: DISTINCT_EVENTS * COPIES });
    expect(answers).toEqual({ stored: DISTINCT_EVENTS, duplicate: DISTINCT_EVENTS * (COPIES - 1) });
    expect(await count('callback-event')).toBe(DISTINCT_EVENTS);

    await waitFor(
      'every stored callback to be processed',
      async () => ((await count('callback-event', { processedAt: null })) === 0 ? true : undefined),
      { timeoutMs: 60_000 },
    );
    expect(await count('message', { direction: 'inbound' })).toBe(DISTINCT_EVENTS);
    expect(await count('conversation')).toBe(CUSTOMERS);
    const perConversation = (await app.strapi.db
      .getConnection('sms_channel_messages_conversation_lnk')
      .select('conversation_id')
      .count({ n: '*' })
      .groupBy('conversation_id')) as Array<{ n: number | string }>;
    expect(perConversation.map((row) => Number(row.n))).toEqual(
      Array.from({ length: CUSTOMERS }, () => DISTINCT_EVENTS / CUSTOMERS),
    );
  });
});
