import type { Core } from '@strapi/strapi';
import type { ConsentService } from '../consent/consent.service';
import type { MessageRecord } from '../messages/message.types';
import { createPeriodicTask, type PeriodicTask } from '../runtime/periodic-task';
import { TeleSignApiError } from '../telesign/errors';
import { pluginConfig } from '../utils/plugin-config';
import { createDeliveryStatusUpdater } from './delivery-status';
import { createOutboxRepository } from './outbox.repository';
import { resolveSendingAccount } from './sending-account';

/** TeleSign: 10036 "Reference ID expired", 10017 "not found" (status lookups last about 12 h). */
const LOOKUP_GONE = new Set([10017, 10036]);
const BATCH = 20;

const hours = (ms: number): string => `${Math.round((ms / 3_600_000) * 10) / 10} h`;

/**
 * Settles messages TeleSign has not finished reporting on, in case a delivery report was lost:
 * a `sent` or `unknown` message with a reference id is looked up (GET /v1/messaging/:ref) every
 * `reconciler.lookupAfterMs` until `reconciler.giveUpAfterMs` after sending, then kept as
 * `unknown`. One that never got a reference id (TeleSign did not answer) cannot be looked up: it
 * waits for a delivery report carrying its external id, and is marked `failed` after the same
 * time, since TeleSign reports on every message it accepts.
 */
export const reconcilerService = ({
  strapi,
  consent,
}: {
  strapi: Core.Strapi;
  consent: Pick<ConsentService, 'record'>;
}) => {
  const outbox = createOutboxRepository(strapi);
  const statuses = createDeliveryStatusUpdater(strapi, consent);
  let task: PeriodicTask | undefined;

  /** Final verdict for a message TeleSign accepted but never finished reporting on. */
  const keepAsUnknown = async (message: MessageRecord, why: string): Promise<void> => {
    const fields = { lastError: why, nextAttemptAt: null };
    if (message.status === 'sent') await outbox.advance(message.id, 'unknown', fields);
    else await outbox.updateWhileStatus(message.id, 'unknown', fields);
  };

  const lookUp = async (message: MessageRecord, referenceId: string, now: Date): Promise<void> => {
    const { lookupAfterMs } = pluginConfig(strapi, 'reconciler');
    const sending = await resolveSendingAccount(strapi, message.conversation?.businessNumber ?? '');
    if (sending.ok) {
      try {
        const answer = await sending.client.getMessageStatus(referenceId);
        await statuses.apply(
          message,
          {
            code: answer.status.code,
            description: answer.status.description,
            updatedOn: answer.status.updated_on,
          },
          'status lookup',
          now,
        );
      } catch (error) {
        if (error instanceof TeleSignApiError && error.code !== undefined && LOOKUP_GONE.has(error.code)) {
          await keepAsUnknown(
            message,
            `TeleSign no longer has a status for this SMS (${error.code} ${error.description ?? ''}); whether it arrived is unknown.`,
          );
          return;
        }
        strapi.log.warn(
          `[sms-channel] Status lookup of message ${message.documentId} failed: ${String(error)}`,
        );
      }
    }
    // Still without a final status (or TeleSign unreachable): ask again later.
    await outbox.rescheduleIfUnsettled(message.id, new Date(now.getTime() + lookupAfterMs));
  };

  const settle = async (message: MessageRecord, now: Date): Promise<void> => {
    const { giveUpAfterMs } = pluginConfig(strapi, 'reconciler');
    const since = new Date(message.submittedAt ?? message.updatedAt);
    const giveUpAt = new Date(since.getTime() + giveUpAfterMs);
    const expired = now.getTime() >= giveUpAt.getTime();

    if (message.referenceId) {
      if (expired) {
        await keepAsUnknown(
          message,
          `TeleSign sent no final status within ${hours(giveUpAfterMs)}; whether the SMS arrived is unknown.`,
        );
      } else {
        await lookUp(message, message.referenceId, now);
      }
    } else if (expired) {
      await outbox.advance(message.id, 'failed', {
        lastError:
          `TeleSign never answered the send request and sent no delivery report within ${hours(giveUpAfterMs)}, ` +
          'so the SMS was most likely not sent. Retry it if it is still needed.',
        nextAttemptAt: null,
      });
    } else {
      await outbox.rescheduleIfUnsettled(message.id, giveUpAt);
    }
  };

  const run = async (): Promise<void> => {
    const { intervalMs } = pluginConfig(strapi, 'reconciler');
    const now = new Date();
    for (const message of await outbox.findDueForReconcile(now, BATCH)) {
      if (!task?.running) return;
      // The claim keeps another process from settling the same message at the same time.
      if (!(await outbox.claimForReconcile(message, now, new Date(now.getTime() + intervalMs + 60_000))))
        continue;
      try {
        await settle(message, now);
      } finally {
        await outbox.releaseReconcileClaim(message.id);
      }
    }
  };

  return {
    start(): void {
      if (task || !pluginConfig(strapi, 'sender').enabled) return;
      task = createPeriodicTask({
        intervalMs: pluginConfig(strapi, 'reconciler').intervalMs,
        run,
        onError: (error) => strapi.log.error(`[sms-channel] Delivery reconciler: ${String(error)}`),
      });
      task.start();
    },
    async stop(): Promise<void> {
      await task?.stop();
      task = undefined;
    },
  };
};
