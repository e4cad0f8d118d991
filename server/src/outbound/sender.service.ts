import type { Core } from '@strapi/strapi';
import { createPeriodicTask, type PeriodicTask } from '../runtime/periodic-task';
import { pluginConfig } from '../utils/plugin-config';
import { createOutboxRepository } from './outbox.repository';
import { createRateLimiter, type RateLimiter } from './rate-limiter';
import { createSendAttempt, type ClaimedMessage } from './send-attempt';

const ABANDONED_SEND =
  'Strapi stopped while this SMS was being handed to TeleSign, so it may or may not have gone out. ' +
  'It is not sent again automatically; its delivery report will settle it.';

/**
 * The sender loop (one per Strapi process, started in bootstrap, stopped in destroy): it claims
 * due `queued` messages with a conditional UPDATE (so several processes never send one twice),
 * keeps at most `sender.concurrency` TeleSign calls in flight and paces each business number.
 * A claim whose lease ran out belonged to a process that died mid-call: that message becomes
 * `unknown` rather than being sent again.
 */
export const senderService = ({ strapi }: { strapi: Core.Strapi }) => {
  const outbox = createOutboxRepository(strapi);
  const sendAttempt = createSendAttempt(strapi);
  const inFlight = new Set<Promise<void>>();
  let limiter: RateLimiter | undefined;
  let task: PeriodicTask | undefined;

  const settleAbandoned = async (now: Date): Promise<void> => {
    const giveUpAfterMs = pluginConfig(strapi, 'reconciler').giveUpAfterMs;
    for (const message of await outbox.findAbandoned(now, 20)) {
      const since = message.submittedAt ? new Date(message.submittedAt) : now;
      await outbox.settleAbandoned(message.id, now, {
        lastError: ABANDONED_SEND,
        nextAttemptAt: new Date(since.getTime() + giveUpAfterMs),
      });
    }
  };

  const dispatch = (message: ClaimedMessage, number: string): void => {
    const job: Promise<void> = sendAttempt(message)
      .then(({ pauseNumberMs }) => {
        if (pauseNumberMs > 0) limiter?.pauseUntil(number, Date.now() + pauseNumberMs);
      })
      .catch((error: unknown) => {
        // The row keeps its lease; once it expires the message is settled as abandoned.
        strapi.log.error(
          `[sms-channel] Sending message ${message.documentId} failed unexpectedly: ${String(error)}`,
        );
      })
      .finally(() => {
        inFlight.delete(job);
        task?.wake();
      });
    inFlight.add(job);
  };

  const tick = async (): Promise<void> => {
    const config = pluginConfig(strapi, 'sender');
    const now = new Date();
    await settleAbandoned(now);
    const free = config.concurrency - inFlight.size;
    if (free <= 0 || !limiter) return;
    for (const message of await outbox.findDueQueued(now, free * 4 + 8)) {
      if (inFlight.size >= config.concurrency || !task?.running) break;
      const number = message.conversation?.businessNumber ?? '';
      if (!limiter.isReady(number, Date.now())) continue;
      const externalId = message.externalId ?? message.documentId;
      const claimedAt = new Date();
      if (
        !(await outbox.claimForSending(
          message,
          claimedAt,
          new Date(claimedAt.getTime() + config.leaseMs),
          externalId,
        ))
      ) {
        continue;
      }
      limiter.consume(number, message.segments ?? 1, Date.now());
      dispatch({ ...message, externalId, status: 'sending', attempts: message.attempts + 1 }, number);
    }
  };

  return {
    start(): void {
      const config = pluginConfig(strapi, 'sender');
      if (!config.enabled || task) return;
      limiter = createRateLimiter(config.ratePerSecondPerNumber);
      task = createPeriodicTask({
        intervalMs: config.pollIntervalMs,
        run: tick,
        onError: (error) => strapi.log.error(`[sms-channel] Sender loop: ${String(error)}`),
      });
      task.start();
    },
    /** Look at the outbox now rather than at the next poll (a message was just queued). */
    wake(): void {
      task?.wake();
    },
    /** Stops claiming and waits for the TeleSign calls in flight to end. */
    async stop(): Promise<void> {
      await task?.stop();
      task = undefined;
      await Promise.all(inFlight);
    },
  };
};
