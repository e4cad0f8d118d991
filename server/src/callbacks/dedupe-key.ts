import { createHash } from 'node:crypto';
import type { TeleSignCallbackPayload } from '../telesign/types';
import type { CallbackEventKind } from './callback-event.repository';

export interface EventIdentity {
  kind: CallbackEventKind;
  dedupeKey: string;
  referenceId: string | null;
}

/**
 * TeleSign retries and may repeat callbacks, and signs nothing that would tell copies apart, so
 * identity comes from the content: an inbound SMS is its reference id; a delivery report is the
 * reference id, the status code and TeleSign's timestamp for that status; anything else is its bytes.
 */
export const identifyEvent = (payload: TeleSignCallbackPayload, rawBody: Buffer): EventIdentity => {
  switch (payload.kind) {
    case 'inbound':
      return {
        kind: 'inbound',
        dedupeKey: `mo:${payload.message.reference_id}`,
        referenceId: payload.message.reference_id,
      };
    case 'delivery-report': {
      const { reference_id: referenceId, status } = payload.report;
      return {
        kind: 'delivery-report',
        dedupeKey: `dlr:${referenceId}:${status.code}:${status.updated_on ?? ''}`,
        referenceId,
      };
    }
    case 'unsupported':
      return {
        kind: 'unsupported',
        dedupeKey: `raw:${createHash('sha256').update(rawBody).digest('hex')}`,
        referenceId: null,
      };
  }
};
