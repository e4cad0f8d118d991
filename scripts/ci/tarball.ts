import fs from 'node:fs';
import path from 'node:path';
import { runCommand } from './commands';

/** Files a user's install needs; anything else in the tarball (tests, playground, sources, keys) is a fault. */
const SHIPPED_FILES = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICEN[CS]E(\.\w+)?$/,
  /^strapi-(server|admin)\.js$/,
  /^dist\//,
];
const NEVER_SHIPPED = /(^|\/)(__tests__|node_modules)\/|\.test\.[cm]?[jt]sx?$|(^|\/)\.env/;
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

interface PackageManifest {
  exports: Record<string, string | Record<string, string>>;
}

const listFiles = (root: string, dir = ''): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = dir ? `${dir}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(root, relative) : [relative];
  });

/**
 * `npm pack` of the repository into `destination`. dist/ is removed first so that the tarball's code
 * can only come from the build that packing itself runs (the `prepare` script), never from an
 * earlier `npm run build`.
 */
export const packPlugin = async (
  repoRoot: string,
  destination: string,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
): Promise<string> => {
  fs.rmSync(path.join(repoRoot, 'dist'), { recursive: true, force: true });
  fs.mkdirSync(destination, { recursive: true });
  await runCommand('npm', ['pack', '--loglevel=warn', '--pack-destination', destination], {
    cwd: repoRoot,
    env,
    signal,
  });
  const tarballs = fs.readdirSync(destination).filter((name) => name.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${destination}`);
  return path.join(destination, tarballs[0]);
};

/**
 * Unpacks the tarball and checks it is what `npm install` must give a user: the built server and
 * admin bundles every `exports` entry points at, and nothing else of the repository.
 */
export const inspectTarball = async (
  tarball: string,
  unpackTo: string,
  signal: AbortSignal,
): Promise<void> => {
  fs.mkdirSync(unpackTo, { recursive: true });
  await runCommand('tar', ['xzf', tarball, '-C', unpackTo], { cwd: unpackTo, env: process.env, signal });
  const root = path.join(unpackTo, 'package');
  const files = listFiles(root);
  const faults: string[] = [];

  for (const bundle of ['dist/server/', 'dist/admin/']) {
    if (!files.some((file) => file.startsWith(bundle)))
      faults.push(`no ${bundle} (the package was not built)`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageManifest;
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    // `source` points at the TypeScript sources for `strapi-plugin watch` in this repository only.
    const targets = typeof target === 'string' ? { default: target } : target;
    for (const [condition, file] of Object.entries(targets)) {
      if (condition !== 'source' && !fs.existsSync(path.join(root, file))) {
        faults.push(`exports["${subpath}"].${condition} → ${file} is missing`);
      }
    }
  }
  for (const file of files) {
    if (!SHIPPED_FILES.some((pattern) => pattern.test(file)) || NEVER_SHIPPED.test(file)) {
      faults.push(`${file} should not be published`);
    } else if (PRIVATE_KEY.test(fs.readFileSync(path.join(root, file), 'utf8'))) {
      faults.push(`${file} contains a private key`);
    }
  }

  const bytes = fs.statSync(tarball).size;
  console.log(`${path.basename(tarball)}: ${files.length} files, ${Math.round(bytes / 1024)} KiB packed`);
  for (const file of files.filter((name) => !/^dist\/(server|admin)\/src\//.test(name)))
    console.log(`  ${file}`);
  if (faults.length) throw new Error(`The packed plugin is not installable as is:\n  ${faults.join('\n  ')}`);
};
