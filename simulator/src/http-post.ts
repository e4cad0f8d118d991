import http from 'node:http';
import https from 'node:https';

/**
 * One HTTP POST with a deadline, on a fresh connection (no pooled sockets outlive the simulator).
 * Never rejects: the outcome is either the answered status or the transport error.
 */

export interface PostOutcome {
  status: number | null;
  /** The start of the answer, for the callback log. */
  responseBody: string;
  error: string | null;
}

const MAX_LOGGED_RESPONSE = 2_000;

export const postOnce = (
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<PostOutcome> =>
  new Promise((resolve) => {
    const target = new URL(url);
    const transport = target.protocol === 'https:' ? https : http;
    const request = transport.request(target, {
      method: 'POST',
      agent: false,
      signal,
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
    });
    request.setTimeout(timeoutMs, () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => resolve({ status: null, responseBody: '', error: error.message }));
    request.on('response', (response) => {
      let responseBody = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (responseBody.length < MAX_LOGGED_RESPONSE) {
          responseBody += chunk.slice(0, MAX_LOGGED_RESPONSE - responseBody.length);
        }
      });
      response.on('end', () => resolve({ status: response.statusCode ?? null, responseBody, error: null }));
      response.on('error', (error) =>
        resolve({ status: response.statusCode ?? null, responseBody, error: error.message }),
      );
    });
    request.end(body);
  });
