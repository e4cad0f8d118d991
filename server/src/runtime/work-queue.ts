/**
 * Runs `worker` for each pushed key with at most `concurrency` at once. A key already waiting or
 * in progress is not queued twice. Nothing here is durable: whatever is lost with the process is
 * found again in the database by the caller's sweep.
 */
export interface WorkQueue<Key> {
  push(key: Key): void;
  /** Keys waiting or in progress. */
  readonly size: number;
  /** Stops taking work and resolves when the jobs in progress have finished. */
  close(): Promise<void>;
  open(): void;
}

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
      const job: Promise<void> = worker(key)
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
