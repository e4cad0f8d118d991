/**
 * Paces sends per business number: a send of `cost` segments occupies the number for
 * `cost / ratePerSecond` seconds, and the next send waits until then (no bursts, since carriers
 * count a long code's throughput per second). A 429 from TeleSign pauses the number until its
 * Retry-After. In-process only: several Strapi processes each keep their own pace.
 */
export interface RateLimiter {
  /** True when `key` may send now. */
  isReady(key: string, now: number): boolean;
  /** Books `cost` units for `key`; call only after isReady said yes. */
  consume(key: string, cost: number, now: number): void;
  /** Nothing is sent for `key` before `until`. */
  pauseUntil(key: string, until: number): void;
}

export const createRateLimiter = (ratePerSecond: number): RateLimiter => {
  const nextFreeAt = new Map<string, number>();
  const free = (key: string): number => nextFreeAt.get(key) ?? 0;
  return {
    isReady: (key, now) => free(key) <= now,
    consume(key, cost, now) {
      nextFreeAt.set(key, Math.max(now, free(key)) + (Math.max(1, cost) / ratePerSecond) * 1000);
    },
    pauseUntil(key, until) {
      nextFreeAt.set(key, Math.max(free(key), until));
    },
  };
};
