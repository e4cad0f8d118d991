import { createRateLimiter } from '../rate-limiter';

describe('rate limiter (pace per business number)', () => {
  it('books consecutive slots one send apart and answers the wait for each', () => {
    const limiter = createRateLimiter(100); // one segment every 10 ms

    expect(limiter.reserve('14255550100', 1, 1_000, 20)).toBe(0);
    expect(limiter.reserve('14255550100', 1, 1_000, 20)).toBe(10);
    expect(limiter.reserve('14255550100', 1, 1_000, 20)).toBe(20);
  });

  it('books nothing when the slot is further away than the caller waits', () => {
    const limiter = createRateLimiter(100);
    limiter.reserve('14255550100', 3, 1_000, 20); // three segments: free again at 1,030

    expect(limiter.reserve('14255550100', 1, 1_000, 20)).toBeNull();
    expect(limiter.reserve('14255550100', 1, 1_010, 20)).toBe(20);
    expect(limiter.reserve('14255550100', 1, 1_010, 20)).toBeNull();
  });

  it('paces each number on its own', () => {
    const limiter = createRateLimiter(1);

    expect(limiter.reserve('14255550100', 1, 0, 0)).toBe(0);
    expect(limiter.reserve('14255550101', 1, 0, 0)).toBe(0);
    expect(limiter.reserve('14255550100', 1, 999, 0)).toBeNull();
    expect(limiter.reserve('14255550100', 1, 1_000, 0)).toBe(0);
  });

  it('holds a number back until the end of a pause (TeleSign answered 429)', () => {
    const limiter = createRateLimiter(1_000);
    limiter.pauseUntil('14255550100', 5_000);

    expect(limiter.reserve('14255550100', 1, 1_000, 20)).toBeNull();
    expect(limiter.reserve('14255550100', 1, 4_990, 20)).toBe(10);
  });
});
