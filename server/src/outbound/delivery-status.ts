import type { Core } from '@strapi/strapi';
import type { ConsentService } from '../consent/consent.service';
import { ConcurrentChangeError } from '../database/transient-conflict';
import type { MessageRecord } from '../messages/message.types';
import {
  isOptOutStatus,
  isStatusAdvance,
  mapProviderStatus,
  type MessageStatus as DeliveryStatus,
} from '../telesign/status-codes';
import { pluginConfig } from '../utils/plugin-config';
import { createOutboxRepository, type DeliveryFields } from './outbox.repository';

/** A TeleSign status for one of our messages, from a delivery report or a status lookup. */
export interface ProviderReport {
  code: number;
  description: string;
  /** TeleSign's time of the status, kept as sent (its own examples carry impossible dates). */
  updatedOn?: string;
  referenceId?: string;
}

export type ReportSource = 'delivery report' | 'status lookup';

const DELIVERY_STATUSES = new Set<string>(['queued', 'sending', 'sent', 'unknown', 'delivered', 'failed']);
const isDeliveryStatus = (status: string): status is DeliveryStatus => DELIVERY_STATUSES.has(status);
const isTerminal = (status: DeliveryStatus): boolean => status === 'delivered' || status === 'failed';

const parseProviderTime = (value: string | undefined): Date | null => {
  if (!value) return null;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? null : at;
};

const explain = (
  report: ProviderReport,
  status: DeliveryStatus,
  final: boolean,
  retryable: boolean,
): string | null => {
  const code = `${report.code} ${report.description}`.trim();
  if (status === 'failed') {
    if (isOptOutStatus(report.code)) {
      return `TeleSign reported ${code}: the customer blocked messages from this number (opted out). Nothing more is sent to them.`;
    }
    return `TeleSign reported ${code}.${retryable ? ' The problem is temporary: retry the message later.' : ''}`;
  }
  if (status === 'unknown' && final) return `TeleSign cannot confirm delivery: ${code}.`;
  return null;
};

/**
 * Applies a TeleSign status to a message, forward only: statuses rank queued < sending < sent <
 * unknown < delivered = failed, so a late 290 never overwrites 200 and a terminal status never
 * changes. Each write is conditional on the rank it found, so concurrent reports cannot regress it
 * either. Status 510 also records the customer's opt-out for the pair. Call it inside
 * `inTransaction`: a report that loses the race to explain an unanswered send throws
 * `ConcurrentChangeError`, and the transaction runs again on what the winner wrote.
 */
export const createDeliveryStatusUpdater = (strapi: Core.Strapi, consent: Pick<ConsentService, 'record'>) => {
  const outbox = createOutboxRepository(strapi);

  return {
    async apply(
      message: MessageRecord,
      report: ProviderReport,
      source: ReportSource,
      now = new Date(),
    ): Promise<boolean> {
      if (message.direction === 'inbound' || !isDeliveryStatus(message.status)) return false;
      const mapping = mapProviderStatus(report.code);
      const at = parseProviderTime(report.updatedOn) ?? now;
      const fields: DeliveryFields = {
        providerStatusCode: report.code,
        providerStatusDescription: report.description.slice(0, 255),
        providerStatusAt: at,
        lastError: explain(report, mapping.status, mapping.final, mapping.retryable),
        nextAttemptAt: mapping.final
          ? null
          : new Date(now.getTime() + pluginConfig(strapi, 'reconciler').lookupAfterMs),
      };

      let changed = false;
      if (message.status === 'unknown' && !message.referenceId && report.referenceId) {
        changed = await outbox.resolveUnanswered(message.id, mapping.status, {
          ...fields,
          referenceId: report.referenceId,
        });
        // Another report of this send resolved it first: applied to what that one wrote (by rank),
        // this report may still be the newer status, so it is run again rather than dropped.
        if (!changed) throw new ConcurrentChangeError('The message');
      } else if (isStatusAdvance(message.status, mapping.status)) {
        changed = await outbox.advance(message.id, mapping.status, fields);
      } else if (message.status === mapping.status && !isTerminal(mapping.status)) {
        // Same rank (203 after 290): keep the newer provider detail, leave the schedule alone.
        const known = parseProviderTime(message.providerStatusAt ?? undefined);
        if (!known || at.getTime() > known.getTime()) {
          const { nextAttemptAt: _unchanged, ...details } = fields;
          changed = await outbox.updateWhileStatus(message.id, message.status, details);
        }
      }
      if (report.referenceId && !message.referenceId) {
        await outbox.setReferenceIdIfMissing(message.id, report.referenceId);
      }

      if (isOptOutStatus(report.code) && message.conversation) {
        await consent.record({
          customerNumber: message.conversation.customerNumber,
          businessNumber: message.conversation.businessNumber,
          state: 'opted-out',
          source: 'provider-status',
          detail: `TeleSign ${source}: ${report.code} ${report.description} for message ${message.documentId}`,
          at: now,
        });
      }
      return changed;
    },
  };
};
