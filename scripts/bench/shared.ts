import fs from 'node:fs';
import autocannon from 'autocannon';
import { compileStrapi } from '@strapi/strapi';
import type { DatabaseClient, TestDatabase } from '../../tests/harness/database';
import { PLAYGROUND_DIR } from '../../tests/harness/paths';
import { createProcessCluster, type StrapiProcess } from '../../tests/harness/strapi-processes';
import type { ProcessSeed } from '../../tests/harness/strapi-process';

/** Process start/stop and the measurements every scenario shares. */

export type Verdict = 'PASS' | 'FAIL' | 'INFO';

export interface Row {
  scenario: string;
  database: DatabaseClient;
  figure: string;
  baseline: string;
  ratio: string;
  target: string;
  verdict: Verdict;
}

export interface BenchStrapi {
  url: string;
  pid: number;
  database: TestDatabase;
  /** The highest resident set size (VmHWM) of this process and of those it replaced, in MiB. */
  peakRssMb(): number;
  /** Stops this process (SIGTERM) and starts another on the same database with `env` added. */
  restart(env: Record<string, string>): Promise<BenchStrapi>;
  stop(): Promise<void>;
}

/** Compiles the playground's TypeScript config once; every Strapi process boots from its dist. */
export const compilePlayground = (): Promise<unknown> => compileStrapi({ appDir: PLAYGROUND_DIR });

/**
 * The playground Strapi in a process of its own on a fresh database (temp SQLite file or PG
 * schema), run as in production: NODE_ENV=production, log level warn.
 */
export const startBenchStrapi = async (
  seed: ProcessSeed,
  env: Record<string, string>,
): Promise<BenchStrapi> => {
  const cluster = await createProcessCluster({
    seed,
    env: { NODE_ENV: 'production', TEST_LOG_LEVEL: 'warn', ...env },
  });
  const handle = (strapi: StrapiProcess, earlierPeakMb: number): BenchStrapi => {
    const peakRssMb = () => Math.max(earlierPeakMb, memoryMb(strapi.pid, 'VmHWM'));
    return {
      url: strapi.url,
      pid: strapi.pid,
      database: cluster.database,
      peakRssMb,
      async restart(own) {
        const peak = peakRssMb();
        await strapi.kill('SIGTERM');
        return handle(await cluster.start({ env: own }), peak);
      },
      async stop() {
        await strapi.kill('SIGTERM');
        await cluster.dispose();
      },
    };
  };
  try {
    return handle(await cluster.start(), 0);
  } catch (error) {
    await cluster.dispose();
    throw error;
  }
};

/** A /proc/<pid>/status field in MiB (VmHWM: peak resident set size since the process started). */
export const memoryMb = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
    fs.readFileSync(`/proc/${pid}/status`, 'utf8'),
  );
  if (!match) throw new Error(`${field} missing from /proc/${pid}/status`);
  return Number(match[1]) / 1024;
};

export const runAutocannon = (options: autocannon.Options): Promise<autocannon.Result> =>
  new Promise((resolve, reject) => {
    autocannon(options, (error, result) => (error ? reject(error) : resolve(result)));
  });

/** The p-th percentile (0–100) of the values, nearest rank. */
export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Latency of `count` GET requests made one after another (after `warmUp` unmeasured ones);
 * every answer must be 2xx.
 */
export const sequentialLatencies = async (
  url: string,
  headers: Record<string, string>,
  count: number,
  warmUp = 10,
): Promise<number[]> => {
  const latencies: number[] = [];
  for (let i = 0; i < warmUp + count; i += 1) {
    const started = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    const elapsed = performance.now() - started;
    if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
    if (i >= warmUp) latencies.push(elapsed);
  }
  return latencies;
};

/** Runs `task` for each index with at most `concurrency` in flight. */
export const forEachConcurrently = async (
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<void> => {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next;
      next += 1;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
};

export const ratio = (figure: number, baseline: number): number => (baseline > 0 ? figure / baseline : 0);

export const fixed = (value: number, digits = 1): string => value.toFixed(digits);
