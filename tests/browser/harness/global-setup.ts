import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { PLAYGROUND_DIR, REPO_ROOT } from '../../harness/paths';

/**
 * Browser tests use what a user gets: the plugin built by `@strapi/sdk-plugin` and the playground's
 * production admin build. Both are built once per run.
 */
export default function globalSetup(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  execFileSync(path.join(REPO_ROOT, 'node_modules', '.bin', 'strapi'), ['build'], {
    cwd: PLAYGROUND_DIR,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
