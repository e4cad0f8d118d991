import http from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import net from 'node:net';

import { addressRefusal, guardedLookup } from './address-policy';
import { TeleSignNetworkError } from './errors';

/**
 * One HTTP request/response over `node:http(s)`, with the one fact a message sender needs on
 * failure: could the request have reached the server? fetch and axios hide that distinction.
 *
 * Each exchange uses its own connection (`agent: false`). A pooled keep-alive socket can be closed
 * by the server just as we reuse it; the send then fails after its bytes were written, which is
 * indistinguishable from a lost answer and would turn a harmless race into an "outcome unknown"
 * message. A fresh handshake per SMS is a small price for a crisp `requestSent`.
 */

export interface HttpExchangeRequest {
  url: URL;
  method: 'GET' | 'POST';
  headers: Readonly<Record<string, string>>;
  body?: Buffer;
  /** DNS + TCP (+ TLS) budget. */
  connectTimeoutMs: number;
  /** From connection established to the last response byte. */
  responseTimeoutMs: number;
  /** PEM certificates trusted instead of Node's default roots (HTTPS only). */
  ca?: string;
  /** Whether private, link-local and other non-public addresses may be connected to (address-policy.ts). */
  allowPrivateNetworks: boolean;
}

export interface HttpExchangeResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * TeleSign answers are a few hundred bytes; anything this large is not TeleSign talking. Reading
 * stops there, so a host that streams without end costs this much memory at most.
 */
const MAX_RESPONSE_BYTES = 64 * 1024;

export const exchange = (request: HttpExchangeRequest): Promise<HttpExchangeResponse> =>
  new Promise((resolve, reject) => {
    const isHttps = request.url.protocol === 'https:';
    const target = `${request.method} ${request.url.origin}${request.url.pathname}`;
    // Node connects to an IP literal without a lookup, so the address policy is applied here.
    const literal = request.url.hostname.replace(/^\[(.*)\]$/, '$1');
    const refusal = net.isIP(literal)
      ? addressRefusal(request.url.hostname, literal, request.allowPrivateNetworks)
      : null;
    if (refusal) {
      reject(
        new TeleSignNetworkError(
          `TeleSign ${target} failed before the request was sent: ${refusal.message}`,
          {
            requestSent: false,
            cause: refusal,
          },
        ),
      );
      return;
    }
    // From the moment the connection is up Node writes the request immediately, so any later
    // failure may come after TeleSign received it: the conservative reading of "sent".
    let connected = false;
    let settled = false;
    let responseTimer: ReturnType<typeof setTimeout> | undefined;

    const options = {
      method: request.method,
      headers: request.headers,
      agent: false,
      lookup: guardedLookup(request.allowPrivateNetworks),
    } as const;
    const req = isHttps
      ? https.request(request.url, request.ca === undefined ? options : { ...options, ca: request.ca })
      : http.request(request.url, options);

    const settle = (): void => {
      settled = true;
      clearTimeout(connectTimer);
      clearTimeout(responseTimer);
    };

    const fail = (reason: string, cause?: unknown, timedOut = false): void => {
      if (settled) return;
      settle();
      req.destroy();
      const phase = connected ? 'after the request was sent' : 'before the request was sent';
      reject(
        new TeleSignNetworkError(`TeleSign ${target} failed ${phase}: ${reason}`, {
          requestSent: connected,
          timedOut,
          cause,
        }),
      );
    };

    const connectTimer = setTimeout(
      () => fail(`no connection within ${request.connectTimeoutMs} ms`, undefined, true),
      request.connectTimeoutMs,
    );

    req.on('socket', (socket) => {
      socket.once(isHttps ? 'secureConnect' : 'connect', () => {
        connected = true;
        clearTimeout(connectTimer);
        responseTimer = setTimeout(
          () => fail(`no complete response within ${request.responseTimeoutMs} ms`, undefined, true),
          request.responseTimeoutMs,
        );
      });
    });

    req.on('error', (error) => fail(error.message, error));

    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RESPONSE_BYTES) fail(`response body larger than ${MAX_RESPONSE_BYTES} bytes`);
        else chunks.push(chunk);
      });
      res.on('end', () => {
        if (settled) return;
        settle();
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
      res.on('error', (error) => fail(error.message, error));
      res.on('close', () => {
        if (!res.complete) fail('connection closed before the response was complete');
      });
    });

    req.end(request.body);
  });
