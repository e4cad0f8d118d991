import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/**
 * Strapi loads a plugin's server entry only from a `.js` file. The shim is a throw-away plugin
 * folder whose entry requires the TypeScript source, which jest transforms on the fly, so
 * integration tests run the code under test rather than a stale build.
 */
export const createPluginShim = (): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sms-channel-shim-'));
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { strapi: object };
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'strapi-plugin-sms-channel-shim', version: '0.0.0', strapi: pkg.strapi }),
  );
  const source = path.join(REPO_ROOT, 'server', 'src', 'index.ts');
  fs.writeFileSync(
    path.join(dir, 'strapi-server.js'),
    `module.exports = require(${JSON.stringify(source)}).default;\n`,
  );
  return dir;
};
