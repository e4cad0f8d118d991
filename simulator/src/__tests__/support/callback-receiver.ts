import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP endpoint standing in for the plugin: records each callback, answers as scripted. */

export interface ReceivedCallback {
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  json: Record<string, unknown>;
}

export interface CallbackReceiver {
  url: string;
  received: ReceivedCallback[];
  /** Statuses for the next callbacks, in order; 200 once exhausted. */
  answerWith(...statuses: number[]): void;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedCallback[]>;
  close(): Promise<void>;
}

export const startCallbackReceiver = async (): Promise<CallbackReceiver> => {
  const received: ReceivedCallback[] = [];
  const script: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      received.push({
        headers: request.headers,
        rawBody,
        json: JSON.parse(rawBody) as Record<string, unknown>,
      });
      response.writeHead(script.shift() ?? 200, { 'Content-Type': 'application/json' });
      response.end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/callbacks`,
    received,
    answerWith: (...statuses) => script.push(...statuses),
    waitFor: async (count, timeoutMs = 3_000) => {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} callbacks, got ${received.length}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return received.slice(0, count);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};
