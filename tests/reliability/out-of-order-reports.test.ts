import type { RunningSimulator } from '../../simulator/src/server';
import {
  deliveryReportBody,
  insertOutboundMessage,
  newCustomerNumber,
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

// docs/reliability.md §7 B2: delivery reports shuffled, repeated, late, and early.
const ANSWERED = 25; // `sent` with TeleSign's reference id before any report
const RACED = 25; // still `sending`: the reports beat TeleSign's answer (matched by external id)
const UNANSWERED = 25; // `unknown`: TeleSign never answered the send; only its reports tell
const UNKNOWN_YET = 25; // not stored at all until their reports have been tried and postponed
const MESSAGES = ANSWERED + RACED + UNANSWERED + UNKNOWN_YET;
const FAILURE_CODES = [207, 210, 211, 221];
const IN_FLIGHT = 20;
const BASE = Date.parse('2026-03-01T09:00:00Z');

interface Plan {
  reference: string;
  externalId: string;
  finalCode: number;
  expected: 'delivered' | 'failed';
  /** 290 and 292 (in progress) and the final report, in any order. */
  early: string[];
  /** A 203 "delivered to gateway" stamped before the final report, but arriving after it. */
  late: string;
}

interface MessageRow {
  id: number;
  externalId: string | null;
  referenceId: string | null;
  status: string;
  providerStatusCode: number | null;
  providerStatusAt: string | null;
}

describe('B2 delivery reports out of order, repeated, late and early', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({
        // No sender and no reconciler: only delivery reports move the messages.
        sender: { enabled: false },
        // Unmatched reports are retried every second or two, not every few hundred ms: 75 of
        // them retried that often would starve the receiver on a small machine.
        callbackProcessing: { retryBaseDelayMs: 1_000, retryMaxDelayMs: 2_000 },
      }),
    });
    channel = await setUpChannel(app, simulator);
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  const db = (name: string) => app.strapi.db.query(`plugin::sms-channel.${name}` as never);
  const unprocessed = () => db('callback-event').count({ where: { processedAt: null } });
  const allProcessed = () =>
    waitFor('every stored report to be processed', async () => (await unprocessed()) === 0, {
      timeoutMs: 60_000,
      intervalMs: 100,
    });
  const messageRows = async (plans: Plan[]) =>
    (await db('message').findMany({
      where: { externalId: { $in: plans.map((plan) => plan.externalId) } },
      select: ['id', 'externalId', 'referenceId', 'status', 'providerStatusCode', 'providerStatusAt'],
      orderBy: { id: 'asc' },
    })) as MessageRow[];

  const answers = { statuses: new Map<number, number>(), stored: 0, duplicate: 0 };
  const post = async (body: string): Promise<void> => {
    const response = await postSignedCallback(app, channel.account, body);
    answers.statuses.set(response.status, (answers.statuses.get(response.status) ?? 0) + 1);
    if (response.body?.duplicate === true) answers.duplicate += 1;
    if (response.body?.duplicate === false) answers.stored += 1;
  };
  /** Posts the bursts in order, IN_FLIGHT at a time, the bodies of a burst all at once. */
  const deliver = async (bursts: string[][]): Promise<void> => {
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < bursts.length) {
        const burst = bursts[next];
        next += 1;
        await Promise.all(burst.map(post));
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  };
  const oneByOne = (bodies: string[]) => bodies.map((body) => [body]);
  /** Every fourth body: TeleSign repeats a report whose acknowledgement it did not see. */
  const repeatsOf = (bodies: string[]) => bodies.filter((_, i) => i % 4 === 0);

  it(`settles ${MESSAGES} messages on their final status whatever the order of their reports`, async () => {
    const plans: Plan[] = Array.from({ length: MESSAGES }, (_, i) => {
      const reference = referenceId();
      const externalId = `b2-${i}-${reference.slice(0, 8)}`;
      const delivered = i % 3 !== 2;
      const finalCode = delivered ? 200 : FAILURE_CODES[i % FAILURE_CODES.length];
      const report = (code: number, second: number) =>
        deliveryReportBody({
          referenceId: reference,
          code,
          externalId,
          updatedOn: new Date(BASE + i * 10_000 + second * 1_000).toISOString(),
        });
      return {
        reference,
        externalId,
        finalCode,
        expected: delivered ? 'delivered' : 'failed',
        early: [report(290, 1), report(292, 2), report(finalCode, 4)],
        late: report(203, 3),
      };
    });
    const answered = plans.slice(0, ANSWERED);
    const raced = plans.slice(ANSWERED, ANSWERED + RACED);
    const unanswered = plans.slice(ANSWERED + RACED, ANSWERED + RACED + UNANSWERED);
    const unknownYet = plans.slice(ANSWERED + RACED + UNANSWERED);
    const insert = (plan: Plan, status: 'sent' | 'sending' | 'unknown') =>
      insertOutboundMessage(app, {
        customerNumber: newCustomerNumber(),
        businessNumber: channel.businessNumber,
        status,
        externalId: plan.externalId,
        referenceId: status === 'sent' ? plan.reference : null,
        // A live claim: nothing may settle these as abandoned sends during the test.
        leaseUntil: status === 'sending' ? new Date(Date.now() + 600_000) : null,
        submittedAt: new Date(),
      });
    for (const plan of answered) await insert(plan, 'sent');
    for (const plan of raced) await insert(plan, 'sending');
    for (const plan of unanswered) await insert(plan, 'unknown');

    // Round 1: in-progress and final reports of every message, shuffled and partly repeated.
    // Every other message's reports come together, as TeleSign's retries do after an outage,
    // so that they are processed at the same time.
    const early = plans.flatMap((plan) => plan.early);
    const bursts = plans.flatMap((plan, i) => (i % 2 === 0 ? [plan.early] : oneByOne(plan.early)));
    await deliver(shuffled([...bursts, ...oneByOne(repeatsOf(early))], 20_260_301));

    // The reports of messages not stored yet are kept and retried, not dropped.
    const unknownReferences = unknownYet.map((plan) => plan.reference);
    await waitFor('the reports of unknown messages to be tried and postponed', async () => {
      const postponed = await db('callback-event').count({
        where: {
          referenceId: { $in: unknownReferences },
          processedAt: null,
          processingAttempts: { $gte: 1 },
        },
      });
      return postponed === unknownYet.length * 3;
    });
    // TeleSign's answer for them is recorded only now.
    for (const plan of unknownYet) await insert(plan, 'sent');
    await allProcessed();

    const settled = await messageRows(plans);
    expect(settled).toHaveLength(MESSAGES);
    const expected = plans.map((plan) => ({
      externalId: plan.externalId,
      referenceId: plan.reference,
      status: plan.expected,
      providerStatusCode: plan.finalCode,
    }));
    const sortByExternalId = <T extends { externalId: string | null }>(rows: T[]) =>
      [...rows].sort((a, b) => String(a.externalId).localeCompare(String(b.externalId)));
    expect(
      sortByExternalId(settled).map(({ externalId, referenceId, status, providerStatusCode }) => ({
        externalId,
        referenceId,
        status,
        providerStatusCode,
      })),
    ).toEqual(sortByExternalId(expected));

    // Round 2: a 203 stamped before each final report arrives after it, with late repeats of
    // round-1 reports (already stored: duplicates) mixed in.
    const late = plans.map((plan) => plan.late);
    const lateRepeats = early.filter((_, i) => i % 5 === 0);
    await deliver(oneByOne(shuffled([...late, ...repeatsOf(late), ...lateRepeats], 20_260_302)));
    await allProcessed();

    // Nothing moved: the final status, its code and its time all stand.
    expect(await messageRows(plans)).toEqual(settled);

    const distinct = early.length + late.length;
    const repeats = repeatsOf(early).length + repeatsOf(late).length + lateRepeats.length;
    expect(Object.fromEntries(answers.statuses)).toEqual({ 200: distinct + repeats });
    expect(answers).toMatchObject({ stored: distinct, duplicate: repeats });
    const references = plans.map((plan) => plan.reference);
    expect(await db('callback-event').count({ where: { referenceId: { $in: references } } })).toBe(distinct);
    expect(
      await db('callback-event').count({ where: { referenceId: { $in: references }, outcome: 'applied' } }),
    ).toBe(distinct);
    // Each report of a message stored late was tried before it existed and again after.
    expect(
      await db('callback-event').count({
        where: { referenceId: { $in: unknownReferences }, processingAttempts: { $gte: 2 } },
      }),
    ).toBe(unknownYet.length * 3);
    expect(await unprocessed()).toBe(0);
  });
});
