import path from 'path';
import type { Core } from '@strapi/strapi';

type Client = 'sqlite' | 'postgres' | 'mysql';

/** The pool hands over better-sqlite3's connection, whose `pragma()` runs a PRAGMA statement. */
const useWriteAheadLog = (connection: unknown, done: (error?: Error, connection?: unknown) => void) => {
  (connection as { pragma(statement: string): unknown }).pragma('journal_mode = WAL');
  done(undefined, connection);
};

/** SQLite by default; `DATABASE_CLIENT=postgres|mysql` runs the same app on PostgreSQL or MariaDB. */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite') as Client;
  const server = (defaultPort: number, defaultUser: string) => ({
    host: env('DATABASE_HOST', '127.0.0.1'),
    port: env.int('DATABASE_PORT', defaultPort),
    database: env('DATABASE_NAME', 'test'),
    user: env('DATABASE_USERNAME', defaultUser),
    password: env('DATABASE_PASSWORD', ''),
  });
  const pool = { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) };

  switch (client) {
    case 'postgres':
      return {
        connection: {
          client: 'postgres',
          connection: { ...server(5432, 'postgres'), schema: env('DATABASE_SCHEMA', 'public') },
          pool,
        },
      };
    case 'mysql':
      return { connection: { client: 'mysql', connection: server(3306, 'root'), pool } };
    case 'sqlite':
      return {
        connection: {
          client: 'sqlite',
          connection: {
            filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
          },
          useNullAsDefault: true,
          // Write-ahead logging: with SQLite's default rollback journal every commit costs several
          // disk flushes, and better-sqlite3 makes them on Node's event loop, stalling every request.
          pool: { afterCreate: useWriteAheadLog },
        },
      };
    default:
      throw new Error(`Unsupported DATABASE_CLIENT "${client}": use sqlite, postgres or mysql.`);
  }
};

export default config;
