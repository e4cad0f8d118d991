import { createGroupCommit } from '../group-commit';

const LINGER_MS = 2;

/** A writer that records its batches and answers each item doubled. */
const recordingWriter = () => {
  const batches: number[][] = [];
  const write = async (items: number[]) => {
    batches.push(items);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return items.map((item) => item * 2);
  };
  return { batches, write };
};

/** Runs the fake clock until nothing is scheduled, then answers what `pending` settled to. */
const settle = async <T>(pending: Promise<T>): Promise<T> => {
  await jest.runAllTimersAsync();
  return pending;
};

describe('group commit', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('writes callers that arrive together in one batch and answers each its own result', async () => {
    const writer = recordingWriter();
    const group = createGroupCommit(writer.write, 64, LINGER_MS);

    const results = await settle(Promise.all([1, 2, 3, 4].map((item) => group.submit(item))));

    expect(results).toEqual([2, 4, 6, 8]);
    expect(writer.batches).toEqual([[1, 2, 3, 4]]);
  });

  it('gathers callers arriving during a write into the next batch', async () => {
    const writer = recordingWriter();
    const group = createGroupCommit(writer.write, 64, LINGER_MS);

    const first = group.submit(1);
    await jest.advanceTimersByTimeAsync(LINGER_MS + 1); // the first batch is being written (5 ms)
    const later = [group.submit(2), group.submit(3)];

    expect(await settle(Promise.all([first, ...later]))).toEqual([2, 4, 6]);
    expect(writer.batches).toEqual([[1], [2, 3]]);
  });

  it('with lingerEveryBatch, also waits before a later batch so that more callers join it', async () => {
    const writer = recordingWriter();
    const group = createGroupCommit(writer.write, 64, 20, { lingerEveryBatch: true });

    const first = group.submit(1);
    await jest.advanceTimersByTimeAsync(22); // the first batch is being written (5 ms)
    const duringWrite = group.submit(2);
    await jest.advanceTimersByTimeAsync(10); // written; the next batch lingers
    const afterWrite = group.submit(3);

    expect(await settle(Promise.all([first, duringWrite, afterWrite]))).toEqual([2, 4, 6]);
    expect(writer.batches).toEqual([[1], [2, 3]]);
  });

  it('never writes more than maxBatch items at once', async () => {
    const writer = recordingWriter();
    const group = createGroupCommit(writer.write, 3, LINGER_MS);

    await settle(Promise.all([1, 2, 3, 4, 5, 6, 7].map((item) => group.submit(item))));

    expect(writer.batches).toEqual([[1, 2, 3], [4, 5, 6], [7]]);
  });

  it('fails every caller of a failed batch, and only them', async () => {
    let calls = 0;
    const group = createGroupCommit(
      async (items: number[]) => {
        calls += 1;
        if (calls === 1) throw new Error('disk full');
        return items;
      },
      2,
      LINGER_MS,
    );

    const outcomes = await settle(Promise.allSettled([1, 2, 3].map((item) => group.submit(item))));

    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'fulfilled']);
    expect((outcomes[0] as PromiseRejectedResult).reason).toEqual(new Error('disk full'));
  });

  it('refuses a batch answered with the wrong number of results', async () => {
    const group = createGroupCommit(async (items: number[]) => items.slice(1), 64, LINGER_MS);

    const refused = expect(Promise.all([group.submit(1), group.submit(2)])).rejects.toThrow(
      'A batch of 2 items was answered with 1 results.',
    );
    await jest.runAllTimersAsync();
    await refused;
  });

  it('writes again after being idle', async () => {
    const writer = recordingWriter();
    const group = createGroupCommit(writer.write, 64, LINGER_MS);

    await settle(group.submit(1));
    await settle(group.submit(2));

    expect(writer.batches).toEqual([[1], [2]]);
  });
});
