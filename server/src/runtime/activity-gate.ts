import { sleep } from './sleep';

/**
 * Lets background work give way to more urgent work: the urgent side calls `touch()` whenever it
 * runs, the background side awaits `quiet()` before each step, which resolves once nothing was
 * touched for `quietMs` — or after `maxWaitMs` anyway, so background work slows down under a
 * sustained burst but never stops.
 */
export const createActivityGate = ({
  quietMs,
  maxWaitMs,
  now = Date.now,
}: {
  quietMs: number;
  maxWaitMs: number;
  now?: () => number;
}) => {
  let lastTouch = Number.NEGATIVE_INFINITY;
  return {
    touch(): void {
      lastTouch = now();
    },
    async quiet(): Promise<void> {
      const deadline = now() + maxWaitMs;
      for (;;) {
        const at = now();
        const quietAt = lastTouch + quietMs;
        if (at >= quietAt || at >= deadline) return;
        await sleep(Math.min(quietAt, deadline) - at);
      }
    },
  };
};

export type ActivityGate = ReturnType<typeof createActivityGate>;
