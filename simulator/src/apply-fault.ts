import { STATUS_CODES, type IncomingMessage } from 'node:http';
import type { Fault } from './faults';
import { API_ERROR, errorBody, type TeleSignBody } from './telesign-wire';

/**
 * Turns a queued fault into what the client experiences. The request body has already been read
 * (and logged) when this runs, so a client cannot tell a faulted request from one that reached
 * TeleSign and failed there, which is the case a sender must handle without resending blindly.
 */

export interface FaultResponder {
  json(status: number, body: TeleSignBody, headers?: Record<string, string>): void;
  html(status: number, html: string): void;
}

/** Resolves true when the fault ended the exchange, false when the request should proceed. */
export const applyFault = async (
  fault: Fault,
  request: IncomingMessage,
  respond: FaultResponder,
  sleep: (ms: number) => Promise<void>,
): Promise<boolean> => {
  switch (fault.kind) {
    case 'http-error': {
      if (fault.body === 'html') {
        const title = `${fault.status} ${STATUS_CODES[fault.status]}`;
        respond.html(
          fault.status,
          `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n</body>\r\n</html>\r\n`,
        );
      } else {
        respond.json(fault.status, errorBody(API_ERROR.systemUnavailable));
      }
      return true;
    }
    case 'rate-limit':
      respond.json(API_ERROR.rateLimited.http, errorBody(API_ERROR.rateLimited), {
        'Retry-After': String(fault.retryAfterSeconds),
      });
      return true;
    case 'hang':
      // Nothing is sent and nothing is scheduled: the socket lives until the client gives up or
      // the simulator closes all connections, so a hang holds no timer and cannot leak.
      return true;
    case 'reset':
      request.socket.destroy();
      return true;
    case 'latency':
      await sleep(fault.delayMs);
      return false;
  }
};
