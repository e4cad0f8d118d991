import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './commands';

/** A brand-new Strapi app made by create-strapi-app, as a user starts one, with the packed plugin added. */

interface PackageJson {
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  overrides?: Record<string, string>;
  version?: string;
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/** The @strapi/* versions this repository is built and tested with, from its lockfile. */
export const lockedStrapiVersions = (repoRoot: string): Record<string, string> => {
  const lock = readJson<{ packages: Record<string, { version?: string }> }>(
    path.join(repoRoot, 'package-lock.json'),
  );
  const versions: Record<string, string> = {};
  for (const [location, entry] of Object.entries(lock.packages)) {
    const name = /^node_modules\/(@strapi\/[^/]+)$/.exec(location)?.[1];
    if (name && entry.version) versions[name] = entry.version;
  }
  return versions;
};

/**
 * create-strapi-app with its bundled TypeScript template: no prompt, no example data, no Strapi
 * Cloud login, no git, SQLite, and no install yet (the app is installed once, with the plugin).
 */
export const createApp = async (
  parentDir: string,
  name: string,
  strapiVersion: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<string> => {
  await runCommand(
    'npx',
    [
      '--yes',
      `create-strapi-app@${strapiVersion}`,
      name,
      '--non-interactive',
      '--no-run',
      '--skip-cloud',
      '--no-git-init',
      '--use-npm',
      '--ts',
      '--no-example',
      '--skip-db',
      '--no-install',
    ],
    { cwd: parentDir, env, signal },
  );
  const appDir = path.join(parentDir, name);
  if (!fs.existsSync(path.join(appDir, 'package.json')))
    throw new Error(`create-strapi-app made no ${appDir}`);
  return appDir;
};

/**
 * Every @strapi/* package, direct or transitive, at the version this repository uses: ranges such
 * as the plugin's own peer dependencies would otherwise take the registry's newest release.
 */
export const pinStrapiVersions = (
  appDir: string,
  locked: Record<string, string>,
  strapiVersion: string,
): void => {
  const file = path.join(appDir, 'package.json');
  const pkg = readJson<PackageJson>(file);
  for (const deps of [pkg.dependencies, pkg.devDependencies]) {
    for (const name of Object.keys(deps ?? {})) {
      if (deps && name.startsWith('@strapi/')) deps[name] = locked[name] ?? strapiVersion;
    }
  }
  pkg.overrides = { ...pkg.overrides, ...locked };
  fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
};

/** Adds the plugin to the template's config/plugins.ts as the README tells users to. */
export const enablePlugin = (appDir: string): void => {
  const file = path.join(appDir, 'config', 'plugins.ts');
  const source = fs.readFileSync(file, 'utf8');
  const opening = '=> ({\n';
  if (!source.includes(opening)) throw new Error(`${file} has changed shape; cannot add the plugin to it`);
  fs.writeFileSync(file, source.replace(opening, `${opening}  'sms-channel': { enabled: true },\n`));
};

/** `npm install <tarball>`: the app's dependencies and the plugin in one install, as npm resolves them for users. */
export const installWithPlugin = async (
  appDir: string,
  tarball: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<void> => {
  await runCommand('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], {
    cwd: appDir,
    env,
    signal,
  });
  const pluginDir = path.join(appDir, 'node_modules', 'strapi-plugin-sms-channel');
  for (const entry of ['dist/server/index.js', 'dist/admin/index.js']) {
    if (!fs.existsSync(path.join(pluginDir, entry))) throw new Error(`the installed plugin has no ${entry}`);
  }
};

const installedStrapiPackages = (nodeModules: string): { name: string; version: string; dir: string }[] => {
  if (!fs.existsSync(nodeModules)) return [];
  return fs.readdirSync(nodeModules).flatMap((entry) => {
    const dirs = entry.startsWith('@')
      ? fs.readdirSync(path.join(nodeModules, entry)).map((name) => `${entry}/${name}`)
      : [entry];
    return dirs.flatMap((name) => {
      const dir = path.join(nodeModules, name);
      const own = name.startsWith('@strapi/')
        ? [{ name, version: readJson<PackageJson>(path.join(dir, 'package.json')).version ?? '?', dir }]
        : [];
      return [...own, ...installedStrapiPackages(path.join(dir, 'node_modules'))];
    });
  });
};

/** Fails when any installed @strapi/* package is not at the pinned version. */
export const checkStrapiVersions = (
  appDir: string,
  locked: Record<string, string>,
  strapiVersion: string,
): void => {
  const installed = installedStrapiPackages(path.join(appDir, 'node_modules'));
  const wrong = installed.filter(({ name, version }) => version !== (locked[name] ?? strapiVersion));
  console.log(`${installed.length} @strapi/* packages installed`);
  if (wrong.length) {
    throw new Error(
      `@strapi/* packages at another version than pinned:\n  ${wrong
        .map(({ name, version, dir }) => `${name}@${version} (${path.relative(appDir, dir)})`)
        .join('\n  ')}`,
    );
  }
};
