import type { Core } from '@strapi/strapi';
import { isTransientConflict } from './transient-conflict';

export interface TransactionScope {
  /** Runs `callback` once the outermost transaction has committed (never after a rollback). */
  onCommit(callback: () => void): void;
}

/** The knex transaction Strapi hands to `strapi.db.transaction`'s callback. */
export type DatabaseTransaction = Parameters<Parameters<Core.Strapi['db']['transaction']>[0]>[0]['trx'];

/**
 * SQLite answers "database is locked" at once (no busy wait) when a transaction that has read must
 * become a writer while another process writes; with several processes and their sender loops on
 * one file that can repeat for a second or more, so the attempts span about five seconds.
 */
const MAX_ATTEMPTS = 10;
const MAX_PAUSE_MS = 1_000;

type TransactionCallbackParams = { onCommit: (callback: () => void) => void };

const pause = (attempt: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(MAX_PAUSE_MS, 20 * 2 ** attempt)));

/**
 * Runs `work` in one database transaction: all of its writes happen or none do. When it loses a
 * race to another transaction (unique violation, deadlock, a conditional update that matched
 * nothing) the whole transaction is rolled back and run again, so `work` must derive everything
 * from what it reads. Inside an enclosing transaction it simply joins it: only the outermost
 * level may retry, since PostgreSQL refuses further statements in a transaction that had an error.
 */
export const inTransaction = async <T>(
  strapi: Core.Strapi,
  work: (scope: TransactionScope) => Promise<T>,
): Promise<T> => {
  if (strapi.db.inTransaction()) {
    return strapi.db.transaction(({ onCommit }: TransactionCallbackParams) => work({ onCommit }));
  }
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await strapi.db.transaction(({ onCommit }: TransactionCallbackParams) => work({ onCommit }));
    } catch (error) {
      if (attempt >= MAX_ATTEMPTS || !isTransientConflict(error)) throw error;
      await pause(attempt);
    }
  }
};
