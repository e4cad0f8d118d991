import { createHash } from 'node:crypto';
import type { TeleSignCallbackPayload } from '../telesign/types';

export interface EventIdentity {
  dedupeKey: string;
  referenceId: string | null;
}

/**
 * TeleSign retries and may repeat callbacks, and signs nothing that would tell copies apart, so
 * identity comes from the content: an inbound SMS is its reference id; a delivery report is the
 * reference id, the status code and TeleSign's timestamp for that status; anything else is its bytes.
 * Each key is the account's own: a callback signed for another account, naming the same reference
 * id, can never make this account's genuine callback look like a copy and be dropped.
 */
export const identifyEvent = (
  accountId: number,
  payload: TeleSignCallbackPayload,
  rawBody: Buffer,
): EventIdentity => {
  switch (payload.kind) {
    case 'inbound':
      return {
        dedupeKey: `mo:${accountId}:${payload.message.reference_id}`,
        referenceId: payload.message.reference_id,
      };
    case 'delivery-report': {
      const { reference_id: referenceId, status } = payload.report;
      return {
        dedupeKey: `dlr:${accountId}:${referenceId}:${status.code}:${status.updated_on ?? ''}`,
        referenceId,
      };
    }
    case 'unsupported':
      return {
        dedupeKey: `raw:${accountId}:${createHash('sha256').update(rawBody).digest('hex')}`,
        referenceId: null,
      };
  }
};
