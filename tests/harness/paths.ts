import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
export const PLAYGROUND_DIR = path.join(REPO_ROOT, 'playground');
export const PLAYGROUND_DIST_DIR = path.join(PLAYGROUND_DIR, 'dist');
