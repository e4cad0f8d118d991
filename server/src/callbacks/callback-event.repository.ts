import type { Core } from '@strapi/strapi';
import type { CALLBACK_EVENT_KINDS, CALLBACK_EVENT_OUTCOMES } from '../content-types/callback-event';
import { isUniqueViolation } from '../database/unique-violation';
import { UIDS } from '../utils/uids';

export type CallbackEventKind = (typeof CALLBACK_EVENT_KINDS)[number];
export type CallbackEventOutcome = (typeof CALLBACK_EVENT_OUTCOMES)[number];

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

/** A stored event as the query engine returns it. */
export interface CallbackEventRecord {
  id: number;
  kind: CallbackEventKind;
  dedupeKey: string;
  referenceId: string | null;
  rawBody: string;
  receivedAt: string;
  processedAt: string | null;
  processingAttempts: number | null;
  processingError: string | null;
  outcome: CallbackEventOutcome | null;
  nextAttemptAt: string | null;
  account?: { id: number } | null;
}

export type StoreResult = { stored: true; id: number } | { stored: false; duplicate: true };

/** Not claimed by a live process: never leased, or the lease ran out (its process died). */
const leaseFree = (now: Date) => ({ $or: [{ leaseUntil: null }, { leaseUntil: { $lt: now } }] });
const due = (now: Date) => ({ $or: [{ nextAttemptAt: null }, { nextAttemptAt: { $lte: now } }] });

/**
 * Durable receipt of TeleSign callbacks (the dedupe key's unique index settles duplicates) and
 * the bookkeeping of their processing: atomic claims with a lease, outcome, retries.
 */
export const createCallbackEventRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.callbackEvent);
  return {
    async store(event: NewCallbackEvent): Promise<StoreResult> {
      try {
        // One transaction: create() inserts the row, then links the account in a second step; a
        // sweep or a crash in between must never find the event without its account.
        const row = (await strapi.db.transaction(() =>
          query().create({
            data: {
              account: event.accountId,
              kind: event.kind,
              dedupeKey: event.dedupeKey,
              referenceId: event.referenceId,
              rawBody: event.rawBody,
              receivedAt: event.receivedAt,
              processingError: event.note,
            },
          }),
        )) as { id: number };
        return { stored: true, id: row.id };
      } catch (error) {
        if (isUniqueViolation(error)) return { stored: false, duplicate: true };
        throw error;
      }
    },
    async countUnprocessed(): Promise<number> {
      return query().count({ where: { processedAt: null } });
    },
    async findById(id: number): Promise<CallbackEventRecord | null> {
      return (await query().findOne({
        where: { id },
        populate: { account: { select: ['id'] } },
      })) as CallbackEventRecord | null;
    },
    /** Ids of events waiting for processing, oldest first. */
    async findDueIds(now: Date, limit: number): Promise<number[]> {
      const rows = (await query().findMany({
        select: ['id'],
        where: { processedAt: null, $and: [leaseFree(now), due(now)] },
        orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
        limit,
      })) as Array<{ id: number }>;
      return rows.map((row) => row.id);
    },
    /**
     * Takes the event for this process until `leaseUntil`, in one conditional UPDATE: of several
     * processes (or a retry racing the sweep) exactly one sees an affected row.
     */
    async claim(id: number, now: Date, leaseUntil: Date): Promise<boolean> {
      const { count } = (await query().updateMany({
        where: { id, processedAt: null, $and: [leaseFree(now), due(now)] },
        data: { leaseUntil },
      })) as { count: number };
      return count === 1;
    },
    /** Run inside the transaction that applied the event's effects: both or neither are kept. */
    async markProcessed(
      event: CallbackEventRecord,
      outcome: CallbackEventOutcome,
      note: string | null,
      at: Date,
    ): Promise<void> {
      await query().update({
        where: { id: event.id },
        data: {
          processedAt: at,
          outcome,
          processingError: note,
          processingAttempts: (event.processingAttempts ?? 0) + 1,
          leaseUntil: null,
          nextAttemptAt: null,
        },
      });
    },
    /** Releases the claim and sets the time of the next try. */
    async reschedule(event: CallbackEventRecord, nextAttemptAt: Date, reason: string): Promise<void> {
      await query().update({
        where: { id: event.id },
        data: {
          processingAttempts: (event.processingAttempts ?? 0) + 1,
          processingError: reason,
          nextAttemptAt,
          leaseUntil: null,
        },
      });
    },
  };
};

export type CallbackEventRepository = ReturnType<typeof createCallbackEventRepository>;
