import type { Core } from '@strapi/strapi';
import type { MessageStatus } from '../messages/message.types';
import { mapProviderStatus } from '../telesign/status-codes';
import { pluginConfig } from '../utils/plugin-config';
import { createAttemptEnds } from './attempt-ends';
import type { DueMessage } from './due-messages';
import { createOutboxRepository, type DeliveryFields } from './outbox.repository';
import type { SendOutcome } from './outage-breaker';
import { decideAfterFailure, outcomeOfFailure } from './retry-policy';
import type { SendingAccounts } from './sending-account';

/** A message this process has claimed (`sending`, attempt number `attempts`). */
export interface ClaimedMessage extends DueMessage {
  externalId: string;
}

export interface AttemptResult {
  /** TeleSign asked to slow down (429): nothing more from this number for this long. */
  pauseNumberMs: number;
  /** What the attempt says of TeleSign's health (see the outage breaker). */
  teleSign: SendOutcome;
  /**
   * The attempt's end (sent, queued again, unknown, failed or blocked) being written: TeleSign's
   * part is over when the attempt answers, so the sender's slot is free for the next send while
   * this joins the next group commit.
   */
  written: Promise<void>;
}

/**
 * One send attempt of a claimed message: refused if the customer opted out, else exactly one
 * POST /v1/messaging, then one conditional update that ends the attempt (sent, queued again,
 * unknown, failed or blocked), committed together with those of concurrent sends. If a delivery
 * report was faster than TeleSign's answer (it carries our external id), the report's status
 * stands and only the reference id is added.
 */
export const createSendAttempt = (strapi: Core.Strapi, sendingAccounts: SendingAccounts) => {
  const outbox = createOutboxRepository(strapi);
  const ends = createAttemptEnds(strapi, outbox);

  /**
   * `optOut`: the consent service's verdict on the message's pair, asked for by the sender's tick;
   * `outageTrial`: the send tried when an outage pause of its account ended.
   */
  return async (
    message: ClaimedMessage,
    optOut: string | null,
    outageTrial = false,
  ): Promise<AttemptResult> => {
    const attempt = message.attempts;
    // When a delivery report moved the row on meanwhile, its status stands: only the claim ends.
    const finish = async (status: MessageStatus, fields: DeliveryFields): Promise<void> => {
      if (!(await ends.write({ id: message.id, attempt, status, fields }))) {
        await outbox.releaseLease(message.id, attempt);
      }
    };
    const ended = (
      written: Promise<void>,
      teleSign: SendOutcome = 'not-called',
      pauseNumberMs = 0,
    ): AttemptResult => ({ pauseNumberMs, teleSign, written });

    const conversation = message.conversation;
    if (!conversation) {
      return ended(
        finish('failed', {
          lastError: 'The conversation of this message no longer exists; nothing was sent.',
          nextAttemptAt: null,
        }),
      );
    }
    const { customerNumber, businessNumber } = conversation;
    if (optOut) {
      return ended(finish('blocked', { lastError: `Not sent: ${optOut}`, nextAttemptAt: null }));
    }
    const sending = await sendingAccounts.resolve(businessNumber);
    if (!sending.ok) {
      return ended(finish('failed', { lastError: sending.reason, nextAttemptAt: null }));
    }

    const now = () => new Date();
    const reconciler = pluginConfig(strapi, 'reconciler');
    try {
      const response = await sending.client.sendMessage({
        phoneNumber: customerNumber,
        message: message.body,
        messageType: 'ARN',
        senderId: businessNumber,
        externalId: message.externalId,
      });
      const mapping = mapProviderStatus(response.status.code);
      const answeredAt = now();
      const fields = {
        referenceId: response.reference_id,
        providerStatusCode: response.status.code,
        providerStatusDescription: response.status.description.slice(0, 255),
        providerStatusAt: answeredAt,
        lastError:
          mapping.status === 'failed'
            ? `TeleSign answered ${response.status.code} ${response.status.description}.`
            : null,
        nextAttemptAt: mapping.final ? null : new Date(answeredAt.getTime() + reconciler.lookupAfterMs),
      };
      const sent = async (): Promise<void> => {
        if (!(await ends.write({ id: message.id, attempt, status: mapping.status, fields }))) {
          await outbox.setReferenceIdIfMissing(message.id, response.reference_id);
          await outbox.releaseLease(message.id, attempt);
        }
      };
      return ended(sent(), 'answered');
    } catch (error) {
      const sender = pluginConfig(strapi, 'sender');
      const decision = decideAfterFailure(error, attempt, {
        ...sender,
        requestTimeoutMs: pluginConfig(strapi, 'telesign').requestTimeoutMs,
        outageTrial,
      });
      const failedAt = now();
      const teleSign = outcomeOfFailure(error);
      switch (decision.kind) {
        case 'retry':
          return ended(
            finish('queued', {
              lastError: decision.reason,
              nextAttemptAt: new Date(failedAt.getTime() + decision.delayMs),
            }),
            teleSign,
            decision.pauseNumberMs,
          );
        case 'unknown':
          // No reference id to look up: wait for a delivery report (matched by external id).
          return ended(
            finish('unknown', {
              lastError: decision.reason,
              nextAttemptAt: new Date(failedAt.getTime() + reconciler.giveUpAfterMs),
            }),
            teleSign,
          );
        case 'failed':
          return ended(
            finish('failed', {
              lastError: decision.reason,
              providerStatusCode: decision.providerCode,
              providerStatusDescription: decision.providerDescription?.slice(0, 255) ?? null,
              providerStatusAt: decision.providerCode === null ? null : failedAt,
              nextAttemptAt: null,
            }),
            teleSign,
          );
      }
    }
  };
};
