import { randomBytes } from 'node:crypto';
import http from 'node:http';
import autocannon from 'autocannon';
import { defaultConfig } from '../../server/src/config';
import { createCallbackCluster, receiveOnlyAccount } from '../harness/callback-cluster';
import { signedInboundLoad } from '../harness/callback-load';
import { DEMO_BUSINESS_NUMBER, inboundBody, referenceId } from '../harness/pipeline';
import { selectRows } from '../harness/sql';
import type { ProcessCluster, StrapiProcess } from '../harness/strapi-processes';

// docs/reliability.md §7 D5: a flood of unsigned requests from one address while TeleSign's signed
// callbacks arrive from another, into a Strapi process of its own with the plugin's default
// refusal limit. The flood comes from 127.0.0.2, the signed load from 127.0.0.1 (both loopback).
const ACCOUNT = receiveOnlyAccount('AB12CD34-0000-4000-8000-00000000D005');
const FLOOD = { address: '127.0.0.2', ratePerSecond: 1_000, seconds: 5, connections: 20 };
const SIGNED = { connections: 10, ratePerSecond: 100, requests: 500 };
const LIMIT = defaultConfig.callbackRefusalLimit;

interface FloodResult {
  statuses: Map<number, number>;
  /** 429 answers without a Retry-After header. */
  withoutRetryAfter: number;
  errors: number;
  seconds: number;
}

/**
 * FLOOD.ratePerSecond × FLOOD.seconds unsigned POSTs from FLOOD.address over FLOOD.connections
 * kept-alive connections: half to the account's real callback URL, half to unknown ones.
 */
const flood = async (base: string): Promise<FloodResult> => {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: FLOOD.connections,
    localAddress: FLOOD.address,
  });
  const total = FLOOD.ratePerSecond * FLOOD.seconds;
  const result: FloodResult = { statuses: new Map(), withoutRetryAfter: 0, errors: 0, seconds: 0 };
  const started = Date.now();
  let next = 0;
  const post = (index: number) =>
    new Promise<void>((resolve) => {
      const token = index % 2 === 0 ? ACCOUNT.callbackToken : randomBytes(32).toString('base64url');
      const body = inboundBody({
        referenceId: referenceId(),
        from: '15553060001',
        to: DEMO_BUSINESS_NUMBER,
        text: 'x',
      });
      const req = http.request(
        `${base}/api/sms-channel/telesign/callbacks/${token}`,
        { method: 'POST', agent, headers: { 'Content-Type': 'application/json' }, timeout: 5_000 },
        (res) => {
          res.resume();
          res.on('end', () => {
            const status = res.statusCode ?? 0;
            result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1);
            if (status === 429 && !res.headers['retry-after']) result.withoutRetryAfter += 1;
            resolve();
          });
        },
      );
      req.on('error', () => {
        result.errors += 1;
        resolve();
      });
      req.on('timeout', () => req.destroy());
      req.end(body);
    });
  const worker = async (): Promise<void> => {
    while (next < total) {
      const index = next;
      next += 1;
      // Request `index` starts no earlier than its slot at FLOOD.ratePerSecond.
      const wait = started + (index * 1_000) / FLOOD.ratePerSecond - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      await post(index);
    }
  };
  await Promise.all(Array.from({ length: FLOOD.connections }, worker));
  agent.destroy();
  result.seconds = (Date.now() - started) / 1_000;
  return result;
};

/** SIGNED.requests signed callbacks at SIGNED.ratePerSecond, numbered from `label`. */
const signedLoad = (url: string, label: string) => {
  const { request, acknowledged } = signedInboundLoad(ACCOUNT, {
    from: (sequence) => `1555305${String(sequence % 100).padStart(4, '0')}`,
    to: DEMO_BUSINESS_NUMBER,
    text: (sequence) => `${label} ${sequence}`,
  });
  const result = new Promise<autocannon.Result>((resolve, reject) =>
    autocannon(
      {
        url: `${url}/api/sms-channel/telesign/callbacks/${ACCOUNT.callbackToken}`,
        connections: SIGNED.connections,
        amount: SIGNED.requests,
        overallRate: SIGNED.ratePerSecond,
        timeout: 5,
        requests: [request],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    ),
  );
  return { result, acknowledged };
};

describe('D5: a flood of unsigned callbacks from one address', () => {
  let cluster: ProcessCluster;
  let strapi: StrapiProcess;

  beforeAll(async () => {
    cluster = await createCallbackCluster(ACCOUNT, { concurrency: 4, leaseMs: 30_000 });
    strapi = await cluster.start();
  });

  afterAll(async () => {
    await cluster?.dispose();
  });

  it(`is answered 429 past its refusal budget, while signed callbacks from another address keep A1's latency and are all stored`, async () => {
    // The same signed load without the flood first: its latency on this machine, now, is what the
    // flood must not worsen (an absolute bound fails whenever the machine is busy with other work).
    const quiet = signedLoad(strapi.url, 'Quiet');
    const baseline = await quiet.result;
    const underFlood = signedLoad(strapi.url, 'Signed');
    const [flooded, signed] = await Promise.all([flood(strapi.url), underFlood.result]);

    const total = FLOOD.ratePerSecond * FLOOD.seconds;
    const refusedAsUsual = (flooded.statuses.get(401) ?? 0) + (flooded.statuses.get(404) ?? 0);
    const limited = flooded.statuses.get(429) ?? 0;
    console.log(
      `D5: flood of ${total} in ${flooded.seconds.toFixed(1)} s: ${JSON.stringify(Object.fromEntries(flooded.statuses))}; ` +
        `signed ${signed['2xx']}/${SIGNED.requests} 2xx, p50 ${signed.latency.p50} ms, p99 ${signed.latency.p99} ms ` +
        `(without the flood: p50 ${baseline.latency.p50} ms, p99 ${baseline.latency.p99} ms)`,
    );
    // Every flood request answered: the budget's refusals as usual, all the others 429 with Retry-After.
    expect(flooded.errors).toBe(0);
    expect(refusedAsUsual + limited).toBe(total);
    expect(refusedAsUsual).toBeLessThanOrEqual(
      LIMIT.burst + Math.ceil(LIMIT.perSecond * flooded.seconds) + 1,
    );
    expect(flooded.withoutRetryAfter).toBe(0);

    // The signed callbacks as in A1: none refused or late, every one stored, nothing of the flood stored.
    // The flood adds at most A1's bounds to their latency (p50 100 ms, p99 1 s).
    for (const load of [baseline, signed]) {
      expect({ errors: load.errors, timeouts: load.timeouts, non2xx: load.non2xx }).toEqual({
        errors: 0,
        timeouts: 0,
        non2xx: 0,
      });
    }
    expect(signed.latency.p99).toBeLessThanOrEqual(baseline.latency.p99 + 1_000);
    expect(signed.latency.p50).toBeLessThanOrEqual(baseline.latency.p50 + 100);
    const stored = new Set(
      (await selectRows(cluster.database, 'SELECT reference_id FROM sms_channel_callback_events')).map(
        (row) => String(row.reference_id),
      ),
    );
    expect(stored).toEqual(new Set([...quiet.acknowledged, ...underFlood.acknowledged]));
    expect(stored.size).toBe(2 * SIGNED.requests);
  }, 120_000);
});
