import {
  countUnprocessedCallbacks,
  createCallbackCluster,
  receiveOnlyAccount,
} from '../harness/callback-cluster';
import { DEMO_BUSINESS_NUMBER, inboundBody, postSignedCallbackTo, referenceId } from '../harness/pipeline';
import { selectCount, selectRows } from '../harness/sql';
import type { ProcessCluster, StrapiProcess } from '../harness/strapi-processes';
import { waitFor } from '../harness/wait';

const CUSTOMERS = Array.from({ length: 10 }, (_, index) => `1555010${String(index).padStart(4, '0')}`);
const EVENTS_PER_CUSTOMER = 15;
// Nothing is sent in this test (the sender is off).
const ACCOUNT = receiveOnlyAccount('AB12CD34-0000-4000-8000-00000000C0DE');

interface TestEvent {
  reference: string;
  body: string;
}

/** Posts one signed callback the way TeleSign does; true only for a 200 (an acknowledgement). */
const deliver = async (strapi: StrapiProcess, event: TestEvent): Promise<boolean> =>
  (await postSignedCallbackTo(strapi.url, ACCOUNT, event.body, 10_000))?.status === 200;

/**
 * Delivers `events` with 8 requests in flight, as TeleSign's retries would, until all are
 * acknowledged or, once `killAfter` new acknowledgements have been counted, the database shows
 * acknowledged events still waiting to be processed: then the process is killed with SIGKILL,
 * with requests in flight and processing under way. (If processing keeps up to the last event,
 * the process is killed then.)
 */
const deliverUntilKilled = async (
  strapi: StrapiProcess,
  events: TestEvent[],
  acknowledged: Set<string>,
  killAfter: number | null,
  unprocessed: () => Promise<number>,
): Promise<void> => {
  const queue = [...events];
  let newAcks = 0;
  let killing: Promise<void> | null = null;
  const worker = async (): Promise<void> => {
    for (let event = queue.shift(); event && !killing; event = queue.shift()) {
      if (await deliver(strapi, event)) {
        acknowledged.add(event.reference);
        newAcks += 1;
      }
    }
  };
  const workers = Promise.all(Array.from({ length: 8 }, worker));
  if (killAfter !== null) {
    let delivering = true;
    void workers.then(() => (delivering = false));
    while (!killing && (delivering || newAcks < killAfter)) {
      if (newAcks >= killAfter && ((await unprocessed()) > 0 || !delivering)) {
        killing = strapi.kill('SIGKILL');
      } else {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    }
    killing ??= strapi.kill('SIGKILL');
  }
  await workers;
  await killing;
};

describe('a Strapi process killed (SIGKILL) while processing callbacks', () => {
  let cluster: ProcessCluster;

  const unprocessed = () => countUnprocessedCallbacks(cluster);

  beforeAll(async () => {
    cluster = await createCallbackCluster(ACCOUNT);
  });

  afterAll(async () => {
    await cluster?.dispose();
  });

  it('loses nothing it acknowledged and applies every event exactly once after restarts', async () => {
    const events: TestEvent[] = CUSTOMERS.flatMap((customer) =>
      Array.from({ length: EVENTS_PER_CUSTOMER }, (_, index) => {
        const reference = referenceId();
        return {
          reference,
          body: inboundBody({
            referenceId: reference,
            from: customer,
            to: DEMO_BUSINESS_NUMBER,
            text: `Note ${index + 1}`,
          }),
        };
      }),
    );
    const acknowledged = new Set<string>();
    const pending = () => events.filter((event) => !acknowledged.has(event.reference));
    const duplicatesOfAcknowledged = () =>
      events.filter((event) => acknowledged.has(event.reference)).slice(0, 20);

    // First run: killed after 50 acknowledgements, with events still waiting to be processed.
    await deliverUntilKilled(await cluster.start(), events, acknowledged, 50, unprocessed);
    expect(acknowledged.size).toBeGreaterThanOrEqual(50);
    const leftByFirstKill = await unprocessed();

    // Second run: TeleSign's retries of what was not acknowledged, and repeats of what was; killed again.
    await deliverUntilKilled(
      await cluster.start(),
      [...pending(), ...duplicatesOfAcknowledged()],
      acknowledged,
      40,
      unprocessed,
    );
    // The test means something only if a kill left acknowledged events unprocessed.
    expect(leftByFirstKill + (await unprocessed())).toBeGreaterThan(0);

    // Third run: the rest, then every event must end up processed.
    const last = await cluster.start();
    await deliverUntilKilled(
      last,
      [...pending(), ...duplicatesOfAcknowledged()],
      acknowledged,
      null,
      unprocessed,
    );
    expect(acknowledged.size).toBe(events.length);
    await waitFor(
      'every acknowledged event to be processed',
      async () => ((await unprocessed()) === 0 ? true : undefined),
      {
        timeoutMs: 60_000,
        intervalMs: 250,
      },
    );

    const stored = await selectRows(
      cluster.database,
      'SELECT reference_id, outcome FROM sms_channel_callback_events',
    );
    expect(stored).toHaveLength(events.length);
    expect(new Set(stored.map((row) => row.reference_id))).toEqual(
      new Set(events.map((event) => event.reference)),
    );
    expect(stored.every((row) => row.outcome === 'applied')).toBe(true);

    const messages = await selectRows(
      cluster.database,
      "SELECT reference_id FROM sms_channel_messages WHERE direction = 'inbound'",
    );
    expect(messages).toHaveLength(events.length);
    expect(new Set(messages.map((row) => row.reference_id))).toEqual(
      new Set(events.map((event) => event.reference)),
    );

    const conversations = await selectRows(
      cluster.database,
      'SELECT customer_number, status FROM sms_channel_conversations ORDER BY customer_number',
    );
    expect(conversations).toEqual(
      CUSTOMERS.map((customer) => ({ customer_number: customer, status: 'open' })),
    );
    expect(
      await selectCount(cluster.database, 'SELECT COUNT(*) AS n FROM sms_channel_messages_conversation_lnk'),
    ).toBe(events.length);
    await last.kill('SIGTERM');
  });
});
