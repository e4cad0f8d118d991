import { isUniqueViolation } from '../database/unique-violation';
import { createGroupCommit } from '../runtime/group-commit';
import type { CallbackEventRepository, NewCallbackEvent, StoreResult } from './callback-event.repository';

/** Callbacks written in one transaction at most; more wait for the next one. */
const MAX_BATCH = 64;
/**
 * How long the first callback of a batch waits for others. Short against TeleSign's timeout, and
 * long enough for concurrent requests, whose handling takes several turns of the event loop, to join.
 */
const LINGER_MS = 2;

/** One callback's outcome within a batch: stored, a duplicate, or its own error. */
type Outcome = { result: StoreResult } | { error: unknown };

/**
 * Durable receipt of callbacks, group-committed: callbacks arriving while a transaction is being
 * written are stored together in the next one, so a burst costs one disk flush per batch rather
 * than per callback, and each request is answered only after its batch has committed.
 */
export const createReceiptWriter = (events: CallbackEventRepository) => {
  const storeOne = async (event: NewCallbackEvent): Promise<Outcome> => {
    try {
      const [result] = await events.storeMany([event]);
      return { result };
    } catch (error) {
      // Another process stored the same event between our check and our insert.
      if (isUniqueViolation(error)) return { result: { stored: false, duplicate: true } };
      return { error };
    }
  };

  const writeBatch = async (batch: NewCallbackEvent[]): Promise<Outcome[]> => {
    if (batch.length === 1) return [await storeOne(batch[0])];
    try {
      return (await events.storeMany(batch)).map((result) => ({ result }));
    } catch {
      // One event raced another process's insert, or cannot be stored (its account was just
      // deleted): the batch was rolled back, and each event is tried alone so only that one fails.
      const outcomes: Outcome[] = [];
      for (const event of batch) outcomes.push(await storeOne(event));
      return outcomes;
    }
  };

  const group = createGroupCommit(writeBatch, MAX_BATCH, LINGER_MS);
  return {
    async store(event: NewCallbackEvent): Promise<StoreResult> {
      const outcome = await group.submit(event);
      if ('error' in outcome) throw outcome.error;
      return outcome.result;
    },
  };
};
