import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createTestDatabase, type TestDatabase } from './database';
import { REPO_ROOT } from './paths';
import { createPluginShim } from './plugin-shim';
import type { ProcessSeed } from './strapi-process';

export interface StrapiProcess {
  url: string;
  pid: number;
  /** Sends the signal (SIGKILL: no clean-up at all) and resolves once the process is gone. */
  kill(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
  output(): string;
}

/** Strapi processes that share one database, one set of secrets and one seed. */
export interface ProcessCluster {
  database: TestDatabase;
  /**
   * `port`: listen there rather than on a free port, e.g. a killed process's, so that a sender
   * retrying the URL it was given (as TeleSign does) reaches the successor. `env`: variables of
   * this process only, over the cluster's (e.g. another pipeline configuration).
   */
  start(options?: { port?: number; env?: Record<string, string> }): Promise<StrapiProcess>;
  /** Stops every process still running (SIGKILL), drops the database and the plugin shim. */
  dispose(): Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');
const BOOT_TIMEOUT_MS = 120_000;

/**
 * Runs tests/harness/strapi-process.ts under tsx as often as asked, each time on the same
 * database with the same secrets (so a restarted process decrypts the same API keys).
 */
export const createProcessCluster = async (options: {
  seed: ProcessSeed;
  env?: Record<string, string>;
}): Promise<ProcessCluster> => {
  const database = await createTestDatabase();
  const shimDir = createPluginShim();
  const children = new Set<ChildProcess>();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'test',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    SMS_CHANNEL_PLUGIN_PATH: shimDir,
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...database.env,
    ...options.env,
    SMS_TEST_SEED: JSON.stringify(options.seed),
  };

  const start = ({
    port = 0,
    env: own = {},
  }: { port?: number; env?: Record<string, string> } = {}): Promise<StrapiProcess> =>
    new Promise((resolve, reject) => {
      const child = spawn(
        // Node itself with tsx's loader, not the tsx CLI: the CLI runs the script in a child
        // process, so a SIGKILL sent to it would leave Strapi running.
        process.execPath,
        ['--import', 'tsx', path.join(REPO_ROOT, 'tests', 'harness', 'strapi-process.ts')],
        { cwd: REPO_ROOT, env: { ...env, ...own, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children.add(child);
      let output = '';
      const exited = new Promise<void>((done) => child.once('exit', () => done()));
      void exited.then(() => children.delete(child));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`Strapi did not start within ${BOOT_TIMEOUT_MS} ms:\n${output}`));
      }, BOOT_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const ready = /READY (http:\/\/\S+)/.exec(output);
        if (ready && child.pid !== undefined) {
          clearTimeout(timer);
          child.stdout?.off('data', onData);
          child.stdout?.on('data', (more: Buffer) => (output += more.toString('utf8')));
          resolve({
            url: ready[1],
            pid: child.pid,
            output: () => output,
            async kill(signal) {
              if (child.exitCode === null && child.signalCode === null) child.kill(signal);
              await exited;
            },
          });
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`Strapi exited during start-up (${signal ?? `code ${code}`}):\n${output}`));
      });
    });

  return {
    database,
    start,
    async dispose() {
      await Promise.all(
        [...children].map(
          (child) =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        ),
      );
      await database.drop();
      fs.rmSync(shimDir, { recursive: true, force: true });
    },
  };
};

/** An admin API call to one process of a cluster, with an admin JWT any of them accepts. */
export const callProcess = async (
  strapi: StrapiProcess,
  authorization: string,
  method: 'GET' | 'POST',
  path: string,
  body?: object,
): Promise<{ status: number; body: { data: unknown } }> => {
  const response = await fetch(`${strapi.url}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: authorization },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as { data: unknown } };
};
