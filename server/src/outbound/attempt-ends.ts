import type { Core } from '@strapi/strapi';
import type { MessageStatus } from '../messages/message.types';
import { createGroupCommit } from '../runtime/group-commit';
import type { DeliveryFields, OutboxRepository } from './outbox.repository';

/** The end of one send attempt: the row leaves `sending` for `status`, if still in `attempt`. */
export interface AttemptEnd {
  id: number;
  attempt: number;
  status: MessageStatus;
  fields: DeliveryFields;
}

/** Ends written in one transaction at most. */
const MAX_BATCH = 32;
/** How long the first end of a batch waits for others (TeleSign answers sends many at a time). */
const LINGER_MS = 1;

/**
 * Ends of send attempts, group-committed: the answers of concurrent sends are written in one
 * transaction (one commit, one disk flush) instead of one each. Each conditional update still
 * reports on its own whether it applied. A batch
 * that fails (e.g. a deadlock with a delivery report on PostgreSQL) is written again end by end,
 * so only an end that cannot be written fails.
 */
export const createAttemptEnds = (strapi: Core.Strapi, outbox: OutboxRepository) => {
  const writeOne = (end: AttemptEnd): Promise<boolean> =>
    outbox.finishAttempt(end.id, end.attempt, end.status, end.fields);

  const writeBatch = async (
    ends: AttemptEnd[],
  ): Promise<Array<{ applied: boolean } | { error: unknown }>> => {
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
    const outcomes: Array<{ applied: boolean } | { error: unknown }> = [];
    for (const end of ends) {
      try {
        outcomes.push({ applied: await writeOne(end) });
      } catch (error) {
        outcomes.push({ error });
      }
    }
    return outcomes;
  };

  const group = createGroupCommit(writeBatch, MAX_BATCH, LINGER_MS);
  return {
    /** True when the row was still in this attempt and now has `status`. */
    async write(end: AttemptEnd): Promise<boolean> {
      const outcome = await group.submit(end);
      if ('error' in outcome) throw outcome.error;
      return outcome.applied;
    },
  };
};
