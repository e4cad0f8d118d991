import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkAdminBundle, freeLoopbackPort, probeApp, waitUntilHealthy } from './app-probes';
import { childEnv, killAll, runCommand, startService, stopService, type Service } from './commands';
import {
  checkStrapiVersions,
  createApp,
  enablePlugin,
  installWithPlugin,
  lockedStrapiVersions,
  pinStrapiVersions,
} from './fresh-app';
import { printDurations, step } from './steps';
import { inspectTarball, packPlugin } from './tarball';

/**
 * Proves the published package works: packs this repository as `npm publish` would, installs the
 * tarball into a brand-new create-strapi-app project, builds its admin panel, boots it and asks the
 * plugin's routes. Everything happens in a temporary directory, removed at the end.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const MINUTE = 60_000;

const repoPackage = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  devDependencies: Record<string, string>;
};
const STRAPI_VERSION = repoPackage.devDependencies['@strapi/strapi'];

// Strapi 5.54 no longer reads STRAPI_DISABLE_UPDATE_NOTIFICATION (it only warns about it); its update
// check asks the npm registry once, in the background.
const quiet = { STRAPI_TELEMETRY_DISABLED: 'true' };
const npmEnv = childEnv({ ...quiet, npm_config_update_notifier: 'false' });
const buildEnv = childEnv({ ...quiet, NODE_ENV: 'production' });
const startEnv = (port: number) => ({ ...buildEnv, HOST: '127.0.0.1', PORT: `${port}` });

const main = async (workDir: string): Promise<void> => {
  const tarball = await step('Pack the plugin (npm pack runs its build)', 8 * MINUTE, (signal) =>
    packPlugin(REPO_ROOT, path.join(workDir, 'pack'), npmEnv, signal),
  );
  await step('Check the tarball contents', MINUTE, (signal) =>
    inspectTarball(tarball, path.join(workDir, 'unpacked'), signal),
  );
  const appDir = await step(`Create an app with create-strapi-app@${STRAPI_VERSION}`, 5 * MINUTE, (signal) =>
    createApp(workDir, 'app', STRAPI_VERSION, npmEnv, signal),
  );
  const locked = lockedStrapiVersions(REPO_ROOT);
  await step('Pin @strapi/* and enable the plugin in config/plugins.ts', MINUTE, async () => {
    pinStrapiVersions(appDir, locked, STRAPI_VERSION);
    enablePlugin(appDir);
  });
  await step('Install the app with the packed plugin', 15 * MINUTE, (signal) =>
    installWithPlugin(appDir, tarball, npmEnv, signal),
  );
  await step('Check installed @strapi/* versions', MINUTE, async () =>
    checkStrapiVersions(appDir, locked, STRAPI_VERSION),
  );
  await step('Build the app and its admin panel (npm run build)', 10 * MINUTE, async (signal) => {
    await runCommand('npm', ['run', 'build'], { cwd: appDir, env: buildEnv, signal });
    checkAdminBundle(appDir);
  });

  const port = await freeLoopbackPort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const strapi: Service = startService(
    'strapi',
    path.join(appDir, 'node_modules', '.bin', 'strapi'),
    ['start'],
    {
      cwd: appDir,
      env: startEnv(port),
    },
  );
  await step(`Boot the app (strapi start on ${baseUrl})`, 3 * MINUTE, (signal) =>
    waitUntilHealthy(baseUrl, strapi, signal),
  );
  await step('Ask the app and the plugin', MINUTE, (signal) => probeApp(baseUrl, signal));
  await step('Stop the app', MINUTE, async (signal) => {
    const how = await stopService(strapi, signal);
    console.log(`Strapi stopped (${how})`);
  });
};

/**
 * The throw-away app's ~1 GB of node_modules goes to memory (/dev/shm) when there is room: on a
 * disk mounted with `discard`, writing and then deleting it takes minutes.
 */
const scratchParent = (): string => {
  try {
    const { bavail, bsize } = fs.statfsSync('/dev/shm');
    if (bavail * bsize > 4 * 1024 ** 3) return '/dev/shm';
  } catch {
    // no /dev/shm here
  }
  return os.tmpdir();
};

const workDir = fs.mkdtempSync(path.join(scratchParent(), 'sms-channel-packed-'));
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    killAll();
    fs.rmSync(workDir, { recursive: true, force: true });
    process.exit(1);
  });
}

const run = async (): Promise<void> => {
  let failure: unknown;
  try {
    await main(workDir);
  } catch (error) {
    failure = error;
  }
  killAll();
  try {
    await step(`Remove ${workDir}`, 5 * MINUTE, (signal) =>
      runCommand('rm', ['-rf', workDir], { cwd: os.tmpdir(), env: process.env, signal }),
    );
  } catch (error) {
    failure ??= error;
  }
  printDurations();
  if (failure !== undefined) {
    console.error(`\nPacked install FAILED: ${failure instanceof Error ? failure.message : String(failure)}`);
    process.exit(1);
  }
  console.log('\nThe packed plugin installs, builds and runs in a new Strapi app.');
};

void run();
