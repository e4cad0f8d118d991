interface Entry<V> {
  value: Promise<V>;
  expiresAt: number;
}

export interface TtlCacheOptions<V> {
  ttlMs: number;
  maxEntries: number;
  /** Which loaded values are kept; the others are loaded again on every look-up. */
  keep: (value: V) => boolean;
  now?: () => number;
}

/**
 * Values loaded by key and kept for `ttlMs`, so a burst does not repeat the same look-up (and
 * key decryption) for every request. Concurrent look-ups of one key share one load; a failed
 * load is not kept, nor is a value `keep` refuses (an unknown token, so guessing cannot fill the
 * cache; a setup problem, so its fix is seen at once). Changes made in this process call
 * `clear()`; a change made by another process on the same database is seen after at most `ttlMs`.
 */
export const createTtlCache = <V>(
  load: (key: string) => Promise<V>,
  { ttlMs, maxEntries, keep, now = Date.now }: TtlCacheOptions<V>,
) => {
  const entries = new Map<string, Entry<V>>();

  /** Drops expired entries, then the oldest ones beyond `maxEntries`. */
  const prune = (): void => {
    const at = now();
    for (const [key, entry] of entries) if (entry.expiresAt <= at) entries.delete(key);
    for (const key of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    async find(key: string): Promise<V> {
      const cached = entries.get(key);
      if (cached && cached.expiresAt > now()) return cached.value;
      const value = load(key);
      const entry = { value, expiresAt: now() + ttlMs };
      entries.set(key, entry);
      if (entries.size > maxEntries) prune();
      try {
        const loaded = await value;
        if (!keep(loaded) && entries.get(key) === entry) entries.delete(key);
        return loaded;
      } catch (error) {
        if (entries.get(key) === entry) entries.delete(key);
        throw error;
      }
    },
    clear(): void {
      entries.clear();
    },
  };
};

export type TtlCache<V> = ReturnType<typeof createTtlCache<V>>;
