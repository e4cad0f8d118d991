import path from 'node:path';
import { DEMO_API_KEY, DEMO_BUSINESS_NUMBER, DEMO_CUSTOMER_ID } from '../../simulator/src/config';
import { ensurePlaygroundEnv } from './env-file';
import { DEMO_ADMIN, ensureFirstAdmin, type DemoAdminState } from './first-admin';
import { run, startService, stopAll, waitForHttp } from './processes';

/**
 * `npm run demo`: builds the plugin and the playground admin, starts the TeleSign simulator and the
 * playground Strapi on SQLite, creates a first admin if there is none, and prints how to log in.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PLAYGROUND_DIR = path.join(REPO_ROOT, 'playground');
/** Beside the playground's database, so deleting `playground/.tmp/` starts both afresh. */
const SIMULATOR_STATE_FILE = path.join(PLAYGROUND_DIR, '.tmp', 'simulator-state.json');
const STRAPI_PORT = Number(process.env.PORT ?? 1337);
const SIMULATOR_PORT = Number(process.env.SIMULATOR_PORT ?? 4010);
const bin = (name: string) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

const ADMIN_LOGIN: Record<DemoAdminState, string> = {
  created: `${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}  (created now)`,
  exists: `${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`,
  'other-admins': `the playground's own admins (it had admins before the demo's ${DEMO_ADMIN.email} could be created)`,
};

const main = async (): Promise<void> => {
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  const env = ensurePlaygroundEnv(PLAYGROUND_DIR, STRAPI_PORT);
  console.log(env.created ? `Wrote fresh secrets to ${env.file}` : `Using ${env.file}`);

  console.log('Building the plugin…');
  await run('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT });
  console.log('Building the playground (server and admin panel)…');
  await run(bin('strapi'), ['build'], {
    cwd: PLAYGROUND_DIR,
    env: { ...process.env, NODE_ENV: 'production' },
  });

  startService('simulator', bin('tsx'), [path.join(REPO_ROOT, 'simulator', 'src', 'main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      SIMULATOR_PORT: String(SIMULATOR_PORT),
      SIMULATOR_STATE_FILE: SIMULATOR_STATE_FILE,
    },
  });
  startService('strapi', bin('strapi'), ['start'], {
    cwd: PLAYGROUND_DIR,
    // Strapi's own start-up message would ask for a first administrator the demo is about to
    // create; the demo's banner below says how to log in instead.
    env: { ...process.env, NODE_ENV: 'production', PORT: String(STRAPI_PORT), STARTUP_MESSAGE: 'false' },
  });

  const strapiUrl = `http://127.0.0.1:${STRAPI_PORT}`;
  const simulatorUrl = `http://127.0.0.1:${SIMULATOR_PORT}`;
  await Promise.all([
    waitForHttp(`${strapiUrl}/_health`, 180_000),
    waitForHttp(`${simulatorUrl}/_sim/health`, 60_000),
  ]);
  const admin = await ensureFirstAdmin(strapiUrl);

  console.log(
    [
      '',
      '──────────────── SMS channel demo is running ────────────────',
      `Admin panel            ${strapiUrl}/admin  →  menu "SMS channel"`,
      `Admin login            ${ADMIN_LOGIN[admin]}`,
      `TeleSign simulator     ${simulatorUrl}  (API host to enter in the setup wizard; open it for its pages)`,
      `  Customer ID          ${DEMO_CUSTOMER_ID}`,
      `  API key              ${DEMO_API_KEY}`,
      `  SMS number           ${DEMO_BUSINESS_NUMBER}`,
      `Register callback URL  ${simulatorUrl}/support  (paste the wizard's callback URL here)`,
      `Customer phone         ${simulatorUrl}/phone`,
      `Simulator state        ${path.relative(process.cwd(), SIMULATOR_STATE_FILE)}  (callback URLs and phone history survive restarts)`,
      'Stop with Ctrl+C.',
      '─────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
