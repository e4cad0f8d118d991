import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { TestApp } from './strapi';

/** Marks the one request whose statements are recorded. */
const MARK_HEADER = 'x-test-statements';
const requestContext = new AsyncLocalStorage<string[]>();

/**
 * The SQL statements one HTTP request makes, told apart from those of the pipeline's loops and of
 * other requests running meanwhile: the marked request's handling runs in an async context of its
 * own, and only statements issued from it are recorded. `send` makes the request with `headers`.
 */
export const statementsOfRequest = async (
  app: TestApp,
  send: (headers: Record<string, string>) => Promise<unknown>,
): Promise<string[]> => {
  const mark = randomUUID();
  const statements: string[] = [];
  const server = app.strapi.server.httpServer;
  // Prepended, so that Strapi's handler, called next in the same turn, runs in the marked context.
  const onRequest = (request: IncomingMessage): void => {
    if (request.headers[MARK_HEADER] === mark) requestContext.enterWith(statements);
  };
  const onQuery = ({ sql }: { sql: string }): void => {
    if (requestContext.getStore() === statements) statements.push(sql);
  };
  server.prependListener('request', onRequest);
  app.strapi.db.connection.on('query', onQuery);
  try {
    await send({ [MARK_HEADER]: mark });
  } finally {
    server.off('request', onRequest);
    app.strapi.db.connection.off('query', onQuery);
  }
  return statements;
};
