import { randomBytes } from 'node:crypto';
import type { RunningSimulator } from '../../simulator/src/server';
import { registerFirstAdmin } from '../browser/harness/admin-api';
import { DEMO_BUSINESS_NUMBER, pipelineEnv, SIM_CUSTOMER, simulatorSendRequests } from '../harness/pipeline';
import { startTestSimulator, simulatorControl } from '../harness/simulator';
import { selectRows } from '../harness/sql';
import {
  callProcess,
  createProcessCluster,
  type ProcessCluster,
  type StrapiProcess,
} from '../harness/strapi-processes';
import { waitFor } from '../harness/wait';

// docs/reliability.md §7 B5: two Strapi processes, each with its sender loop, draining one outbox.
const MESSAGES = 300;
const IN_FLIGHT = 10;

interface SimulatorMessage {
  externalId: string | null;
}

describe('B5 two sender loops on one database', () => {
  let simulator: RunningSimulator;
  let cluster: ProcessCluster;
  let processes: StrapiProcess[];
  let authorization: string;

  const call = (strapi: StrapiProcess, method: 'GET' | 'POST', path: string, body?: object) =>
    callProcess(strapi, authorization, method, path, body);

  beforeAll(async () => {
    simulator = await startTestSimulator();
    cluster = await createProcessCluster({
      seed: {
        account: {
          customerId: SIM_CUSTOMER.customerId,
          apiKey: SIM_CUSTOMER.apiKey,
          callbackToken: randomBytes(32).toString('base64url'),
          apiHost: simulator.url,
        },
        numbers: [{ digits: DEMO_BUSINESS_NUMBER, workstream: true }],
      },
      env: pipelineEnv({ sender: { concurrency: 4, ratePerSecondPerNumber: 1_000 } }),
    });
    // One after the other: the first creates the schema.
    processes = [await cluster.start(), await cluster.start()];
    authorization = `Bearer ${(await registerFirstAdmin(processes[0].url)).token}`;
  });

  afterAll(async () => {
    await cluster?.dispose();
    await simulator?.close();
  });

  it(`sends each of ${MESSAGES} messages queued through both processes exactly once`, async () => {
    const numbers = await call(processes[0], 'GET', '/sms-channel/numbers');
    const [number] = numbers.body.data as Array<{ documentId: string; number: string }>;

    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < MESSAGES) {
        const i = next;
        next += 1;
        // Half through each process, so both senders are woken and both poll the same rows.
        const queued = await call(processes[i % 2], 'POST', '/sms-channel/conversations', {
          numberId: number.documentId,
          to: `1555302${String(i).padStart(4, '0')}`,
          body: `Outbox race ${i}`,
        });
        if (queued.status !== 201) {
          // Say why: the answer and what the process logged (its errors are not in jest's output).
          const log = processes[i % 2].output().split('\n').slice(-40).join('\n');
          throw new Error(
            `Queuing message ${i} answered ${queued.status} ${JSON.stringify(queued.body)}\n${log}`,
          );
        }
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));

    const statuses = await waitFor(
      'every message to leave the outbox',
      async () => {
        const rows = await selectRows(
          cluster.database,
          "SELECT status, COUNT(*) AS n FROM sms_channel_messages WHERE direction = 'outbound' GROUP BY status",
        );
        const byStatus = Object.fromEntries(rows.map((row) => [String(row.status), Number(row.n)]));
        return (byStatus.queued ?? 0) + (byStatus.sending ?? 0) === 0 ? byStatus : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 200 },
    );
    expect(statuses).toEqual({ sent: MESSAGES });

    const posts = await simulatorSendRequests(simulator);
    expect(posts).toHaveLength(MESSAGES);
    expect(posts.every((post) => post.response?.status === 200)).toBe(true);
    const { body } = await simulatorControl<{ messages: SimulatorMessage[] }>(
      simulator,
      'GET',
      '/_sim/messages',
    );
    const externalIds = body.messages.map((message) => message.externalId);
    expect(new Set(externalIds).size).toBe(MESSAGES);
    const attempts = await selectRows(
      cluster.database,
      "SELECT attempts, COUNT(*) AS n FROM sms_channel_messages WHERE direction = 'outbound' GROUP BY attempts",
    );
    expect(attempts.map((row) => [Number(row.attempts), Number(row.n)])).toEqual([[1, MESSAGES]]);
  });
});
