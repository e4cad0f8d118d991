import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

export type DatabaseClient = 'sqlite' | 'postgres' | 'mysql';

export interface TestDatabase {
  client: DatabaseClient;
  /** Environment for the playground's config/database.ts. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

export const selectedClient = (): DatabaseClient => {
  const client = process.env.DATABASE_CLIENT ?? 'sqlite';
  if (client !== 'sqlite' && client !== 'postgres' && client !== 'mysql') {
    throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql (got "${client}").`);
  }
  return client;
};

const host = () => process.env.DATABASE_HOST ?? '127.0.0.1';

/**
 * Every test file gets a database of its own: a temp SQLite file, a PostgreSQL schema or a
 * MariaDB database with a random name, removed afterwards. Files never see each other's rows.
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  const client = selectedClient();
  const name = `sms_test_${randomBytes(6).toString('hex')}`;

  if (client === 'sqlite') {
    const file = path.join(os.tmpdir(), `${name}.db`);
    return {
      client,
      env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
      async drop() {
        for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }

  if (client === 'postgres') {
    const { Client } = await import('pg');
    const admin = () =>
      new Client({
        host: host(),
        port: Number(process.env.DATABASE_PORT ?? 5432),
        user: process.env.DATABASE_USERNAME ?? 'postgres',
        password: process.env.DATABASE_PASSWORD ?? '',
        database: process.env.DATABASE_NAME ?? 'test',
      });
    const run = async (sql: string) => {
      const connection = admin();
      await connection.connect();
      try {
        await connection.query(sql);
      } finally {
        await connection.end();
      }
    };
    await run(`CREATE SCHEMA "${name}"`);
    return {
      client,
      env: { DATABASE_CLIENT: 'postgres', DATABASE_SCHEMA: name },
      drop: () => run(`DROP SCHEMA IF EXISTS "${name}" CASCADE`),
    };
  }

  const mysql = await import('mysql2/promise');
  const run = async (sql: string) => {
    const connection = await mysql.createConnection({
      host: host(),
      port: Number(process.env.DATABASE_PORT ?? 3306),
      user: process.env.DATABASE_USERNAME ?? 'root',
      password: process.env.DATABASE_PASSWORD ?? '',
    });
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  await run(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    client,
    env: { DATABASE_CLIENT: 'mysql', DATABASE_NAME: name },
    drop: () => run(`DROP DATABASE IF EXISTS \`${name}\``),
  };
};
