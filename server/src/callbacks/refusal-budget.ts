/** How many refused callbacks one client address may cause before it is answered 429. */
export interface RefusalLimit {
  /** Refusals allowed at once. */
  burst: number;
  /** Refusals allowed per second once the burst is spent. */
  perSecond: number;
}

/** A token bucket: `tokens` as of `at` (ms). */
interface Bucket {
  tokens: number;
  at: number;
  /** When the address was last said to be limited in the log. */
  reportedAt: number | null;
}

/** Addresses remembered at most; the least recently refused are forgotten first. */
const MAX_ADDRESSES = 10_000;

/**
 * A token bucket of refusals per client address. Only refusals spend tokens, so TeleSign, whose
 * callbacks are accepted, is never limited, while an address that keeps sending unsigned or
 * forged requests is, after `burst`, allowed `perSecond` refusals a second (and none while its
 * requests for a real account's URL keep being refused: those are charged too).
 */
export const createRefusalBudget = (limit: RefusalLimit, maxAddresses = MAX_ADDRESSES) => {
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, now: number): Bucket => {
    bucket.tokens = Math.min(limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * limit.perSecond);
    bucket.at = now;
    return bucket;
  };

  return {
    /** Whole seconds until `address` may be refused again; 0 while it is within its budget. */
    retryAfterSeconds(address: string, now: number): number {
      const bucket = buckets.get(address);
      if (!bucket) return 0;
      const { tokens } = refilled(bucket, now);
      return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / limit.perSecond);
    },

    /**
     * One refusal of `address`. Answers true when the address has just run out of budget and was
     * not reported in the last `reportEveryMs`, so that a flood is logged once a minute, not per request.
     */
    charge(address: string, now: number, reportEveryMs = 60_000): boolean {
      const known = buckets.get(address);
      const bucket = known ? refilled(known, now) : { tokens: limit.burst, at: now, reportedAt: null };
      // Re-inserted, so the map's order is least recently refused first.
      buckets.delete(address);
      buckets.set(address, bucket);
      if (buckets.size > maxAddresses) buckets.delete(buckets.keys().next().value as string);
      bucket.tokens = Math.max(0, bucket.tokens - 1);
      if (bucket.tokens >= 1) return false;
      if (bucket.reportedAt !== null && now - bucket.reportedAt < reportEveryMs) return false;
      bucket.reportedAt = now;
      return true;
    },
  };
};
