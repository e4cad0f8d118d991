import type { Core } from '@strapi/strapi';
import type { MessageStatus } from '../messages/message.types';
import { canUpdateEachRow, updateEachRow } from '../database/update-each-row';
import { createGroupCommit } from '../runtime/group-commit';
import { UIDS } from '../utils/uids';
import type { DeliveryFields, OutboxRepository } from './outbox.repository';

/** The end of one send attempt: the row leaves `sending` for `status`, if still in `attempt`. */
export interface AttemptEnd {
  id: number;
  attempt: number;
  status: MessageStatus;
  fields: DeliveryFields;
}

/** Ends written together at most. */
const MAX_BATCH = 64;
/**
 * How long an end waits for others before its batch is written (TeleSign answers sends many at a
 * time). No send waits on it, since the sender's slot is free once TeleSign answered, so every
 * batch lingers: while the outbox drains at a thousand sends a second, 20 ms gathers a few dozen
 * ends per statement (5 ms gathered about 15), for a status shown 20 ms later.
 */
const LINGER_MS = 20;

/** An end's columns, without those left alone (undefined). */
const writtenFields = (end: AttemptEnd): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries({ ...end.fields, status: end.status }).filter(
      ([name, value]) => value !== undefined && name !== 'leaseUntil',
    ),
  );

/**
 * Ends of send attempts, group-committed: the answers of concurrent sends are written together
 * instead of one statement and commit each. On PostgreSQL and SQLite that is one UPDATE per kind
 * of end (the same columns written), each row still conditional on being in its attempt; on
 * MySQL/MariaDB one transaction of per-row updates. A batch that fails (e.g. a deadlock with a
 * delivery report on PostgreSQL) is written again end by end, so only an end that cannot be
 * written fails.
 */
export const createAttemptEnds = (strapi: Core.Strapi, outbox: OutboxRepository) => {
  const writeOne = (end: AttemptEnd): Promise<boolean> =>
    outbox.finishAttempt(end.id, end.attempt, end.status, end.fields);

  type Outcome = { applied: boolean } | { error: unknown };

  const writeAlone = async (end: AttemptEnd): Promise<Outcome> => {
    try {
      return { applied: await writeOne(end) };
    } catch (error) {
      return { error };
    }
  };

  /** One statement per set of columns written. */
  const writeByKind = async (ends: AttemptEnd[]): Promise<Outcome[]> => {
    const kinds = new Map<string, Array<{ end: AttemptEnd; set: Record<string, unknown> }>>();
    for (const end of ends) {
      const set = writtenFields(end);
      const kind = Object.keys(set).sort().join(',');
      kinds.set(kind, [...(kinds.get(kind) ?? []), { end, set }]);
    }
    const outcomes = new Map<AttemptEnd, Outcome>();
    const updatedAt = new Date();
    for (const kind of kinds.values()) {
      try {
        const applied = await updateEachRow(strapi, UIDS.message, {
          rows: kind.map(({ end, set }) => ({ id: end.id, expect: { attempts: end.attempt }, set })),
          where: { status: 'sending' },
          common: { leaseUntil: null, updatedAt },
        });
        for (const { end } of kind) outcomes.set(end, { applied: applied.has(end.id) });
      } catch (error) {
        // The statement wrote nothing: its ends are written alone.
        strapi.log.warn(
          `[sms-channel] Ending ${kind.length} send attempts together failed (${String(error)}); ending them one by one.`,
        );
        for (const { end } of kind) outcomes.set(end, await writeAlone(end));
      }
    }
    return ends.map((end) => outcomes.get(end) ?? { error: new Error('end not written') });
  };

  /** One transaction of per-row updates (MySQL/MariaDB). */
  const writeInTransaction = async (ends: AttemptEnd[]): Promise<Outcome[]> => {
    if (ends.length > 1) {
      try {
        const applied = await strapi.db.transaction(async () => {
          const results: boolean[] = [];
          for (const end of ends) results.push(await writeOne(end));
          return results;
        });
        return applied.map((value) => ({ applied: value }));
      } catch {
        // Rolled back as a whole: each end is written alone below.
      }
    }
    const outcomes: Outcome[] = [];
    for (const end of ends) outcomes.push(await writeAlone(end));
    return outcomes;
  };

  const group = createGroupCommit(
    (ends: AttemptEnd[]) => (canUpdateEachRow(strapi) ? writeByKind(ends) : writeInTransaction(ends)),
    MAX_BATCH,
    LINGER_MS,
    { lingerEveryBatch: true },
  );
  return {
    /** True when the row was still in this attempt and now has `status`. */
    async write(end: AttemptEnd): Promise<boolean> {
      const outcome = await group.submit(end);
      if ('error' in outcome) throw outcome.error;
      return outcome.applied;
    },
  };
};
