import { isUniqueViolation } from './unique-violation';

/**
 * Raised by code that lost a race it can detect itself (a conditional update that matched no row
 * because another process changed the row first); the whole transaction is then run again.
 */
export class ConcurrentChangeError extends Error {
  constructor(what: string) {
    super(`${what} was changed by another process at the same time; retrying.`);
    this.name = 'ConcurrentChangeError';
  }
}

/**
 * Errors that mean "another transaction got there first", not "this cannot work": running the
 * same transaction again sees the winner's rows and succeeds. A unique violation is one of them
 * because check-then-insert races are settled by unique indexes (one open conversation per pair,
 * one consent row per pair).
 */
export const isTransientConflict = (error: unknown): boolean => {
  if (error instanceof ConcurrentChangeError || isUniqueViolation(error)) return true;
  if (typeof error !== 'object' || error === null) return false;
  const { code, errno } = error as { code?: unknown; errno?: unknown };
  return (
    code === '40P01' || // PostgreSQL deadlock_detected
    code === '40001' || // PostgreSQL serialization_failure
    code === 'ER_LOCK_DEADLOCK' ||
    code === 'ER_LOCK_WAIT_TIMEOUT' ||
    errno === 1213 ||
    errno === 1205 ||
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_BUSY_SNAPSHOT'
  );
};
