/**
 * Exponential backoff with "equal jitter": half the delay is fixed, half random, so retries of
 * many jobs after one outage spread out instead of arriving together.
 */
export const backoffDelayMs = (
  attempt: number,
  baseMs: number,
  maxMs: number,
  random: () => number = Math.random,
): number => {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
};
