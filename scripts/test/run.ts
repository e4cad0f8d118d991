import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findChromium } from '../../tests/browser/harness/chromium';

/**
 * `npm test`: the unit, integration, reliability and browser projects in turn, then one closing line with the
 * totals. Browser tests need Debian's Chromium: in CI its absence is a failure; elsewhere it is
 * reported as "not run" so a fresh clone without Chromium still tests everything else.
 */
const PROJECTS = ['unit', 'integration', 'reliability', 'browser'] as const;
type Project = (typeof PROJECTS)[number];

interface JestSummary {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  success: boolean;
}

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const requested = process.argv.slice(2) as Project[];
const unknown = requested.filter((name) => !PROJECTS.includes(name));
if (unknown.length) {
  console.error(`Unknown test project(s): ${unknown.join(', ')}. Choose from ${PROJECTS.join(', ')}.`);
  process.exit(2);
}
const projects = requested.length ? requested : [...PROJECTS];

let passed = 0;
let failed = 0;
let ok = true;
const notes: string[] = [];

for (const project of projects) {
  if (project === 'browser' && !findChromium()) {
    const message = 'browser tests need Chromium: apt-get install chromium (or set CHROMIUM_PATH)';
    if (process.env.CI) {
      console.error(`FAIL ${message}`);
      ok = false;
    } else {
      notes.push(`browser tests NOT RUN — ${message}`);
    }
    continue;
  }
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sms-jest-')), `${project}.json`);
  const args = ['jest', '--selectProjects', project, '--json', `--outputFile=${report}`];
  if (project !== 'unit') args.push('--runInBand');
  console.log(
    `\n▶ ${project} tests${project === 'integration' || project === 'reliability' ? ` on ${process.env.DATABASE_CLIENT ?? 'sqlite'}` : ''}`,
  );
  const result = spawnSync('npx', args, { cwd: REPO_ROOT, stdio: 'inherit' });
  if (!fs.existsSync(report)) {
    console.error(`jest did not report for the ${project} project (exit code ${result.status}).`);
    ok = false;
    continue;
  }
  const summary = JSON.parse(fs.readFileSync(report, 'utf8')) as JestSummary;
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  if (!summary.success || result.status !== 0) ok = false;
  if (summary.success && result.status !== 0) {
    // e.g. "Cannot log after tests are done", which Jest counts against the run, not against a test.
    console.error(
      `jest exited with code ${result.status} for the ${project} project though its tests passed: see its output above.`,
    );
  }
}

for (const note of notes) console.log(`\n${note}`);
console.log(`\ntotal: ${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
