import type { Core } from '@strapi/strapi';
import type { ConsentService } from '../../consent/consent.service';
import { inTransaction } from '../../database/transaction';
import type { PluginEventBus } from '../../events/plugin-events';
import { backoffDelayMs } from '../../runtime/backoff';
import { createPeriodicTask, type PeriodicTask } from '../../runtime/periodic-task';
import { createWorkQueue, type WorkQueue } from '../../runtime/work-queue';
import { parseCallbackPayload } from '../../telesign/callback-payload';
import { pluginConfig } from '../../utils/plugin-config';
import {
  createCallbackEventRepository,
  type CallbackEventOutcome,
  type CallbackEventRecord,
} from '../callback-event.repository';
import type { ReceiptActivity } from '../receipt-activity';
import { markCallbackActivity } from './account-activity';
import { createDeliveryReportHandler } from './delivery-report.handler';
import { createInboundSmsHandler } from './inbound-sms.handler';
import type { KeywordReplyServices } from './keyword-replies';
import { done, type ProcessingResult } from './processing-result';

/** Outcomes that mean a signed callback asked for something its account may not do: worth a log line. */
const SET_ASIDE: ReadonlySet<CallbackEventOutcome> = new Set(['other-account', 'invalid']);

/**
 * Turns stored callback events into their effects, exactly once. An event is processed right
 * after it is acknowledged (in this process), and again by a sweep (at start-up and every
 * `callbackProcessing.sweepIntervalMs`) if it is still unprocessed: after a crash, an error or a
 * delivery report that matched no message yet. Each event is claimed with a conditional UPDATE
 * and a lease, then its effects and its "processed" mark are written in one transaction, so
 * several Strapi processes on one database, or a process killed half-way, never apply it twice.
 */
export const callbackProcessingService = ({
  strapi,
  events: pluginEvents,
  receiving,
  consent,
  outbound,
}: {
  strapi: Core.Strapi;
  events: PluginEventBus;
  /** Processing gives way while callbacks are arriving. */
  receiving: ReceiptActivity;
  consent: KeywordReplyServices['consent'] & Pick<ConsentService, 'record'>;
  outbound: KeywordReplyServices['outbound'];
}) => {
  const events = createCallbackEventRepository(strapi);
  const handleInbound = createInboundSmsHandler(strapi, { consent, outbound });
  const handleReport = createDeliveryReportHandler(strapi, consent);
  let queue: WorkQueue<number> | undefined;
  let sweeper: PeriodicTask | undefined;

  const handle = async (event: CallbackEventRecord): Promise<ProcessingResult> => {
    let json: unknown;
    try {
      json = JSON.parse(event.rawBody);
    } catch {
      return done('unsupported', 'The stored callback body is not JSON.');
    }
    const payload = parseCallbackPayload(json);
    switch (payload.kind) {
      case 'unsupported':
        return done('unsupported', payload.reason);
      case 'inbound':
        return handleInbound(event, payload.message);
      case 'delivery-report':
        return handleReport(event, payload.report);
    }
  };

  const retryAt = (event: CallbackEventRecord, now: Date): Date => {
    const config = pluginConfig(strapi, 'callbackProcessing');
    const delay = backoffDelayMs(
      (event.processingAttempts ?? 0) + 1,
      config.retryBaseDelayMs,
      config.retryMaxDelayMs,
    );
    return new Date(now.getTime() + delay);
  };

  /** A report for no known message yet: tried again with backoff, set aside after a while. */
  const postpone = async (event: CallbackEventRecord, reason: string): Promise<void> => {
    const { unmatchedGiveUpAfterMs } = pluginConfig(strapi, 'callbackProcessing');
    const now = new Date();
    if (now.getTime() - new Date(event.receivedAt).getTime() >= unmatchedGiveUpAfterMs) {
      await events.markProcessed(
        event,
        'unmatched',
        `${reason} Set aside: no message of this app matches it.`,
        now,
      );
    } else {
      await events.reschedule(event, retryAt(event, now), reason);
    }
  };

  const processEvent = async (id: number): Promise<void> => {
    await receiving.quiet();
    const { leaseMs } = pluginConfig(strapi, 'callbackProcessing');
    const claimedAt = new Date();
    if (!(await events.claim(id, claimedAt, new Date(claimedAt.getTime() + leaseMs)))) return;
    try {
      const processed = await inTransaction(strapi, async () => {
        const event = await events.findById(id);
        if (!event || event.processedAt) return null;
        const outcome = await handle(event);
        if (outcome.kind === 'done')
          await events.markProcessed(event, outcome.outcome, outcome.note, new Date());
        return { event, outcome };
      });
      if (!processed) return;
      const { event, outcome } = processed;
      if (outcome.kind === 'later') await postpone(event, outcome.reason);
      if (outcome.kind === 'done' && SET_ASIDE.has(outcome.outcome)) {
        strapi.log.warn(
          `[sms-channel] Callback event ${id} of account ${event.account?.id ?? '(deleted)'}: ${outcome.note}`,
        );
      }
      if (outcome.kind === 'done' && event.account) {
        await markCallbackActivity(strapi, event.account.id, new Date(event.receivedAt));
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      strapi.log.error(
        `[sms-channel] Processing callback event ${id} failed (it will be tried again): ${reason}`,
      );
      const event = await events.findById(id);
      if (event) await events.reschedule(event, retryAt(event, new Date()), `Processing failed: ${reason}`);
    }
  };

  const sweep = async (): Promise<void> => {
    const { concurrency } = pluginConfig(strapi, 'callbackProcessing');
    const room = concurrency * 25 - (queue?.size ?? 0);
    if (room <= 0) return;
    for (const id of await events.findDueIds(new Date(), room)) queue?.push(id);
  };

  // A just-acknowledged event is processed soon, in the background (not once stopped).
  pluginEvents.subscribe('callback.stored', ({ eventId }) => queue?.push(eventId));

  return {
    /** Opens the queue and sweeps at once, which resumes what a previous run left unprocessed. */
    start(): void {
      if (queue) return;
      const config = pluginConfig(strapi, 'callbackProcessing');
      queue = createWorkQueue<number>(config.concurrency, processEvent, (error, id) =>
        strapi.log.error(`[sms-channel] Callback event ${id}: ${String(error)}`),
      );
      queue.open();
      sweeper = createPeriodicTask({
        intervalMs: config.sweepIntervalMs,
        run: sweep,
        onError: (error) => strapi.log.error(`[sms-channel] Callback sweep: ${String(error)}`),
      });
      sweeper.start();
    },
    async stop(): Promise<void> {
      await sweeper?.stop();
      await queue?.close();
      sweeper = undefined;
      queue = undefined;
    },
  };
};
