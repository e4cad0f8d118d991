import autocannon from 'autocannon';
import {
  countUnprocessedCallbacks,
  createCallbackCluster,
  receiveOnlyAccount,
} from '../harness/callback-cluster';
import { signedInboundLoad } from '../harness/callback-load';
import { DEMO_BUSINESS_NUMBER } from '../harness/pipeline';
import { selectRows } from '../harness/sql';
import type { ProcessCluster, StrapiProcess } from '../harness/strapi-processes';
import { waitFor } from '../harness/wait';

// docs/reliability.md §7 A1, A2 and A3: the callback receiver under a steady load and under a burst, with
// autocannon in this process and Strapi in its own (so the load generator does not share its
// event loop). TeleSign waits 5 s for an answer: a p99 of 1 s leaves five times that.
const ACCOUNT = receiveOnlyAccount('AB12CD34-0000-4000-8000-00000000A001');
const STEADY = { connections: 10, ratePerSecond: 100, requests: 6_000 };
const BURST = { connections: 50, requests: 1_000 };
const RECOVERY = { connections: 10, ratePerSecond: 100, requests: 1_000 };
/** A2's steps (requests per second), each held STEP_SECONDS; capacity is the last step held. */
const STEPS = [50, 100, 200, 400];
const STEP_SECONDS = 10;
/** One short code's worth of delivery reports (100 MPS): the capacity A2 requires. */
const REQUIRED_CAPACITY = 100;
const CUSTOMERS = 500;

interface LoadResult {
  result: autocannon.Result;
  /** Reference ids of the callbacks answered 2xx. */
  acknowledged: Set<string>;
}

describe('A load held: signed callbacks at a steady rate and in a burst', () => {
  let cluster: ProcessCluster;
  let strapi: StrapiProcess;

  beforeAll(async () => {
    cluster = await createCallbackCluster(ACCOUNT, { concurrency: 4, leaseMs: 30_000 });
    strapi = await cluster.start();
  });

  afterAll(async () => {
    await cluster?.dispose();
  });

  const load = (options: { connections: number; requests: number; ratePerSecond?: number }) =>
    new Promise<LoadResult>((resolve, reject) => {
      const { request, acknowledged } = signedInboundLoad(ACCOUNT, {
        from: (sequence) => `1555304${String(sequence % CUSTOMERS).padStart(4, '0')}`,
        to: DEMO_BUSINESS_NUMBER,
        text: (sequence) => `Load ${sequence}`,
      });
      autocannon(
        {
          url: `${strapi.url}/api/sms-channel/telesign/callbacks/${ACCOUNT.callbackToken}`,
          connections: options.connections,
          amount: options.requests,
          overallRate: options.ratePerSecond,
          timeout: 5,
          requests: [request],
        },
        (error, result) => (error ? reject(error) : resolve({ result, acknowledged })),
      );
    });

  const storedReferenceIds = async (): Promise<Set<string>> =>
    new Set(
      (await selectRows(cluster.database, 'SELECT reference_id FROM sms_channel_callback_events')).map(
        (row) => String(row.reference_id),
      ),
    );

  const failures = ({ result }: LoadResult) => ({
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  });

  it(`A1: ${STEADY.requests} callbacks at ${STEADY.ratePerSecond}/s over ${STEADY.connections} connections, all acknowledged within 1 s and stored`, async () => {
    const steady = await load(STEADY);

    expect(failures(steady)).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(steady.result['2xx']).toBe(STEADY.requests);
    expect(steady.result.latency.p99).toBeLessThanOrEqual(1_000);
    expect(steady.result.latency.p50).toBeLessThanOrEqual(100);
    const stored = await storedReferenceIds();
    expect([...steady.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
    expect(stored.size).toBe(STEADY.requests);
  }, 180_000);

  it(`A3: a burst of ${BURST.requests} over ${BURST.connections} connections is answered 2xx and kept, and the steady latency is back right after`, async () => {
    const before = (await storedReferenceIds()).size;
    const burst = await load(BURST);

    // No rate limit is configured for signed callbacks, so nothing may be refused (not even 429).
    expect(failures(burst)).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    const stored = await storedReferenceIds();
    expect([...burst.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
    expect(stored.size).toBe(before + BURST.requests);

    // Straight after the burst (its backlog still being processed), the steady load is served as in A1.
    const recovery = await load(RECOVERY);
    expect(failures(recovery)).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
    expect(recovery.result.latency.p99).toBeLessThanOrEqual(1_000);

    // And every acknowledged callback is applied: one inbound message each.
    await waitFor(
      'the backlog to be processed',
      async () => ((await countUnprocessedCallbacks(cluster)) === 0 ? true : undefined),
      { timeoutMs: 120_000, intervalMs: 500 },
    );
    const [messages] = await selectRows(
      cluster.database,
      "SELECT COUNT(*) AS n FROM sms_channel_messages WHERE direction = 'inbound'",
    );
    expect(Number(messages.n)).toBe(STEADY.requests + BURST.requests + RECOVERY.requests);
  }, 240_000);

  it(`A2: a step test ${STEPS.join('→')}/s, ${STEP_SECONDS} s each, holds at least ${REQUIRED_CAPACITY}/s with p99 ≤ 1 s and no error`, async () => {
    const held: Array<{ rate: number; p99: number; failures: ReturnType<typeof failures> }> = [];
    for (const rate of STEPS) {
      const before = (await storedReferenceIds()).size;
      const step = await load({ connections: 20, ratePerSecond: rate, requests: rate * STEP_SECONDS });
      const stored = await storedReferenceIds();
      // Whatever the rate, an acknowledged callback is stored.
      expect([...step.acknowledged].filter((id) => !stored.has(id))).toEqual([]);
      expect(stored.size).toBe(before + step.acknowledged.size);
      held.push({ rate, p99: step.result.latency.p99, failures: failures(step) });
      const ok = step.result.latency.p99 <= 1_000 && Object.values(failures(step)).every((n) => n === 0);
      if (!ok) break;
    }
    const capacity = Math.max(
      0,
      ...held
        .filter((step) => step.p99 <= 1_000 && Object.values(step.failures).every((n) => n === 0))
        .map((step) => step.rate),
    );
    console.log(
      `A2 capacity: ${capacity}/s (${held.map((step) => `${step.rate}/s p99 ${step.p99} ms`).join(', ')})`,
    );
    expect(capacity).toBeGreaterThanOrEqual(REQUIRED_CAPACITY);
  }, 240_000);
});
