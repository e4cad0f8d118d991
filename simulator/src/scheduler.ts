/**
 * Every timer the simulator starts goes through here, so `close()` can cancel them all and leave
 * no handle behind (delivery reports, callback retries, latency faults).
 */
export class Scheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly onError: (error: unknown) => void) {}

  after(delayMs: number, task: () => void | Promise<void>): void {
    if (this.closed) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      Promise.resolve()
        .then(task)
        .catch((error: unknown) => this.onError(error));
    }, delayMs);
    this.timers.add(timer);
  }

  /** Resolves after `delayMs`; never resolves once the simulator is closed (its socket is gone anyway). */
  sleep(delayMs: number): Promise<void> {
    return new Promise((resolve) => this.after(delayMs, resolve));
  }

  /** Drops everything pending (a state reset) but keeps accepting new work. */
  cancelAll(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  close(): void {
    this.closed = true;
    this.cancelAll();
  }
}
