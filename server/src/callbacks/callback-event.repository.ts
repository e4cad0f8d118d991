import type { Core } from '@strapi/strapi';
import type { CALLBACK_EVENT_OUTCOMES } from '../content-types/callback-event';
import { linkTable } from '../database/link-table';
import { tableColumns } from '../database/table-columns';
import type { DatabaseTransaction } from '../database/transaction';
import { UIDS } from '../utils/uids';

export type CallbackEventOutcome = (typeof CALLBACK_EVENT_OUTCOMES)[number];

export interface NewCallbackEvent {
  accountId: number;
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

  const dedupeKeysStored = async (keys: string[]): Promise<string[]> => {
    const rows = (await query().findMany({
      select: ['dedupeKey'],
      where: { dedupeKey: { $in: [...new Set(keys)] } },
    })) as Array<{ dedupeKey: string }>;
    return rows.map((row) => row.dedupeKey);
  };

  const linkAccounts = async (
    trx: DatabaseTransaction,
    ids: Map<string, number>,
    events: NewCallbackEvent[],
  ): Promise<void> => {
    const link = linkTable(strapi, UIDS.callbackEvent, 'account');
    const links = events
      .filter((event) => ids.has(event.dedupeKey))
      .map((event) => ({
        [link.ownerColumn]: ids.get(event.dedupeKey),
        [link.targetColumn]: event.accountId,
      }));
    if (links.length > 0) await strapi.db.getConnection(link.name).transacting(trx).insert(links);
  };

  /** Inserts events (distinct, new keys) with their account links; answers their ids by key. */
  const insertFresh = async (
    trx: DatabaseTransaction,
    fresh: NewCallbackEvent[],
  ): Promise<Map<string, number>> => {
    // createMany applies Strapi's defaults and timestamps but not relations: the account links
    // go straight into the link table, in the same transaction.
    await query().createMany({
      data: fresh.map((event) => ({
        dedupeKey: event.dedupeKey,
        referenceId: event.referenceId,
        rawBody: event.rawBody,
        receivedAt: event.receivedAt,
        processingError: event.note,
      })),
    });
    // Read back by key: MySQL answers a multi-row insert with the first id only.
    const rows = (await query().findMany({
      select: ['id', 'dedupeKey'],
      where: { dedupeKey: { $in: fresh.map((event) => event.dedupeKey) } },
    })) as Array<{ id: number; dedupeKey: string }>;
    const ids = new Map(rows.map((row) => [row.dedupeKey, row.id]));
    await linkAccounts(trx, ids, fresh);
    return ids;
  };

  /**
   * PostgreSQL and SQLite: the events whose key is not stored yet are inserted, and named, by one
   * INSERT … ON CONFLICT DO NOTHING RETURNING; a key stored before (by any process, even one whose
   * insert is still committing: PostgreSQL waits for it) is skipped rather than failing the batch.
   */
  const insertNew = async (
    trx: DatabaseTransaction,
    distinct: NewCallbackEvent[],
  ): Promise<Map<string, number>> => {
    const table = tableColumns(strapi, UIDS.callbackEvent);
    const column = (attribute: string) => table.column(attribute);
    const now = new Date();
    const rows = (await strapi.db
      .getConnection(table.name)
      .transacting(trx)
      .insert(
        distinct.map((event) => ({
          [column('dedupeKey')]: event.dedupeKey,
          [column('referenceId')]: event.referenceId,
          [column('rawBody')]: event.rawBody,
          [column('receivedAt')]: event.receivedAt,
          [column('processingError')]: event.note,
          [column('processingAttempts')]: 0,
          [column('createdAt')]: now,
          [column('updatedAt')]: now,
        })),
      )
      .onConflict(column('dedupeKey'))
      .ignore()
      .returning([column('id'), column('dedupeKey')])) as Array<Record<string, unknown>>;
    const ids = new Map(rows.map((row) => [String(row[column('dedupeKey')]), Number(row[column('id')])]));
    await linkAccounts(trx, ids, distinct);
    return ids;
  };

  return {
    /**
     * Stores a batch of callbacks in one transaction and answers, in order, which were new and
     * which repeat an event already stored (or an earlier one of the same batch). On MySQL/MariaDB
     * a row inserted meanwhile by another process makes the whole batch fail with a unique
     * violation: the caller then stores the batch's events one by one. PostgreSQL and SQLite skip
     * it as a repeat (see insertNew).
     */
    async storeMany(batch: NewCallbackEvent[]): Promise<StoreResult[]> {
      return strapi.db.transaction(async ({ trx }: { trx: DatabaseTransaction }) => {
        // The first of several events with one key in the batch is the one stored.
        const firstByKey = new Map<string, NewCallbackEvent>();
        for (const event of batch)
          if (!firstByKey.has(event.dedupeKey)) firstByKey.set(event.dedupeKey, event);
        const distinct = [...firstByKey.values()];
        let ids: Map<string, number>;
        if (strapi.db.dialect.useReturning()) {
          ids = await insertNew(trx, distinct);
        } else {
          const known = new Set(await dedupeKeysStored([...firstByKey.keys()]));
          const fresh = distinct.filter((event) => !known.has(event.dedupeKey));
          ids = fresh.length > 0 ? await insertFresh(trx, fresh) : new Map<string, number>();
        }
        const answered = new Set<string>();
        return batch.map((event): StoreResult => {
          const id = ids.get(event.dedupeKey);
          if (id === undefined || answered.has(event.dedupeKey)) return { stored: false, duplicate: true };
          answered.add(event.dedupeKey);
          return { stored: true, id };
        });
      });
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
      await query().updateMany({
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
      await query().updateMany({
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
