import { createWorkQueue } from '../work-queue';

describe('work queue', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs each key once at most `concurrency` at a time', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    const queue = createWorkQueue(
      2,
      async (key: number) => {
        running += 1;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        done.push(key);
      },
      () => undefined,
    );
    queue.open();
    for (const key of [1, 2, 3, 2, 4]) queue.push(key);
    expect(queue.size).toBe(4);
    await jest.runAllTimersAsync();
    expect(most).toBe(2);
    expect(done.sort()).toEqual([1, 2, 3, 4]);
    expect(queue.size).toBe(0);
  });

  it('lets I/O waiting meanwhile run between jobs, even jobs that never wait (a synchronous driver)', async () => {
    const order: string[] = [];
    const queue = createWorkQueue(
      1,
      async (key: string) => {
        order.push(key);
        // What a request arriving during the job would be: served on the next turn of the loop.
        setImmediate(() => order.push(`request after ${key}`));
      },
      () => undefined,
    );
    queue.open();
    for (const key of ['a', 'b', 'c']) queue.push(key);
    await jest.runAllTimersAsync();
    expect(order).toEqual(['a', 'request after a', 'b', 'request after b', 'c', 'request after c']);
  });

  it('reports a failing job and goes on with the next', async () => {
    const errors: Array<[string, string]> = [];
    const done: string[] = [];
    const queue = createWorkQueue(
      1,
      async (key: string) => {
        if (key === 'bad') throw new Error('broken');
        done.push(key);
      },
      (error, key) => errors.push([key, (error as Error).message]),
    );
    queue.open();
    for (const key of ['bad', 'good']) queue.push(key);
    await jest.runAllTimersAsync();
    expect(errors).toEqual([['bad', 'broken']]);
    expect(done).toEqual(['good']);
    expect(queue.size).toBe(0);
  });

  it('waits on close for the jobs in progress and drops those not started', async () => {
    const done: string[] = [];
    const queue = createWorkQueue(
      1,
      async (key: string) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        done.push(key);
      },
      () => undefined,
    );
    queue.open();
    for (const key of ['first', 'second']) queue.push(key);
    await jest.advanceTimersByTimeAsync(1);
    const closed = queue.close();
    await jest.runAllTimersAsync();
    await closed;
    expect(done).toEqual(['first']);
    expect(queue.size).toBe(0);
  });
});
