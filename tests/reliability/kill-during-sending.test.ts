import { randomBytes } from 'node:crypto';
import type { RunningSimulator } from '../../simulator/src/server';
import { registerFirstAdmin } from '../browser/harness/admin-api';
import {
  addFault,
  DEMO_BUSINESS_NUMBER,
  pipelineEnv,
  SIM_CUSTOMER,
  simulatorSendRequests,
  type SimulatorMessage,
} from '../harness/pipeline';
import { simulatorControl, startTestSimulator } from '../harness/simulator';
import { selectRows } from '../harness/sql';
import {
  callProcess,
  createProcessCluster,
  type ProcessCluster,
  type StrapiProcess,
} from '../harness/strapi-processes';
import { waitFor } from '../harness/wait';

// docs/reliability.md §7 B4: the sender loop SIGKILLed three times while sends are in flight at TeleSign.
const MESSAGES = 200;
const QUEUE_IN_FLIGHT = 10;
/** Every send takes this long at TeleSign, so the sender always has calls in flight. */
const SEND_LATENCY_MS = 400;
/** Kill points, in POSTs TeleSign has received so far (the first also waits for the queueing). */
const KILL_AFTER_POSTS = [60, 110, 160];
/**
 * TeleSign reports a send only this long after accepting it: later than a successor process
 * starts and settles the sends its predecessor left in flight, so that settlement is what this
 * test sees, not a report that happened to beat it.
 */
const FIRST_REPORT_AFTER_MS = 25_000;
/**
 * TeleSign retries a delivery report that got no 200 (docs/telesign.md §3.5); here on a shortened
 * schedule, 31 s in all, so reports sent while no process listened reach the next one.
 */
const REPORT_RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 16_000];
/** How long a send TeleSign never answered waits for its report before it is marked failed. */
const GIVE_UP_MS = 45_000;
const CALLBACK_TOKEN = randomBytes(32).toString('base64url');

interface MessageRow {
  external_id: string;
  status: string;
  attempts: number | string;
  last_error: string | null;
}

describe('B4 sender killed (SIGKILL) three times with sends in flight', () => {
  let simulator: RunningSimulator;
  let cluster: ProcessCluster;

  const outbound = async () =>
    (await selectRows(
      cluster.database,
      "SELECT external_id, status, attempts, last_error FROM sms_channel_messages WHERE direction = 'outbound'",
    )) as unknown as MessageRow[];

  beforeAll(async () => {
    simulator = await startTestSimulator({
      inProgressReportDelayMs: FIRST_REPORT_AFTER_MS,
      finalReportDelayMs: 500,
      callbackRetryDelaysMs: REPORT_RETRY_DELAYS_MS,
    });
    cluster = await createProcessCluster({
      seed: {
        account: {
          customerId: SIM_CUSTOMER.customerId,
          apiKey: SIM_CUSTOMER.apiKey,
          callbackToken: CALLBACK_TOKEN,
          apiHost: simulator.url,
        },
        numbers: [{ digits: DEMO_BUSINESS_NUMBER, workstream: true }],
      },
      env: pipelineEnv({
        // A dead process's claims expire soon after its successor starts.
        sender: { concurrency: 4, leaseMs: 5_000, ratePerSecondPerNumber: 1_000 },
        reconciler: { intervalMs: 200, lookupAfterMs: 600_000, giveUpAfterMs: GIVE_UP_MS },
      }),
    });
  });

  afterAll(async () => {
    await cluster?.dispose();
    await simulator?.close();
  });

  it(`sends none of ${MESSAGES} messages twice and settles every one`, async () => {
    let strapi: StrapiProcess = await cluster.start();
    // TeleSign has one callback URL: each successor listens on the same port.
    const port = Number(new URL(strapi.url).port);
    await simulatorControl(simulator, 'PUT', `/_sim/customers/${SIM_CUSTOMER.customerId}`, {
      callbackUrl: `${strapi.url}/api/sms-channel/telesign/callbacks/${CALLBACK_TOKEN}`,
    });
    await addFault(simulator, { target: 'send', kind: 'latency', delayMs: SEND_LATENCY_MS, times: 1_000 });
    const authorization = `Bearer ${(await registerFirstAdmin(strapi.url)).token}`;
    const numbers = await callProcess(strapi, authorization, 'GET', '/sms-channel/numbers');
    const [number] = numbers.body.data as Array<{ documentId: string }>;

    let queued = 0;
    let next = 0;
    const queue = async (): Promise<void> => {
      while (next < MESSAGES) {
        const i = next;
        next += 1;
        const answer = await callProcess(strapi, authorization, 'POST', '/sms-channel/conversations', {
          numberId: number.documentId,
          to: `1555304${String(i).padStart(4, '0')}`,
          body: `Outbox crash ${i}`,
        });
        expect(answer.status).toBe(201);
        queued += 1;
      }
    };

    /** Messages the dead process had claimed: their send may or may not have reached TeleSign. */
    const cutByKill: string[][] = [];
    const killer = async (): Promise<void> => {
      for (const threshold of KILL_AFTER_POSTS) {
        await waitFor(
          `${threshold} sends at TeleSign`,
          async () => queued === MESSAGES && (await simulatorSendRequests(simulator)).length >= threshold,
          { timeoutMs: 60_000, intervalMs: 20 },
        );
        await strapi.kill('SIGKILL');
        const cut = (await outbound())
          .filter((row) => row.status === 'sending')
          .map((row) => row.external_id);
        cutByKill.push(cut);
        strapi = await cluster.start({ port });
        // The successor settles them as "unknown" (TeleSign may or may not have them) once the
        // dead process's claims expire: never queued again, never sent a second time.
        await waitFor(
          `the ${cut.length} sends cut by the kill to be settled as unknown`,
          async () => {
            const rows = (await outbound()).filter((row) => cut.includes(row.external_id));
            return rows.every((row) => row.status === 'unknown' && Number(row.attempts) === 1);
          },
          { timeoutMs: FIRST_REPORT_AFTER_MS, intervalMs: 100 },
        );
      }
    };
    await Promise.all([killer(), ...Array.from({ length: QUEUE_IN_FLIGHT }, queue)]);

    const rows = await waitFor(
      'every message to be delivered or failed',
      async () => {
        const all = await outbound();
        return all.every((row) => row.status === 'delivered' || row.status === 'failed') ? all : undefined;
      },
      { timeoutMs: GIVE_UP_MS + 30_000, intervalMs: 250 },
    );
    expect(rows).toHaveLength(MESSAGES);

    // Each kill caught sends in flight.
    expect(cutByKill.map((ids) => ids.length > 0)).toEqual(KILL_AFTER_POSTS.map(() => true));

    // No message was POSTed to TeleSign twice: a send cut by a kill is never blindly resent.
    const posts = new Map<string, number>();
    for (const request of await simulatorSendRequests(simulator)) {
      const externalId = String(new URLSearchParams(request.body).get('external_id'));
      posts.set(externalId, (posts.get(externalId) ?? 0) + 1);
    }
    expect([...posts].filter(([, n]) => n > 1)).toEqual([]);
    expect(rows.filter((row) => Number(row.attempts) !== 1)).toEqual([]);

    // What TeleSign accepted is delivered (its report settled even the sends cut by a kill); a
    // message claimed but never POSTed is failed, saying so; nothing else.
    const accepted = new Set(
      (
        await simulatorControl<{ messages: SimulatorMessage[] }>(simulator, 'GET', '/_sim/messages')
      ).body.messages.map((message) => message.externalId),
    );
    const delivered = rows.filter((row) => row.status === 'delivered').map((row) => row.external_id);
    const failed = rows.filter((row) => row.status === 'failed');
    expect(new Set(delivered)).toEqual(accepted);
    expect(failed.filter((row) => posts.has(row.external_id))).toEqual([]);
    expect(failed.filter((row) => !/never answered the send request/.test(row.last_error ?? ''))).toEqual([]);
    const cut = new Set(cutByKill.flat());
    expect(failed.filter((row) => !cut.has(row.external_id))).toEqual([]);
    // At least one send was at TeleSign when its process died, and was settled by its report.
    expect(delivered.filter((externalId) => cut.has(externalId)).length).toBeGreaterThan(0);
  });
});
