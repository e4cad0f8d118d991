/**
 * `npm run bench [-- --db sqlite|postgres|both] [--duration <s>] [--only <scenarios>] [--strict]`:
 * inbound callbacks, outbound drain, inbox list and peak memory of the playground Strapi, each
 * figure beside a baseline measured in the same run. Prints one table and writes it to .tmp/bench/results.md.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, DEMO_BUSINESS_NUMBER } from '../../simulator/src/config';
import { startSimulator } from '../../simulator/src/server';
import type { DatabaseClient } from '../../tests/harness/database';
import { REPO_ROOT } from '../../tests/harness/paths';
import { benchInbound } from './inbound';
import { benchInbox } from './inbox';
import {
  benchOutbound,
  benchPipelineConfig,
  OUTBOUND_CONCURRENCY,
  OUTBOUND_NUMBERS,
  OUTBOUND_RATE_PER_NUMBER,
  OUTBOUND_ROUNDS,
  outboundNumbers,
} from './outbound';
import { compilePlayground, fixed, memoryMb, startBenchStrapi, type BenchStrapi, type Row } from './shared';

const COLUMNS: Array<[keyof Row, string]> = [
  ['scenario', 'Scenario'],
  ['database', 'Database'],
  ['figure', 'Figure'],
  ['baseline', 'Baseline'],
  ['ratio', 'Ratio'],
  ['target', 'Target'],
  ['verdict', 'Result'],
];

const NOTES = [
  `Outbound: SMS_CHANNEL_PIPELINE_CONFIG sets sender.concurrency = ${OUTBOUND_CONCURRENCY} and ` +
    `sender.ratePerSecondPerNumber = ${OUTBOUND_RATE_PER_NUMBER} (the plugin's maximum); other settings are the plugin's defaults. ` +
    `The replies go out from ${OUTBOUND_NUMBERS} business numbers in turn (so does the baseline): one number's pace would cap the drain at ${OUTBOUND_RATE_PER_NUMBER}/s. ` +
    'Replies are queued with sender.enabled = false, then Strapi is restarted with it on and the drain is timed; ' +
    `for each of ${OUTBOUND_ROUNDS} rounds the baseline runs first, and rounds after the first put the replies back in the queue with one SQL UPDATE. ` +
    'A drain is timed from its first claim (earliest submitted_at) to its last attempt end (latest updated_at).',
  'Simulator: delivery reports off (no callback URL registered for its customer, so none is sent); no latency or faults injected.',
  'Strapi: the playground in its own process, NODE_ENV=production, log level warn, fresh database per run.',
];

const SCENARIOS = ['inbound', 'outbound', 'inbox'] as const;
type Scenario = (typeof SCENARIOS)[number];

const USAGE =
  'usage: npm run bench -- [--db sqlite|postgres|both] [--duration 1-300 seconds] ' +
  `[--only ${SCENARIOS.join(',')}] [--strict]`;

/** The command-line options; prints the usage and exits 2 on anything else. */
const parseOptions = () => {
  let values: { db: string; duration: string; only: string; strict: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string', default: 'both' },
        duration: { type: 'string', default: '20' },
        only: { type: 'string', default: SCENARIOS.join(',') },
        strict: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(2);
  }
  const databases: Record<string, DatabaseClient[]> = {
    sqlite: ['sqlite'],
    postgres: ['postgres'],
    both: ['sqlite', 'postgres'],
  };
  const durationS = Number(values.duration);
  const only = values.only.split(',').map((name) => name.trim());
  const unknownScenario = only.find((name) => !SCENARIOS.includes(name as Scenario));
  if (!databases[values.db] || !Number.isInteger(durationS) || durationS < 1 || durationS > 300) {
    console.error(USAGE);
    process.exit(2);
  }
  if (unknownScenario !== undefined) {
    console.error(`Unknown scenario "${unknownScenario}": choose from ${SCENARIOS.join(', ')}.\n${USAGE}`);
    process.exit(2);
  }
  return {
    databases: databases[values.db],
    durationS,
    scenarios: new Set(only as Scenario[]),
    strict: values.strict,
  };
};

const postgresProblem = async (): Promise<string | null> => {
  const { Client } = await import('pg');
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: process.env.DATABASE_NAME ?? 'test',
    connectionTimeoutMillis: 3_000,
  });
  try {
    await client.connect();
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
};

/** The first admin, through Strapi's registration endpoint; answers the `Authorization` header. */
const registerAdmin = async (strapi: BenchStrapi): Promise<string> => {
  const response = await fetch(`${strapi.url}/admin/register-admin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      email: 'bench@sms-channel.local',
      password: `Bench-${randomBytes(9).toString('base64url')}-1a`,
      firstname: 'Bench',
      lastname: 'Admin',
    }),
  });
  if (!response.ok)
    throw new Error(`registering the admin answered ${response.status}: ${await response.text()}`);
  return `Bearer ${((await response.json()) as { data: { token: string } }).data.token}`;
};

const benchDatabase = async (
  client: DatabaseClient,
  durationS: number,
  scenarios: Set<Scenario>,
): Promise<Row[]> => {
  process.env.DATABASE_CLIENT = client;
  const customer = DEFAULT_CONFIG.defaultCustomer;
  const businessNumber = DEMO_BUSINESS_NUMBER;
  const callbackToken = randomBytes(32).toString('base64url');
  const simulator = await startSimulator({ ...DEFAULT_CONFIG, port: 0 });
  try {
    let strapi = await startBenchStrapi(
      {
        account: {
          customerId: customer.customerId,
          apiKey: customer.apiKey,
          callbackToken,
          apiHost: simulator.url,
        },
        numbers: outboundNumbers(businessNumber).map((digits) => ({ digits, workstream: true })),
      },
      {
        // The sender starts off: the outbound scenario queues first, then restarts it on.
        SMS_CHANNEL_PIPELINE_CONFIG: benchPipelineConfig(false),
      },
    );
    try {
      const idleRss = memoryMb(strapi.pid, 'VmRSS');
      const authorization = await registerAdmin(strapi);
      const channel = {
        customerId: customer.customerId,
        apiKey: customer.apiKey,
        businessNumber,
        businessNumbers: outboundNumbers(businessNumber),
      };
      const rows: Row[] = [];
      if (scenarios.has('inbound')) {
        console.log(`[${client}] inbound: /_health, then signed mo_sms callbacks, ${durationS} s each…`);
        rows.push(...(await benchInbound(strapi, { ...channel, callbackToken }, durationS)));
      }
      if (scenarios.has('outbound')) {
        console.log(`[${client}] outbound: direct to the simulator, then through the plugin…`);
        const outbound = await benchOutbound(strapi, simulator, channel, authorization);
        strapi = outbound.strapi;
        rows.push(...outbound.rows);
      }
      if (scenarios.has('inbox')) {
        console.log(`[${client}] inbox: seeding, then the conversation list…`);
        rows.push(...(await benchInbox(strapi, businessNumber, authorization)));
      }
      const peakRss = strapi.peakRssMb();
      rows.push({
        scenario: `Strapi peak RSS during ${[...scenarios].join(', ')} (VmHWM)`,
        database: client,
        figure: `${fixed(peakRss, 0)} MiB`,
        baseline: `${fixed(idleRss, 0)} MiB idle after boot`,
        ratio: `${fixed(peakRss / idleRss, 2)}×`,
        target: '—',
        verdict: 'INFO',
      });
      return rows;
    } finally {
      await strapi.stop();
    }
  } finally {
    await simulator.close();
  }
};

const textTable = (rows: Row[]): string => {
  const widths = COLUMNS.map(([key, title]) => Math.max(title.length, ...rows.map((row) => row[key].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    line(COLUMNS.map(([, title]) => title)),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map((row) => line(COLUMNS.map(([key]) => row[key]))),
  ].join('\n');
};

const markdownTable = (rows: Row[]): string =>
  [
    `| ${COLUMNS.map(([, title]) => title).join(' | ')} |`,
    `|${COLUMNS.map(() => ' --- ').join('|')}|`,
    ...rows.map((row) => `| ${COLUMNS.map(([key]) => row[key]).join(' | ')} |`),
  ].join('\n');

const main = async (): Promise<void> => {
  const { databases, durationS, scenarios, strict } = parseOptions();
  await compilePlayground();
  const rows: Row[] = [];
  const skipped: string[] = [];
  for (const client of databases) {
    if (client === 'postgres') {
      const problem = await postgresProblem();
      if (problem) {
        skipped.push(
          `PostgreSQL skipped: not reachable at ${process.env.DATABASE_HOST ?? '127.0.0.1'}:${process.env.DATABASE_PORT ?? 5432} (${problem}).`,
        );
        console.log(skipped[skipped.length - 1]);
        continue;
      }
    }
    rows.push(...(await benchDatabase(client, durationS, scenarios)));
  }

  const notes = [...skipped, ...NOTES];
  console.log(`\n${textTable(rows)}\n\n${notes.join('\n')}`);
  const failed = rows.filter((row) => row.verdict === 'FAIL');
  if (failed.length > 0) console.log(`\nFAIL: ${failed.length} target(s) missed (see Result column).`);

  const file = path.join(REPO_ROOT, '.tmp', 'bench', 'results.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `# npm run bench — ${new Date().toISOString()}\n\n${markdownTable(rows)}\n\n${notes.map((note) => `- ${note}`).join('\n')}\n`,
  );
  console.log(`\nWritten to ${path.relative(REPO_ROOT, file)}`);
  process.exit(strict && failed.length > 0 ? 1 : 0);
};

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
