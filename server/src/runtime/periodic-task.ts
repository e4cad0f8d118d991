/**
 * A background loop that runs `run` every `intervalMs`, one run at a time, until stopped. `wake()`
 * asks for a run as soon as the current one (if any) ends, so work queued in this process does
 * not wait for the next tick. `stop()` resolves once the run in progress has finished, so nothing
 * touches the database after Strapi's destroy lifecycle.
 */
export interface PeriodicTask {
  start(): void;
  wake(): void;
  stop(): Promise<void>;
  readonly running: boolean;
  /**
   * Runs finished so far (failed ones included). A run that started after a moment has ended once
   * this has grown by two: tests wait for that to know a whole pass saw what they set up.
   */
  readonly completedRuns: number;
}

export interface PeriodicTaskOptions {
  intervalMs: number;
  run: () => Promise<void>;
  /** Errors are reported and the loop carries on: the next run tries again. */
  onError: (error: unknown) => void;
}

export const createPeriodicTask = ({ intervalMs, run, onError }: PeriodicTaskOptions): PeriodicTask => {
  let started = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Promise<void> | undefined;
  let again = false;
  let completedRuns = 0;

  const schedule = (delayMs: number): void => {
    if (!started) return;
    clearTimeout(timer);
    timer = setTimeout(tick, delayMs);
  };

  const tick = (): void => {
    timer = undefined;
    if (!started) return;
    if (current) {
      again = true;
      return;
    }
    again = false;
    current = run()
      .catch(onError)
      .finally(() => {
        current = undefined;
        completedRuns += 1;
        schedule(again ? 0 : intervalMs);
      });
  };

  return {
    start() {
      if (started) return;
      started = true;
      schedule(0);
    },
    wake() {
      if (!started) return;
      if (current) again = true;
      else schedule(0);
    },
    async stop() {
      started = false;
      clearTimeout(timer);
      timer = undefined;
      await current;
    },
    get running() {
      return started;
    },
    get completedRuns() {
      return completedRuns;
    },
  };
};
