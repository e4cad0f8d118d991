/**
 * Group commit: items submitted while a batch is being written wait and are written together in
 * the next one, so concurrent writers share one transaction (and one disk flush) instead of
 * queueing for a flush each. An idle writer waits `lingerMs` before its first batch so that
 * concurrent callers can join it. Every caller is answered only once its batch has committed.
 */
export interface GroupCommit<Item, Result> {
  submit(item: Item): Promise<Result>;
}

interface Waiting<Item, Result> {
  item: Item;
  resolve(result: Result): void;
  reject(error: unknown): void;
}

export interface GroupCommitOptions {
  /**
   * Wait `lingerMs` before every batch, not only the first after idling: for writes no caller is
   * held up by, where fewer, larger statements are worth a few milliseconds.
   */
  lingerEveryBatch?: boolean;
}

/**
 * `writeBatch` receives up to `maxBatch` items and answers one result per item, in order; if it
 * throws, every caller of that batch gets the error (nothing of a failed batch is acknowledged).
 */
export const createGroupCommit = <Item, Result>(
  writeBatch: (items: Item[]) => Promise<Result[]>,
  maxBatch: number,
  lingerMs: number,
  { lingerEveryBatch = false }: GroupCommitOptions = {},
): GroupCommit<Item, Result> => {
  const waiting: Array<Waiting<Item, Result>> = [];
  let busy = false;

  const flush = async (): Promise<void> => {
    while (waiting.length > 0) {
      const batch = waiting.splice(0, maxBatch);
      try {
        const results = await writeBatch(batch.map((entry) => entry.item));
        if (results.length !== batch.length) {
          throw new Error(`A batch of ${batch.length} items was answered with ${results.length} results.`);
        }
        batch.forEach((entry, i) => entry.resolve(results[i]));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
      if (lingerEveryBatch && waiting.length > 0 && waiting.length < maxBatch) {
        await new Promise((resolve) => setTimeout(resolve, lingerMs));
      }
    }
    busy = false;
  };

  return {
    submit(item) {
      return new Promise<Result>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        if (!busy) {
          busy = true;
          setTimeout(() => void flush(), lingerMs);
        }
      });
    },
  };
};
