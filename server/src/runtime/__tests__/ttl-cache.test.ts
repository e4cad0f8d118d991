import { createTtlCache } from '../ttl-cache';

/** What the callback receiver keeps: an account by its callback token. */
interface CallbackAccount {
  id: number;
  name: string;
  customerId: string;
  apiKey: string | null;
}

const account = (id: number): CallbackAccount => ({
  id,
  name: `Account ${id}`,
  customerId: `CID-${id}`,
  apiKey: `key-${id}`,
});

/** A loader over a table of tokens that counts its lookups; the clock is set by hand. */
const setUp = (options: { ttlMs?: number; maxEntries?: number } = {}) => {
  const table = new Map<string, CallbackAccount>([
    ['token-1', account(1)],
    ['token-2', account(2)],
    ['token-3', account(3)],
  ]);
  const lookups: string[] = [];
  let time = 0;
  const cache = createTtlCache(
    async (token): Promise<CallbackAccount | null> => {
      lookups.push(token);
      return table.get(token) ?? null;
    },
    {
      ttlMs: options.ttlMs ?? 5_000,
      maxEntries: options.maxEntries ?? 100,
      keep: (found) => found !== null,
      now: () => time,
    },
  );
  return { cache, table, lookups, advance: (ms: number) => (time += ms) };
};

describe('TTL cache (accounts by callback token)', () => {
  it('looks an account up once while it is fresh, then again', async () => {
    const { cache, lookups, advance } = setUp();

    expect(await cache.find('token-1')).toEqual(account(1));
    advance(4_999);
    expect(await cache.find('token-1')).toEqual(account(1));
    expect(lookups).toEqual(['token-1']);

    advance(1);
    await cache.find('token-1');
    expect(lookups).toEqual(['token-1', 'token-1']);
  });

  it('shares one lookup between concurrent requests for the same token', async () => {
    const { cache, lookups } = setUp();

    await Promise.all([cache.find('token-1'), cache.find('token-1'), cache.find('token-1')]);

    expect(lookups).toEqual(['token-1']);
  });

  it('never keeps a value `keep` refuses (an unknown token), so it is found once it exists', async () => {
    const { cache, table, lookups } = setUp();

    expect(await cache.find('token-9')).toBeNull();
    table.set('token-9', account(9));
    expect(await cache.find('token-9')).toEqual(account(9));
    expect(lookups).toEqual(['token-9', 'token-9']);
  });

  it('sees a change at once after clear()', async () => {
    const { cache, table } = setUp();
    await cache.find('token-1');

    table.delete('token-1');
    cache.clear();

    expect(await cache.find('token-1')).toBeNull();
  });

  it('does not keep a failed lookup', async () => {
    let fail = true;
    const cache = createTtlCache(
      async () => {
        if (fail) throw new Error('database unavailable');
        return account(1);
      },
      { ttlMs: 5_000, maxEntries: 10, keep: () => true },
    );

    await expect(cache.find('token-1')).rejects.toThrow('database unavailable');
    fail = false;
    expect(await cache.find('token-1')).toEqual(account(1));
  });

  it('keeps at most maxEntries accounts, dropping the oldest', async () => {
    const { cache, lookups } = setUp({ maxEntries: 2 });

    await cache.find('token-1');
    await cache.find('token-2');
    await cache.find('token-3');
    await cache.find('token-3');
    await cache.find('token-1');

    expect(lookups).toEqual(['token-1', 'token-2', 'token-3', 'token-1']);
  });
});
