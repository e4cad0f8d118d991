import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SimulatorConfig } from './config';
import { createControlApi } from './control-api';
import { loadHomePage } from './home/home-page';
import { sendHtml, sendJson, splitUrl } from './http-io';
import { loadPhonePage } from './phone/phone-page';
import { SimulatorState } from './state';
import { loadSupportPage } from './support/support-page';
import { createTeleSignApi } from './telesign-api';
import { API_ERROR, errorBody } from './telesign-wire';

/**
 * One HTTP server, five faces: TeleSign's REST API at the root, the control API under `/_sim/`,
 * the customer phone at `/phone`, the simulated TeleSign support desk at `/support` and a page
 * linking them all at `/`. All but the TeleSign API trust their caller, so they answer only
 * loopback clients even when the simulator listens on another interface.
 */

export interface RunningSimulator {
  url: string;
  port: number;
  phoneUrl: string;
  supportUrl: string;
  state: SimulatorState;
  close(): Promise<void>;
}

export interface SimulatorOptions {
  /** Activity lines (requests, callbacks); silent by default. */
  log?: (line: string) => void;
}

const isLoopback = (address: string | undefined): boolean =>
  address !== undefined && (address === '::1' || /^(::ffff:)?127\./.test(address));

export const startSimulator = async (
  config: SimulatorConfig,
  options: SimulatorOptions = {},
): Promise<RunningSimulator> => {
  const log = options.log ?? (() => undefined);
  const state = new SimulatorState(config, log);
  const renderPhonePage = loadPhonePage();
  const supportPage = loadSupportPage();
  const homePage = loadHomePage(config.stateFile);
  const teleSignApi = createTeleSignApi(state, config.dateToleranceMs, log);
  const controlApi = createControlApi(state);

  const route = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { path } = splitUrl(request.url);
    const home = path === '/' && request.method === 'GET';
    const local = home || path === '/phone' || path === '/support' || path.startsWith('/_sim/');
    if (local && !isLoopback(request.socket.remoteAddress)) {
      sendJson(response, 403, {
        error: {
          message: 'The control API and the home, phone and support pages answer loopback clients only.',
        },
      });
    } else if (home) {
      sendHtml(response, 200, homePage);
    } else if (path === '/phone' && request.method === 'GET') {
      const businessNumbers = state.customers.list().flatMap((customer) => customer.numbers);
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(renderPhonePage({ businessNumbers }));
    } else if (path === '/support' && request.method === 'GET') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
      response.end(supportPage);
    } else if (path.startsWith('/_sim/')) {
      await controlApi(request, response);
    } else {
      await teleSignApi(request, response);
    }
  };

  const server = http.createServer((request, response) => {
    route(request, response).catch((error: unknown) => {
      log(
        `internal error on ${request.method} ${request.url}: ${error instanceof Error ? error.stack : String(error)}`,
      );
      if (!response.headersSent) sendJson(response, 500, errorBody(API_ERROR.systemUnavailable));
      else response.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;

  return {
    url,
    port,
    phoneUrl: `${url}/phone`,
    supportUrl: `${url}/support`,
    state,
    close: async () => {
      state.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Hung requests and keep-alive sockets would otherwise hold close() open indefinitely.
      server.closeAllConnections();
      await closed;
    },
  };
};
