/** Named steps of a CI script, each with a time limit, and how long each one took. */
const durations: { name: string; seconds: number; ok: boolean }[] = [];

const secondsSince = (startedAt: number): number => Math.round((performance.now() - startedAt) / 100) / 10;

/**
 * Runs `work` with a signal that aborts after `limitMs`: the work stops its commands and requests on
 * it, so a hung step fails the run instead of holding CI until its global timeout.
 */
export const step = async <T>(
  name: string,
  limitMs: number,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<T> => {
  console.log(`\n▶ ${name} (limit ${limitMs / 1000} s)`);
  const startedAt = performance.now();
  const signal = AbortSignal.timeout(limitMs);
  try {
    const result = await work(signal);
    const seconds = secondsSince(startedAt);
    durations.push({ name, seconds, ok: true });
    console.log(`✔ ${name}: ${seconds} s`);
    return result;
  } catch (error) {
    const seconds = secondsSince(startedAt);
    durations.push({ name, seconds, ok: false });
    console.log(`✘ ${name}: failed after ${seconds} s`);
    if (signal.aborted) throw new Error(`${name}: not done within ${limitMs / 1000} s`, { cause: error });
    throw error;
  }
};

export const printDurations = (): void => {
  if (durations.length === 0) return;
  console.log('\nStep durations:');
  for (const { name, seconds, ok } of durations) {
    console.log(`  ${ok ? '✔' : '✘'} ${String(seconds).padStart(6)} s  ${name}`);
  }
  const total = durations.reduce((sum, { seconds }) => sum + seconds, 0);
  console.log(`    ${(Math.round(total * 10) / 10).toString().padStart(6)} s  in all`);
};
