import { createPeriodicTask, type PeriodicTask } from '../periodic-task';

describe('periodic task', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** A run that takes `runMs` and records when it started. */
  const recordingRun = (runMs: number) => {
    const starts: number[] = [];
    const run = async () => {
      starts.push(Date.now());
      await new Promise((resolve) => setTimeout(resolve, runMs));
    };
    return { starts, run };
  };
  /** Stops `task`, letting the fake clock run the rest of a run in progress. */
  const stop = async (task: PeriodicTask): Promise<void> => {
    const stopping = task.stop();
    await jest.runOnlyPendingTimersAsync();
    await stopping;
  };

  it('runs at once, then every interval after a run ends, counting the runs it finished', async () => {
    const started = Date.now();
    const { starts, run } = recordingRun(10);
    const task = createPeriodicTask({ intervalMs: 100, run, onError: () => undefined });
    task.start();
    await jest.advanceTimersByTimeAsync(0);
    expect(starts).toEqual([started]);
    expect(task.completedRuns).toBe(0);

    await jest.advanceTimersByTimeAsync(225);
    expect(starts.map((at) => at - started)).toEqual([0, 110, 220]);
    expect(task.completedRuns).toBe(2);
    await stop(task);
  });

  it('on wake during a run, runs again as soon as it ends', async () => {
    const { starts, run } = recordingRun(10);
    const task = createPeriodicTask({ intervalMs: 1_000, run, onError: () => undefined });
    task.start();
    await jest.advanceTimersByTimeAsync(5);
    task.wake();
    await jest.advanceTimersByTimeAsync(4);
    expect(starts).toHaveLength(1);
    // The run ends at 10 ms; the next starts then, not a whole interval later.
    await jest.advanceTimersByTimeAsync(5);
    expect(starts).toHaveLength(2);
    await stop(task);
  });

  it('reports a failed run, counts it and carries on', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const task = createPeriodicTask({
      intervalMs: 50,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('database gone');
      },
      onError: (error) => errors.push(error),
    });
    task.start();
    await jest.advanceTimersByTimeAsync(60);
    expect(errors).toEqual([new Error('database gone')]);
    expect(calls).toBe(2);
    expect(task.completedRuns).toBe(2);
    await stop(task);
  });

  it('on stop, waits for the run in progress and runs no more', async () => {
    const { starts, run } = recordingRun(10);
    const task = createPeriodicTask({ intervalMs: 50, run, onError: () => undefined });
    task.start();
    await jest.advanceTimersByTimeAsync(5);
    let stopped = false;
    const stopping = task.stop().then(() => {
      stopped = true;
    });
    await jest.advanceTimersByTimeAsync(4);
    expect(stopped).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    await stopping;
    expect(task.running).toBe(false);
    await jest.advanceTimersByTimeAsync(500);
    expect(starts).toHaveLength(1);
    expect(task.completedRuns).toBe(1);
  });
});
