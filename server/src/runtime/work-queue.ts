/**
 * Runs `worker` for each pushed key with at most `concurrency` at once. A key already waiting or
 * in progress is not queued twice. Nothing here is durable: whatever is lost with the process is
 * found again in the database by the caller's sweep.
 *
 * Each job starts on a turn of the event loop of its own. With a synchronous driver (SQLite's)
 * a job never waits on I/O, so jobs chained through promises alone would run back to back and keep
 * Strapi from accepting a single request until the queue is empty.
 */
export interface WorkQueue<Key> {
  push(key: Key): void;
  /** Keys waiting or in progress. */
  readonly size: number;
  /** Stops taking work and resolves when the jobs in progress have finished. */
  close(): Promise<void>;
  open(): void;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export const createWorkQueue = <Key>(
  concurrency: number,
  worker: (key: Key) => Promise<void>,
  onError: (error: unknown, key: Key) => void,
): WorkQueue<Key> => {
  const waiting: Key[] = [];
  const known = new Set<Key>();
  const inProgress = new Set<Promise<void>>();
  let closed = true;

  const pump = (): void => {
    while (!closed && inProgress.size < concurrency && waiting.length > 0) {
      const key = waiting.shift() as Key;
      const job: Promise<void> = nextTurn()
        .then(() => worker(key))
        .catch((error: unknown) => onError(error, key))
        .finally(() => {
          inProgress.delete(job);
          known.delete(key);
          pump();
        });
      inProgress.add(job);
    }
  };

  return {
    push(key) {
      if (closed || known.has(key)) return;
      known.add(key);
      waiting.push(key);
      pump();
    },
    get size() {
      return known.size;
    },
    async close() {
      closed = true;
      for (const key of waiting.splice(0)) known.delete(key);
      await Promise.all(inProgress);
    },
    open() {
      closed = false;
    },
  };
};
