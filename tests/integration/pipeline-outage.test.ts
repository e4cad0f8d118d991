import { clock } from '../../server/src/runtime/clock';
import type { RunningSimulator } from '../../simulator/src/server';
import { createSuperAdmin } from '../harness/admin-users';
import {
  addFault,
  newCustomerNumber,
  pipelineEnv,
  setUpChannel,
  simulatorMessages,
  simulatorSendRequests,
  type TestChannel,
} from '../harness/pipeline';
import { adminApi, type AdminApi } from '../harness/setup-api';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

const MESSAGES = 20;
const CONCURRENCY = 4;
const MINIMUM_SENDS = 6;
/** Longer than the test: each pause ends when the test moves the plugin's clock past it. */
const PAUSE_MS = 600_000;

/**
 * docs/reliability.md §7 C6, adapted: TeleSign answers every send with 503 until the outage ends. Without the outage
 * breaker, three attempts each (100–200 ms apart) would mark all 20 replies failed within a second.
 */
describe('TeleSign outage: sending pauses, queued messages wait and go out once it answers', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let api: AdminApi;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({
        sender: {
          concurrency: CONCURRENCY,
          maxAttempts: 3,
          retryBaseDelayMs: 100,
          retryMaxDelayMs: 200,
          outage: { minimumSends: MINIMUM_SENDS, failureRatio: 0.5, windowMs: 60_000, pauseMs: PAUSE_MS },
        },
      }),
    });
    channel = await setUpChannel(app, simulator);
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  const accountHealth = async () => {
    const health = await api.get('/sms-channel/health');
    return (
      health.body.data.accounts as Array<{
        documentId: string;
        sendingPausedUntil: string | null;
        lastError: { source: string; message: string } | null;
      }>
    ).find((candidate) => candidate.documentId === channel.account.documentId);
  };
  const pausedUntil = async (): Promise<string | null> => (await accountHealth())?.sendingPausedUntil ?? null;
  const statuses = async (): Promise<Record<string, number>> => {
    const rows = (await app.strapi.db
      .query('plugin::sms-channel.message' as never)
      .findMany({ where: { direction: 'outbound' }, select: ['status'] })) as Array<{ status: string }>;
    const counts: Record<string, number> = {};
    for (const { status } of rows) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  };
  const sends = async (): Promise<number> => (await simulatorSendRequests(simulator)).length;
  const sender = () =>
    app.strapi.plugin('sms-channel').service('sender') as {
      completedTicks(): number;
      start(): void;
      stop(): Promise<void>;
    };
  /** Waits until every queued reply is due again and the sender has gone over them in a whole tick. */
  const senderPassedOverTheQueue = async (): Promise<void> => {
    const rows = (await app.strapi.db.query('plugin::sms-channel.message' as never).findMany({
      where: { direction: 'outbound', status: 'queued' },
      select: ['nextAttemptAt'],
    })) as Array<{ nextAttemptAt: string | null }>;
    const dueBy = Math.max(0, ...rows.map((row) => new Date(row.nextAttemptAt ?? 0).getTime()));
    await waitFor('the held replies to be due', async () => Date.now() > dueBy, { intervalMs: 20 });
    const ticks = sender().completedTicks();
    await waitFor('a whole sender tick', async () => sender().completedTicks() >= ticks + 2, {
      intervalMs: 20,
    });
  };
  /** The breaker's time, moved on by whole pauses instead of waiting them out. */
  let clockShiftMs = 0;
  const endThePause = (): void => {
    clockShiftMs += PAUSE_MS;
  };

  beforeEach(() => {
    jest.spyOn(clock, 'now').mockImplementation(() => Date.now() + clockShiftMs);
  });

  it('holds the account’s messages without using up their attempts, tries one per pause, then sends them all once', async () => {
    const warn = jest.spyOn(app.strapi.log, 'warn');
    const info = jest.spyOn(app.strapi.log, 'info');
    await addFault(simulator, { target: 'send', kind: 'http-error', status: 503, times: 1_000 });
    const customers = Array.from({ length: MESSAGES }, () => newCustomerNumber());
    // Every reply is queued before the sender starts: otherwise, on a slow machine, the first could
    // use up its 3 attempts while the others are still being written, before MINIMUM_SENDS outcomes.
    await sender().stop();
    for (const to of customers) {
      const response = await api.post('/sms-channel/conversations', {
        numberId: channel.number.documentId,
        to,
        body: 'Your order has shipped.',
      });
      expect(response.status).toBe(201);
    }
    sender().start();

    const firstPause = await waitFor('sending to pause', pausedUntil, { timeoutMs: 10_000, intervalMs: 20 });
    // Sends already under way when the pause began still reach TeleSign: count them once they ended.
    await waitFor('the sends under way to end', async () => (await statuses()).sending === undefined, {
      intervalMs: 20,
    });
    const sendsBeforePause = await sends();
    // The sends that made the verdict, and at most those already in flight then.
    expect(sendsBeforePause).toBeGreaterThanOrEqual(MINIMUM_SENDS);
    expect(sendsBeforePause).toBeLessThanOrEqual(MINIMUM_SENDS + CONCURRENCY);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(
        /TeleSign is failing for the SMS account ".+": \d+ of its last \d+ sends did not get through/,
      ),
    );
    // Why, for the admin: the error the waiting replies met.
    expect((await accountHealth())?.lastError).toEqual({
      source: 'send',
      message: expect.stringMatching(/^TeleSign answered .*503.*; trying again\.$/),
      at: expect.any(String),
    });

    // While paused, TeleSign is not called and nothing is given up on.
    await senderPassedOverTheQueue();
    expect(await sends()).toBe(sendsBeforePause);
    expect(await statuses()).toEqual({ queued: MESSAGES });

    // Each pause ends with one trial; it meets the outage too, so the pause starts again.
    endThePause();
    const secondPause = await waitFor(
      'the second pause',
      async () => {
        const until = await pausedUntil();
        return until !== null && until !== firstPause ? until : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    expect(await sends()).toBe(sendsBeforePause + 1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/TeleSign is still failing for the SMS account/));

    // A trial that meets the outage does not bring its message closer to failing (3 attempts here).
    endThePause();
    await waitFor(
      'the third pause',
      async () => {
        const until = await pausedUntil();
        return until !== null && until !== secondPause ? until : undefined;
      },
      { timeoutMs: 10_000, intervalMs: 20 },
    );
    expect(await sends()).toBe(sendsBeforePause + 2);
    // The pause starts when TeleSign answers the trial; its message is back in the queue once the
    // attempt's end is written (gathered with others for a few milliseconds), not given up on.
    await waitFor(
      'the trial message to be queued again',
      async () => {
        const counts = await statuses();
        expect(counts.failed).toBeUndefined();
        return counts.queued === MESSAGES ? counts : undefined;
      },
      { timeoutMs: 5_000, intervalMs: 20 },
    );

    // Still paused in between: no other reply was tried.
    await senderPassedOverTheQueue();
    expect(await sends()).toBe(sendsBeforePause + 2);

    // The outage ends: the next trial gets through and every reply goes out, none failed.
    await simulatorControl(simulator, 'DELETE', '/_sim/faults');
    endThePause();
    await waitFor(
      'every reply to be sent',
      async () => {
        const counts = await statuses();
        expect(counts.failed).toBeUndefined();
        return (counts.sent ?? 0) + (counts.delivered ?? 0) === MESSAGES ? counts : undefined;
      },
      { timeoutMs: 15_000, intervalMs: 50 },
    );
    expect(await pausedUntil()).toBeNull();
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/TeleSign answers again for the SMS account/));
    for (const customer of customers) expect(await simulatorMessages(simulator, customer)).toHaveLength(1);
  });
});
