/** What the callback receiver needs of an account to check a signature and file the event. */
export interface CallbackAccount {
  id: number;
  name: string;
  customerId: string;
  /** Null when the stored key cannot be decrypted. */
  apiKey: string | null;
}

interface Entry {
  account: Promise<CallbackAccount | null>;
  expiresAt: number;
}

/**
 * Accounts by callback token, kept for `ttlMs` so a burst of callbacks does not look the same
 * account up (and decrypt its key) for every request — on SQLite that lookup also queues behind
 * every write for the single connection. Changes made in this process clear it at once; a change
 * made by another Strapi process on the same database is seen here after at most `ttlMs`.
 * Unknown tokens are never kept, so guessing tokens cannot fill it.
 */
export const createCallbackAccountCache = (
  load: (callbackToken: string) => Promise<CallbackAccount | null>,
  { ttlMs, maxEntries, now = Date.now }: { ttlMs: number; maxEntries: number; now?: () => number },
) => {
  const entries = new Map<string, Entry>();

  /** Drops expired entries, then the oldest ones beyond `maxEntries`. */
  const prune = (): void => {
    const at = now();
    for (const [token, entry] of entries) if (entry.expiresAt <= at) entries.delete(token);
    for (const token of entries.keys()) {
      if (entries.size <= maxEntries) break;
      entries.delete(token);
    }
  };

  return {
    async find(callbackToken: string): Promise<CallbackAccount | null> {
      const cached = entries.get(callbackToken);
      if (cached && cached.expiresAt > now()) return cached.account;
      // Concurrent requests for the same token share one lookup.
      const account = load(callbackToken);
      const entry = { account, expiresAt: now() + ttlMs };
      entries.set(callbackToken, entry);
      if (entries.size > maxEntries) prune();
      try {
        const found = await account;
        if (!found && entries.get(callbackToken) === entry) entries.delete(callbackToken);
        return found;
      } catch (error) {
        if (entries.get(callbackToken) === entry) entries.delete(callbackToken);
        throw error;
      }
    },
    clear(): void {
      entries.clear();
    },
  };
};

export type CallbackAccountCache = ReturnType<typeof createCallbackAccountCache>;
