import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Core } from '@strapi/strapi';
import { createStrapi } from '@strapi/strapi';
import { createTestDatabase, type TestDatabase } from './database';
import { finishRequests } from './finish-requests';
import { PLAYGROUND_DIR, PLAYGROUND_DIST_DIR } from './paths';
import { createPluginShim } from './plugin-shim';

export interface TestApp {
  strapi: Core.Strapi;
  /** The Node HTTP server to point supertest at. */
  server: Parameters<typeof import('supertest')>[0];
  /** `http://127.0.0.1:<port>` when started with `listen: true` (for callbacks from the simulator). */
  url: string | null;
  /** The app's own database, for reading it with the SQL helpers (tests/harness/sql.ts). */
  database: TestDatabase;
  stop(): Promise<void>;
}

const secret = () => randomBytes(16).toString('base64');

const listenOnLoopback = (strapi: Core.Strapi): Promise<string> =>
  new Promise((resolve, reject) => {
    const server = strapi.server.httpServer;
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });

/**
 * Boots the real playground Strapi (real database, real HTTP stack, real plugin lifecycle) with
 * the plugin loaded from source. One instance per test file.
 */
export const startTestApp = async (
  options: {
    env?: Record<string, string | undefined>;
    /** Listen on a free loopback port, so that other processes (the simulator) can call in. */
    listen?: boolean;
  } = {},
): Promise<TestApp> => {
  const database: TestDatabase = await createTestDatabase();
  const shimDir = createPluginShim();
  Object.assign(process.env, {
    NODE_ENV: 'test',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    ENCRYPTION_KEY: secret(),
    SMS_CHANNEL_PLUGIN_PATH: shimDir,
    STRAPI_TELEMETRY_DISABLED: 'true',
    ...database.env,
  });
  for (const [key, value] of Object.entries(options.env ?? {})) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }

  const instance = createStrapi({ appDir: PLAYGROUND_DIR, distDir: PLAYGROUND_DIST_DIR });
  // Request and migration logs drown test output; TEST_LOG_LEVEL=http brings them back.
  instance.log.level = process.env.TEST_LOG_LEVEL ?? 'warn';
  const strapi = await instance.load();
  strapi.server.mount();
  const url = options.listen ? await listenOnLoopback(strapi) : null;

  return {
    strapi,
    server: strapi.server.httpServer,
    url,
    database,
    async stop() {
      await finishRequests(strapi.server.httpServer);
      await strapi.destroy();
      await database.drop();
      fs.rmSync(shimDir, { recursive: true, force: true });
    },
  };
};
