import { createActivityGate } from '../activity-gate';

describe('activity gate', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  /** Resolves `quiet()` with the fake clock and answers how long it waited. */
  const waited = async (gate: ReturnType<typeof createActivityGate>): Promise<number> => {
    const start = Date.now();
    let done = false;
    const quiet = gate.quiet().then(() => (done = true));
    for (;;) {
      await jest.advanceTimersByTimeAsync(0);
      if (done) break;
      await jest.advanceTimersByTimeAsync(1);
    }
    await quiet;
    return Date.now() - start;
  };

  it('lets background work run at once when nothing was touched', async () => {
    const gate = createActivityGate({ quietMs: 50, maxWaitMs: 1_000 });
    expect(await waited(gate)).toBe(0);
  });

  it('waits until nothing was touched for quietMs', async () => {
    const gate = createActivityGate({ quietMs: 50, maxWaitMs: 1_000 });
    gate.touch();
    await jest.advanceTimersByTimeAsync(20);
    expect(await waited(gate)).toBe(30);
  });

  it('keeps waiting while it is touched again, but never longer than maxWaitMs', async () => {
    const gate = createActivityGate({ quietMs: 50, maxWaitMs: 300 });
    gate.touch();
    const busy = setInterval(() => gate.touch(), 10);
    try {
      expect(await waited(gate)).toBe(300);
    } finally {
      clearInterval(busy);
    }
  });
});
