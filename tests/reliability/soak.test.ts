import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import autocannon from 'autocannon';
import type { RunningSimulator } from '../../simulator/src/server';
import {
  inboundBody,
  pipelineEnv,
  UNLIMITED_REFUSALS,
  referenceId,
  setUpChannel,
  signedCallbackHeaders,
  type TestChannel,
} from '../harness/pipeline';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

// docs/reliability.md §7 A4: a soak of mixed callbacks (new, repeated, forged, to an unknown URL) into
// a Strapi in this process, so that its heap, its event loop and its handles can be looked at.
const WARM_UP = 1_000;
const SOAK = 10_000;
const CONNECTIONS = 10;
const CUSTOMERS = 200;
const MAX_RSS_GROWTH_MB = 50;
const MAX_LOOP_DELAY_P99_MS = 200;

/** Each run of ten requests: six new messages, two repeats, one forged, one to an unknown URL. */
type Kind = 'new' | 'repeat' | 'forged' | 'unknown-url';
const KINDS: Kind[] = ['new', 'new', 'new', 'new', 'new', 'new', 'repeat', 'repeat', 'forged', 'unknown-url'];
const EXPECTED_STATUS: Record<Kind, number> = { new: 200, repeat: 200, forged: 401, 'unknown-url': 404 };

const secret = (): string => randomBytes(32).toString('base64');
/** A well-formed callback token (as the plugin makes them) that no account has. */
const unknownToken = (): string => randomBytes(32).toString('base64url');

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

const settledMemoryMb = async (): Promise<{ rss: number; heapUsed: number }> => {
  for (let i = 0; i < 3; i += 1) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const { rss, heapUsed } = process.memoryUsage();
  return { rss: rss / 2 ** 20, heapUsed: heapUsed / 2 ** 20 };
};

/** The resources keeping this process alive, by type (sockets, servers, timers…). */
const activeResources = (): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const type of process.getActiveResourcesInfo()) counts[type] = (counts[type] ?? 0) + 1;
  return counts;
};

describe('A4 soak: 10,000 mixed callbacks leave no growth, no stalls and no handles behind', () => {
  let simulator: RunningSimulator;
  let app: TestApp | undefined;
  let channel: TestChannel;
  let resourcesBefore: Record<string, number>;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    resourcesBefore = activeResources();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({ sender: { enabled: false }, callbackRefusalLimit: UNLIMITED_REFUSALS }),
    });
    channel = await setUpChannel(app, simulator);
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  /** Sends `requests` callbacks of the mix over CONNECTIONS; answers the statuses seen per kind. */
  const soak = (url: string, requests: number) =>
    new Promise<Record<Kind, Map<number, number>>>((resolve, reject) => {
      const statuses = Object.fromEntries(KINDS.map((kind) => [kind, new Map<number, number>()])) as Record<
        Kind,
        Map<number, number>
      >;
      const path = `/api/sms-channel/telesign/callbacks/${channel.account.callbackToken}`;
      const wrongKey = { customerId: channel.account.customerId, apiKey: secret() };
      let sequence = 0;
      let lastNew: { body: string; headers: Record<string, string> } | null = null;
      const request: autocannon.Request = {
        method: 'POST',
        setupRequest: (base, context: { kind?: Kind }) => {
          const kind = KINDS[sequence % KINDS.length];
          sequence += 1;
          context.kind = kind;
          const body = inboundBody({
            referenceId: referenceId(),
            from: `1555306${String(sequence % CUSTOMERS).padStart(4, '0')}`,
            to: channel.businessNumber,
            text: `Soak ${sequence}`,
          });
          switch (kind) {
            case 'new':
              lastNew = { body, headers: signedCallbackHeaders(channel.account, body) };
              return { ...base, path, ...lastNew };
            case 'repeat':
              return {
                ...base,
                path,
                ...(lastNew ?? { body, headers: signedCallbackHeaders(channel.account, body) }),
              };
            case 'forged':
              return { ...base, path, body, headers: signedCallbackHeaders(wrongKey, body) };
            case 'unknown-url':
              return {
                ...base,
                path: `/api/sms-channel/telesign/callbacks/${unknownToken()}`,
                body,
                headers: signedCallbackHeaders(channel.account, body),
              };
          }
        },
        onResponse: (status, _body, context: { kind?: Kind }) => {
          const seen = statuses[context.kind ?? 'new'];
          seen.set(status, (seen.get(status) ?? 0) + 1);
        },
      };
      autocannon(
        { url, connections: CONNECTIONS, amount: requests, timeout: 5, requests: [request] },
        (error) => (error ? reject(error) : resolve(statuses)),
      );
    });

  const backlogProcessed = () =>
    waitFor(
      'the backlog to be processed',
      async () => {
        const unprocessed = await app!.strapi.db
          .query('plugin::sms-channel.callback-event' as never)
          .count({ where: { processedAt: null } });
        return unprocessed === 0 ? true : undefined;
      },
      { timeoutMs: 180_000, intervalMs: 500 },
    );

  it(`answers ${SOAK} mixed callbacks as expected, with RSS growth ≤ ${MAX_RSS_GROWTH_MB} MB and event-loop delay p99 ≤ ${MAX_LOOP_DELAY_P99_MS} ms, and leaves no handle open`, async () => {
    const url = app!.url!;
    await soak(url, WARM_UP);
    await backlogProcessed();
    const before = await settledMemoryMb();

    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const statuses = await soak(url, SOAK);
    await backlogProcessed();
    loop.disable();
    const after = await settledMemoryMb();
    const loopP99Ms = loop.percentile(99) / 1e6;

    for (const kind of KINDS) {
      expect({ kind, statuses: Object.fromEntries(statuses[kind]) }).toEqual({
        kind,
        statuses: { [EXPECTED_STATUS[kind]]: (SOAK * KINDS.filter((k) => k === kind).length) / KINDS.length },
      });
    }
    console.log(
      `A4: RSS ${before.rss.toFixed(0)} → ${after.rss.toFixed(0)} MiB, heap ${before.heapUsed.toFixed(0)} → ` +
        `${after.heapUsed.toFixed(0)} MiB after GC; event-loop delay p99 ${loopP99Ms.toFixed(0)} ms`,
    );
    expect(after.rss - before.rss).toBeLessThanOrEqual(MAX_RSS_GROWTH_MB);
    expect(loopP99Ms).toBeLessThanOrEqual(MAX_LOOP_DELAY_P99_MS);

    await app!.stop();
    app = undefined;
    // Whatever Strapi opened (database pool, server, timers) is closed once it has stopped.
    const extra = () =>
      Object.entries(activeResources()).filter(([type, n]) => n > (resourcesBefore[type] ?? 0));
    await waitFor(
      'the handles Strapi opened to be closed',
      async () => (extra().length === 0 ? true : undefined),
      {
        timeoutMs: 5_000,
        intervalMs: 100,
      },
    ).catch(() => undefined);
    expect(extra()).toEqual([]);
  }, 600_000);
});
