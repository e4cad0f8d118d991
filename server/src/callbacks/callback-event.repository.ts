import type { Core } from '@strapi/strapi';
import { isUniqueViolation } from '../database/unique-violation';
import { UIDS } from '../utils/uids';
import type { CALLBACK_EVENT_KINDS } from '../content-types/callback-event';

export type CallbackEventKind = (typeof CALLBACK_EVENT_KINDS)[number];

export interface NewCallbackEvent {
  accountId: number;
  kind: CallbackEventKind;
  dedupeKey: string;
  referenceId: string | null;
  rawBody: string;
  receivedAt: Date;
  /** Why an event cannot be processed, for events this version does not understand. */
  note: string | null;
}

export type StoreResult = { stored: true; id: number } | { stored: false; duplicate: true };

/** Durable receipt of TeleSign callbacks; the dedupe key's unique index settles duplicates. */
export const createCallbackEventRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.callbackEvent);
  return {
    async store(event: NewCallbackEvent): Promise<StoreResult> {
      try {
        const row = (await query().create({
          data: {
            account: event.accountId,
            kind: event.kind,
            dedupeKey: event.dedupeKey,
            referenceId: event.referenceId,
            rawBody: event.rawBody,
            receivedAt: event.receivedAt,
            processingError: event.note,
          },
        })) as { id: number };
        return { stored: true, id: row.id };
      } catch (error) {
        if (isUniqueViolation(error)) return { stored: false, duplicate: true };
        throw error;
      }
    },
    async countUnprocessed(): Promise<number> {
      return query().count({ where: { processedAt: null } });
    },
  };
};
