/**
 * Paces sends per business number: a send of `cost` segments occupies the number for
 * `cost / ratePerSecond` seconds, and the next send waits until then (no bursts, since carriers
 * count a long code's throughput per second). A 429 from TeleSign pauses the number until its
 * Retry-After. In-process only: several Strapi processes each keep their own pace.
 */
export interface RateLimiter {
  /**
   * Books the next free slot of `key` for a send of `cost` units and answers how long to wait
   * for it (0: send now), or null, booking nothing, when that would be longer than `maxWaitMs`.
   */
  reserve(key: string, cost: number, now: number, maxWaitMs: number): number | null;
  /** Nothing is sent for `key` before `until`. */
  pauseUntil(key: string, until: number): void;
}

export const createRateLimiter = (ratePerSecond: number): RateLimiter => {
  const nextFreeAt = new Map<string, number>();
  const free = (key: string): number => nextFreeAt.get(key) ?? 0;
  return {
    reserve(key, cost, now, maxWaitMs) {
      const startAt = Math.max(now, free(key));
      if (startAt - now > maxWaitMs) return null;
      nextFreeAt.set(key, startAt + (Math.max(1, cost) / ratePerSecond) * 1000);
      return startAt - now;
    },
    pauseUntil(key, until) {
      nextFreeAt.set(key, Math.max(free(key), until));
    },
  };
};
