import { createRequire } from 'node:module';
import type { TestDatabase } from '../../tests/harness/database';
import { selectCount, selectRows } from '../../tests/harness/sql';
import { fixed, percentile, ratio, sequentialLatencies, type BenchStrapi, type Row } from './shared';

export const INBOX_CONVERSATIONS = 100_000;
const MESSAGES_PER_CONVERSATION = 10;
/** Conversations per INSERT … SELECT: short write transactions, so Strapi's own loops keep going. */
const CHUNK = 10_000;
const SAMPLES = 200;
const STATUSES = ['open', 'active', 'waiting', 'wrap-up', 'closed'];

interface Writer {
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

interface SqliteDatabase {
  pragma(statement: string): unknown;
  exec(sql: string): void;
  close(): void;
}
type SqliteConstructor = new (file: string, options: { fileMustExist: boolean }) => SqliteDatabase;
const loadModule = createRequire(__filename);

const openWriter = async (database: TestDatabase): Promise<Writer> => {
  if (database.client === 'sqlite') {
    const Sqlite = loadModule('better-sqlite3') as SqliteConstructor;
    const db = new Sqlite(database.env.DATABASE_FILENAME, { fileMustExist: true });
    db.pragma('busy_timeout = 30000');
    return { exec: async (sql) => db.exec(sql), close: async () => db.close() };
  }
  const { Client } = await import('pg');
  const client = new Client({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 5432),
    user: process.env.DATABASE_USERNAME ?? 'postgres',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: process.env.DATABASE_NAME ?? 'test',
  });
  await client.connect();
  await client.query(`SET search_path TO "${database.env.DATABASE_SCHEMA}"`);
  return {
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
};

/** The few expressions that differ between SQLite (Strapi stores datetimes as epoch ms) and PostgreSQL. */
const dialectOf = (client: TestDatabase['client']) =>
  client === 'sqlite'
    ? {
        series: (from: number, to: number) =>
          `WITH RECURSIVE seq(n) AS (SELECT ${from} UNION ALL SELECT n + 1 FROM seq WHERE n < ${to})`,
        pad: (expression: string, width: number) => `printf('%0${width}d', ${expression})`,
        time: (epochMs: string) => `(${epochMs})`,
        falseValue: '0',
      }
    : {
        series: (from: number, to: number) => `WITH seq(n) AS (SELECT generate_series(${from}, ${to}))`,
        pad: (expression: string, width: number) => `lpad((${expression})::text, ${width}, '0')`,
        time: (epochMs: string) => `to_timestamp((${epochMs}) / 1000.0)`,
        falseValue: 'false',
      };

const maxId = async (database: TestDatabase, table: string): Promise<number> =>
  Number((await selectRows(database, `SELECT COALESCE(MAX(id), 0) AS n FROM ${table}`))[0].n);

/**
 * 100,000 conversations (one per customer, statuses round-robin, every one in the workstream)
 * with 10 messages each, written with bulk INSERT … SELECT into the plugin's tables and Strapi 5's
 * link tables. Conversation n's last message is n seconds after the oldest one, so the seeded
 * conversation n = 100,000 heads the inbox. Answers its documentId.
 */
const seed = async (database: TestDatabase, businessNumber: string): Promise<string> => {
  const sql = dialectOf(database.client);
  const conversationBase = await maxId(database, 'sms_channel_conversations');
  const messageBase = await maxId(database, 'sms_channel_messages');
  const [workstream] = await selectRows(
    database,
    'SELECT id FROM sms_channel_workstreams ORDER BY id LIMIT 1',
  );
  const now = Date.now();
  const lastAt = `${now} - (${INBOX_CONVERSATIONS} - n) * 1000`;
  const status = `CASE n % ${STATUSES.length} ${STATUSES.map((name, i) => `WHEN ${i} THEN '${name}'`).join(' ')} END`;
  const customer = `'1666' || ${sql.pad('n', 7)}`;
  const conversationDocument = (n: string) => `'benchconv' || ${sql.pad(n, 15)}`;

  const writer = await openWriter(database);
  try {
    for (let from = 1; from <= INBOX_CONVERSATIONS; from += CHUNK) {
      const to = Math.min(from + CHUNK - 1, INBOX_CONVERSATIONS);
      await writer.exec(`
        INSERT INTO sms_channel_conversations (id, document_id, customer_number, business_number,
          open_pair_key, status, opened_at, last_inbound_at, last_message_at, last_message_preview,
          closed_at, needs_review, created_at, updated_at, published_at)
        ${sql.series(from, to)}
        SELECT ${conversationBase} + n, ${conversationDocument('n')}, ${customer}, '${businessNumber}',
          CASE WHEN ${status} = 'closed' THEN NULL ELSE ${customer} || ':${businessNumber}' END,
          ${status}, ${sql.time(`${lastAt} - 600000`)}, ${sql.time(lastAt)}, ${sql.time(lastAt)},
          'Benchmark conversation ' || n,
          CASE WHEN ${status} = 'closed' THEN ${sql.time(lastAt)} ELSE NULL END, ${sql.falseValue},
          ${sql.time(`${lastAt} - 600000`)}, ${sql.time(lastAt)}, ${sql.time(`${lastAt} - 600000`)}
        FROM seq`);
      await writer.exec(`
        INSERT INTO sms_channel_conversations_workstream_lnk (conversation_id, workstream_id)
        ${sql.series(from, to)}
        SELECT ${conversationBase} + n, ${Number(workstream.id)} FROM seq`);

      // Messages k of conversations from..to: k = (n - 1) * 10 + 1 … n * 10, odd inbound, even outbound.
      const first = (from - 1) * MESSAGES_PER_CONVERSATION + 1;
      const last = to * MESSAGES_PER_CONVERSATION;
      const conversationOf = `((n - 1) / ${MESSAGES_PER_CONVERSATION} + 1)`;
      const messageDocument = `'benchmsg' || ${sql.pad('n', 16)}`;
      const sentAt = `${now} - (${INBOX_CONVERSATIONS} - ${conversationOf}) * 1000 - (${MESSAGES_PER_CONVERSATION - 1} - (n - 1) % ${MESSAGES_PER_CONVERSATION}) * 60000`;
      await writer.exec(`
        INSERT INTO sms_channel_messages (id, document_id, direction, body, encoding, segments, status,
          reference_id, external_id, attempts, submitted_at, created_at, updated_at, published_at)
        ${sql.series(first, last)}
        SELECT ${messageBase} + n, ${messageDocument},
          CASE WHEN n % 2 = 1 THEN 'inbound' ELSE 'outbound' END, 'Benchmark message ' || n, 'gsm-7', 1,
          CASE WHEN n % 2 = 1 THEN 'received' ELSE 'delivered' END,
          'BENCH' || ${sql.pad('n', 27)},
          CASE WHEN n % 2 = 1 THEN NULL ELSE ${messageDocument} END,
          CASE WHEN n % 2 = 1 THEN 0 ELSE 1 END,
          CASE WHEN n % 2 = 1 THEN NULL ELSE ${sql.time(sentAt)} END,
          ${sql.time(sentAt)}, ${sql.time(sentAt)}, ${sql.time(sentAt)}
        FROM seq`);
      await writer.exec(`
        INSERT INTO sms_channel_messages_conversation_lnk (message_id, conversation_id)
        ${sql.series(first, last)}
        SELECT ${messageBase} + n, ${conversationBase} + ${conversationOf} FROM seq`);
    }
    if (database.client === 'postgres') {
      // Explicit ids leave the sequences behind; Strapi's next inserts must not collide.
      for (const table of ['sms_channel_conversations', 'sms_channel_messages']) {
        await writer.exec(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX(id) FROM ${table}))`,
        );
      }
      // What autovacuum does shortly after a bulk load (PostgreSQL 13+ vacuums insert-only
      // tables too): statistics, and the visibility map that lets counts scan the index alone.
      await writer.exec(
        'VACUUM (ANALYZE) sms_channel_conversations, sms_channel_messages, sms_channel_messages_conversation_lnk',
      );
    }
  } finally {
    await writer.close();
  }
  return `benchconv${String(INBOX_CONVERSATIONS).padStart(15, '0')}`;
};

/**
 * The inbox's conversation list (first page of 25, admin JWT) over 100,000 conversations and
 * 1,000,000 messages seeded in bulk, p95 of 200 sequential requests against /_health's.
 */
export const benchInbox = async (
  strapi: BenchStrapi,
  businessNumber: string,
  authorization: string,
): Promise<Row[]> => {
  const database = strapi.database.client;
  const seedStarted = performance.now();
  const newest = await seed(strapi.database, businessNumber);
  const seedSeconds = (performance.now() - seedStarted) / 1000;

  const conversations = await selectCount(
    strapi.database,
    'SELECT COUNT(*) AS n FROM sms_channel_conversations',
  );
  const messages = await selectCount(strapi.database, 'SELECT COUNT(*) AS n FROM sms_channel_messages');
  const listUrl = `${strapi.url}/sms-channel/conversations?page=1&pageSize=25`;
  const headers = { Authorization: authorization };
  const response = await fetch(listUrl, { headers });
  const { data } = (await response.json()) as { data?: unknown };
  if (!response.ok || !Array.isArray(data) || data.length !== 25 || !JSON.stringify(data).includes(newest)) {
    throw new Error(
      `the conversation list does not show the seeded inbox (HTTP ${response.status}, newest ${newest} expected first)`,
    );
  }

  const list = percentile(await sequentialLatencies(listUrl, headers, SAMPLES), 95);
  const health = percentile(await sequentialLatencies(`${strapi.url}/_health`, {}, SAMPLES), 95);
  return [
    {
      scenario: `inbox seed (bulk SQL, ${conversations.toLocaleString('en')} conv, ${messages.toLocaleString('en')} msgs)`,
      database,
      figure: `${fixed(seedSeconds)} s`,
      baseline: '—',
      ratio: '—',
      target: '—',
      verdict: 'INFO',
    },
    {
      scenario: `inbox conversation list p95 (page 1 of 25, ${SAMPLES} sequential)`,
      database,
      figure: `${fixed(list)} ms`,
      baseline: `${fixed(health)} ms /_health`,
      ratio: `${fixed(ratio(list, health), 1)}×`,
      target: '≤ 50 ms',
      verdict: list <= 50 ? 'PASS' : 'FAIL',
    },
  ];
};
