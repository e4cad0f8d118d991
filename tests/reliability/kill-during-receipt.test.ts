import {
  countUnprocessedCallbacks,
  createCallbackCluster,
  receiveOnlyAccount,
} from '../harness/callback-cluster';
import { DEMO_BUSINESS_NUMBER, inboundBody, postSignedCallbackTo, referenceId } from '../harness/pipeline';
import { selectRows } from '../harness/sql';
import type { ProcessCluster, StrapiProcess } from '../harness/strapi-processes';
import { sleep, waitFor } from '../harness/wait';

// docs/reliability.md §7 B3: SIGKILL while signed callbacks stream in; TeleSign retries what got no 200.
const EVENTS = 600;
const CUSTOMERS = 20;
const IN_FLIGHT = 8;
/** Kill points, in acknowledgements so far: early, middle and late in the stream. */
const KILL_AFTER_ACKS = [100, 250, 400];
const RETRY_DELAY_MS = 200;
// Nothing is sent in this test (the sender is off).
const ACCOUNT = receiveOnlyAccount('AB12CD34-0000-4000-8000-00000000B003');

describe('B3 Strapi killed (SIGKILL) three times while receiving a stream of callbacks', () => {
  let cluster: ProcessCluster;

  const unprocessed = () => countUnprocessedCallbacks(cluster);

  beforeAll(async () => {
    cluster = await createCallbackCluster(ACCOUNT);
  });

  afterAll(async () => {
    await cluster?.dispose();
  });

  it(`stores and applies each of ${EVENTS} acknowledged callbacks exactly once`, async () => {
    let strapi: StrapiProcess = await cluster.start();
    // TeleSign keeps calling the one registered URL: each successor listens on the same port.
    const url = strapi.url;
    const port = Number(new URL(url).port);

    const events = Array.from({ length: EVENTS }, (_, i) => {
      const reference = referenceId();
      const from = `1555303${String(i % CUSTOMERS).padStart(4, '0')}`;
      return {
        reference,
        body: inboundBody({ referenceId: reference, from, to: DEMO_BUSINESS_NUMBER, text: `Stream ${i}` }),
      };
    });
    const acknowledged = new Set<string>();
    const attempts = new Map<string, number>();
    /** Answers "stored now" (duplicate: false) per event: more than one would be a double receipt. */
    const storedAnswers = new Map<string, number>();
    const otherAnswers = new Map<number, number>();
    let inFlight = 0;
    const deadline = Date.now() + 90_000;

    /** TeleSign's side: the same signed body to the same URL until it is answered 200. */
    const deliverUntilAcknowledged = async (event: (typeof events)[number]): Promise<void> => {
      for (;;) {
        if (Date.now() > deadline) throw new Error(`callback ${event.reference} was never acknowledged`);
        attempts.set(event.reference, (attempts.get(event.reference) ?? 0) + 1);
        inFlight += 1;
        const answer = await postSignedCallbackTo(url, ACCOUNT, event.body);
        inFlight -= 1;
        if (answer?.status === 200) {
          if (answer.duplicate === false) {
            storedAnswers.set(event.reference, (storedAnswers.get(event.reference) ?? 0) + 1);
          }
          acknowledged.add(event.reference);
          return;
        }
        if (answer) otherAnswers.set(answer.status, (otherAnswers.get(answer.status) ?? 0) + 1);
        await sleep(RETRY_DELAY_MS);
      }
    };
    let next = 0;
    const sender = async (): Promise<void> => {
      while (next < events.length) {
        const event = events[next];
        next += 1;
        await deliverUntilAcknowledged(event);
      }
    };

    const inFlightAtKill: number[] = [];
    const unprocessedAtKill: number[] = [];
    const killer = async (): Promise<void> => {
      for (const threshold of KILL_AFTER_ACKS) {
        await waitFor(`${threshold} acknowledgements`, async () => acknowledged.size >= threshold, {
          timeoutMs: 60_000,
          intervalMs: 5,
        });
        inFlightAtKill.push(inFlight);
        await strapi.kill('SIGKILL');
        unprocessedAtKill.push(await unprocessed());
        strapi = await cluster.start({ port });
      }
    };
    await Promise.all([killer(), ...Array.from({ length: IN_FLIGHT }, sender)]);

    expect(acknowledged.size).toBe(EVENTS);
    // Each kill cut requests in flight, and left acknowledged events unprocessed.
    expect(Math.min(...inFlightAtKill)).toBeGreaterThan(0);
    expect(unprocessedAtKill.reduce((sum, n) => sum + n, 0)).toBeGreaterThan(0);
    // Answered 200 or not at all (connection refused or cut): never an error.
    expect(Object.fromEntries(otherAnswers)).toEqual({});
    // No callback was answered "stored" twice, and one never answered "stored" was stored by a
    // request whose answer the kill cut off (it was retried).
    expect([...storedAnswers.values()].filter((n) => n > 1)).toEqual([]);
    const storedUnanswered = events.filter((event) => !storedAnswers.has(event.reference));
    expect(storedUnanswered.filter((event) => (attempts.get(event.reference) ?? 0) < 2)).toEqual([]);

    await waitFor('every acknowledged callback to be processed', async () => (await unprocessed()) === 0, {
      timeoutMs: 60_000,
      intervalMs: 250,
    });
    const references = new Set(events.map((event) => event.reference));
    const stored = await selectRows(
      cluster.database,
      'SELECT reference_id, outcome FROM sms_channel_callback_events',
    );
    expect(stored).toHaveLength(EVENTS);
    expect(new Set(stored.map((row) => row.reference_id))).toEqual(references);
    expect(stored.filter((row) => row.outcome !== 'applied')).toEqual([]);

    const messages = await selectRows(
      cluster.database,
      "SELECT reference_id FROM sms_channel_messages WHERE direction = 'inbound'",
    );
    expect(messages).toHaveLength(EVENTS);
    expect(new Set(messages.map((row) => row.reference_id))).toEqual(references);
    const perConversation = await selectRows(
      cluster.database,
      'SELECT conversation_id, COUNT(*) AS n FROM sms_channel_messages_conversation_lnk GROUP BY conversation_id',
    );
    expect(perConversation.map((row) => Number(row.n))).toEqual(
      Array.from({ length: CUSTOMERS }, () => EVENTS / CUSTOMERS),
    );
  });
});
