import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PLAYGROUND_DIR, REPO_ROOT } from '../../harness/paths';

export interface PlaygroundProcess {
  url: string;
  stop(): Promise<void>;
  /** Everything Strapi printed, for failure messages. */
  output(): string;
}

export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

const secret = () => randomBytes(16).toString('base64');

/**
 * The built playground (`strapi start`) as a real process on a free port and a temporary SQLite
 * database, exactly as a user runs it: the admin panel is the production build.
 */
export const startPlayground = async (env: Record<string, string> = {}): Promise<PlaygroundProcess> => {
  const port = await freePort();
  const databaseFile = path.join(os.tmpdir(), `sms-browser-${randomBytes(6).toString('hex')}.db`);
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const child: ChildProcess = spawn(path.join(REPO_ROOT, 'node_modules', '.bin', 'strapi'), ['start'], {
    cwd: PLAYGROUND_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: url,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: databaseFile,
      APP_KEYS: `${secret()},${secret()}`,
      API_TOKEN_SALT: secret(),
      ADMIN_JWT_SECRET: secret(),
      TRANSFER_TOKEN_SALT: secret(),
      ENCRYPTION_KEY: secret(),
      STRAPI_TELEMETRY_DISABLED: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    for (const suffix of ['', '-wal', '-shm', '-journal'])
      fs.rmSync(`${databaseFile}${suffix}`, { force: true });
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The playground exited during start-up:\n${output}`);
    try {
      if ((await fetch(`${url}/_health`)).status === 204) return { url, stop, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  await stop();
  throw new Error(`The playground did not answer /_health within 120 s:\n${output}`);
};
