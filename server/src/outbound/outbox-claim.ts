import type { Core } from '@strapi/strapi';
import { tableColumns } from '../database/table-columns';
import type { DatabaseTransaction } from '../database/transaction';
import { UIDS } from '../utils/uids';

/** A due `queued` row as the sender read it: its claim holds only if it is still that attempt. */
export interface ClaimCandidate {
  id: number;
  attempts: number;
}

type Knex = Core.Strapi['db']['connection'];
type Builder = ReturnType<Core.Strapi['db']['getConnection']>;

/**
 * queued → sending for a whole tick's messages in one UPDATE (on PostgreSQL and SQLite, whose
 * UPDATE … RETURNING names the rows it took), instead of one statement per message: the sender
 * claims a few dozen rows per tick. A row another process took first, or that moved on since it
 * was read, simply is not returned. MySQL/MariaDB cannot return updated rows, so there the rows
 * are locked and read in one statement, then updated in a second, in one transaction.
 */
export const createOutboxClaim = (strapi: Core.Strapi) => {
  const table = tableColumns(strapi, UIDS.message);
  const column = {
    id: table.column('id'),
    status: table.column('status'),
    attempts: table.column('attempts'),
    nextAttemptAt: table.column('nextAttemptAt'),
    leaseUntil: table.column('leaseUntil'),
    submittedAt: table.column('submittedAt'),
    externalId: table.column('externalId'),
    documentId: table.column('documentId'),
    updatedAt: table.column('updatedAt'),
  };

  /** Still queued, due, and in the attempt the sender read (so a retried message is not taken twice). */
  const stillCandidates = (builder: Builder, candidates: ClaimCandidate[], now: Date): Builder => {
    const idsByAttempts = new Map<number, number[]>();
    for (const { id, attempts } of candidates) {
      idsByAttempts.set(attempts, [...(idsByAttempts.get(attempts) ?? []), id]);
    }
    return builder
      .where(column.status, 'queued')
      .andWhere((due) => due.whereNull(column.nextAttemptAt).orWhere(column.nextAttemptAt, '<=', now))
      .andWhere((attempt) => {
        for (const [attempts, ids] of idsByAttempts) {
          attempt.orWhere((rows) => rows.where(column.attempts, attempts).whereIn(column.id, ids));
        }
      });
  };

  const claimed = (knex: Knex, now: Date, leaseUntil: Date) => ({
    [column.status]: 'sending',
    [column.attempts]: knex.raw('?? + 1', [column.attempts]),
    [column.leaseUntil]: leaseUntil,
    [column.submittedAt]: now,
    // A manual retry gave the row a fresh external id; a first send uses the documentId.
    [column.externalId]: knex.raw('COALESCE(??, ??)', [column.externalId, column.documentId]),
    [column.updatedAt]: now,
  });

  const externalIds = (rows: Array<Record<string, unknown>>): Map<number, string> =>
    new Map(rows.map((row) => [Number(row[column.id]), String(row[column.externalId])]));

  return {
    /** Claims what it can of `candidates` until `leaseUntil`; answers the external id of each row won. */
    async claim(candidates: ClaimCandidate[], now: Date, leaseUntil: Date): Promise<Map<number, string>> {
      if (candidates.length === 0) return new Map();
      const knex = strapi.db.connection;
      if (strapi.db.dialect.useReturning()) {
        const rows = (await stillCandidates(strapi.db.getConnection(table.name), candidates, now).update(
          claimed(knex, now, leaseUntil),
          [column.id, column.externalId],
        )) as Array<Record<string, unknown>>;
        return externalIds(rows);
      }
      return strapi.db.transaction(async ({ trx }: { trx: DatabaseTransaction }) => {
        const locked = (await stillCandidates(
          strapi.db.getConnection(table.name).transacting(trx),
          candidates,
          now,
        )
          .select(
            column.id,
            knex.raw('COALESCE(??, ??) AS ??', [column.externalId, column.documentId, column.externalId]),
          )
          .orderBy(column.id)
          .forUpdate()) as Array<Record<string, unknown>>;
        if (locked.length === 0) return new Map();
        await strapi.db
          .getConnection(table.name)
          .transacting(trx)
          .whereIn(
            column.id,
            locked.map((row) => Number(row[column.id])),
          )
          .update(claimed(knex, now, leaseUntil));
        return externalIds(locked);
      });
    },
  };
};
