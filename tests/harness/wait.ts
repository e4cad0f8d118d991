/**
 * Polls `probe` until it returns a value other than undefined/false, or fails after `timeoutMs`
 * with what was awaited and the last value seen: every wait in the tests is bounded.
 */
export const waitFor = async <T>(
  what: string,
  probe: () => Promise<T | undefined | false | null>,
  { timeoutMs = 20_000, intervalMs = 50 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false && value !== null) return value;
    last = value;
    if (Date.now() >= deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what} (last value: ${JSON.stringify(last)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
};

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
