import { createRequire } from 'node:module';
import type { TestDatabase } from './database';

/** The few better-sqlite3 calls used here (the package ships no type declarations). */
interface SqliteDatabase {
  pragma(statement: string): unknown;
  prepare(sql: string): { all(): unknown[]; run(): unknown };
  close(): void;
}
type SqliteConstructor = new (
  file: string,
  options: { readonly: boolean; fileMustExist: boolean },
) => SqliteDatabase;
const loadModule = createRequire(__filename);

export type Row = Record<string, unknown>;

/** Runs one statement on a test database with the driver of its client; answers its rows, if any. */
const runSql = async (database: TestDatabase, sql: string, write: boolean): Promise<Row[]> => {
  if (database.client === 'sqlite') {
    const Sqlite = loadModule('better-sqlite3') as SqliteConstructor;
    const db = new Sqlite(database.env.DATABASE_FILENAME, { readonly: !write, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      const statement = db.prepare(sql);
      if (!write) return statement.all() as Row[];
      statement.run();
      return [];
    } finally {
      db.close();
    }
  }
  if (database.client === 'postgres') {
    const { Client } = await import('pg');
    const client = new Client({
      host: process.env.DATABASE_HOST ?? '127.0.0.1',
      port: Number(process.env.DATABASE_PORT ?? 5432),
      user: process.env.DATABASE_USERNAME ?? 'postgres',
      password: process.env.DATABASE_PASSWORD ?? '',
      database: process.env.DATABASE_NAME ?? 'test',
    });
    await client.connect();
    try {
      await client.query(`SET search_path TO "${database.env.DATABASE_SCHEMA}"`);
      return (await client.query(sql)).rows as Row[];
    } finally {
      await client.end();
    }
  }
  const mysql = await import('mysql2/promise');
  const connection = await mysql.createConnection({
    host: process.env.DATABASE_HOST ?? '127.0.0.1',
    port: Number(process.env.DATABASE_PORT ?? 3306),
    user: process.env.DATABASE_USERNAME ?? 'root',
    password: process.env.DATABASE_PASSWORD ?? '',
    database: database.env.DATABASE_NAME,
  });
  try {
    const [rows] = await connection.query(sql);
    return Array.isArray(rows) ? (rows as Row[]) : [];
  } finally {
    await connection.end();
  }
};

/**
 * Reads a test database directly, with the driver of its client, for tests whose Strapi runs in
 * another process. Table and column names are the plugin's (snake_case).
 */
export const selectRows = (database: TestDatabase, sql: string): Promise<Row[]> =>
  runSql(database, sql, false);

/** Changes a test database directly (a benchmark putting its rows back as they were), one statement. */
export const executeSql = async (database: TestDatabase, sql: string): Promise<void> => {
  await runSql(database, sql, true);
};

/** A single number from a `SELECT COUNT(*) AS n …`, whatever type the driver returns it as. */
export const selectCount = async (database: TestDatabase, sql: string): Promise<number> =>
  Number((await selectRows(database, sql))[0]?.n ?? 0);

const TABLES_SQL: Record<TestDatabase['client'], string> = {
  sqlite: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  postgres:
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
  mysql:
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
};

const quoted = (database: TestDatabase, table: string): string =>
  database.client === 'mysql' ? `\`${table}\`` : `"${table}"`;

/** The names of the test database's tables that start with `prefix` (all of them by default). */
export const listTables = async (database: TestDatabase, prefix = ''): Promise<string[]> =>
  (await selectRows(database, TABLES_SQL[database.client]))
    .map((row) => String(row.name))
    .filter((name) => name.startsWith(prefix))
    .sort();

/** Rows per table, counted in one statement so that all counts describe the same moment. */
export const countRows = async (
  database: TestDatabase,
  tables: string[],
): Promise<Record<string, number>> => {
  const union = tables
    .map((table) => `SELECT '${table}' AS name, COUNT(*) AS n FROM ${quoted(database, table)}`)
    .join(' UNION ALL ');
  const rows = await selectRows(database, union);
  return Object.fromEntries(rows.map((row) => [String(row.name), Number(row.n)]));
};

/** Every row of every table, as the driver returns them (blobs as Buffers). */
export const dumpTables = async (database: TestDatabase): Promise<Record<string, Row[]>> => {
  const dump: Record<string, Row[]> = {};
  for (const table of await listTables(database)) {
    dump[table] = await selectRows(database, `SELECT * FROM ${quoted(database, table)}`);
  }
  return dump;
};
