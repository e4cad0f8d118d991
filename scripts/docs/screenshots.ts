import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run screenshots`: runs the setup-wizard, inbox and account-activity browser tests with their
 * screenshots written to docs/screenshots, where the README shows them. Needs `npm run build` first.
 */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const result = spawnSync(
  'npx',
  [
    'jest',
    '--selectProjects',
    'browser',
    '--runInBand',
    '--testPathPattern',
    'setup-wizard|inbox|account-activity',
  ],
  {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, SMS_SCREENSHOT_DIR: path.join('docs', 'screenshots') },
  },
);
process.exit(result.status ?? 1);
