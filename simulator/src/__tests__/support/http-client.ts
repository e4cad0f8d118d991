import http from 'node:http';

/** A bare HTTP client on fresh connections, so tests see exactly what went over the wire. */

export interface HttpAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

export interface HttpCall {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** The client gives up (destroys its socket) after this long. */
  timeoutMs?: number;
}

export const httpRequest = (url: string, call: HttpCall = {}): Promise<HttpAnswer> =>
  new Promise((resolve, reject) => {
    const request = http.request(url, { method: call.method ?? 'GET', headers: call.headers, agent: false });
    if (call.timeoutMs !== undefined) {
      request.setTimeout(call.timeoutMs, () =>
        request.destroy(new Error(`client timeout after ${call.timeoutMs} ms`)),
      );
    }
    request.on('error', reject);
    request.on('response', (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
      );
    });
    request.end(call.body);
  });

export const jsonOf = <T = Record<string, unknown>>(answer: HttpAnswer): T => JSON.parse(answer.text) as T;
