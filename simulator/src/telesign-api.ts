import type { IncomingMessage, ServerResponse } from 'node:http';
import { splitApiHost } from './api-hosts';
import { applyFault, type FaultResponder } from './apply-fault';
import { authenticate } from './auth';
import type { Customer } from './customers';
import { BodyTooLargeError, readBody, sendHtml, sendJson, splitUrl } from './http-io';
import { isReferenceId, newReferenceId } from './reference-id';
import type { ApiRequestRecord } from './request-log';
import { parseSendRequest } from './send-request';
import type { SimulatorState } from './state';
import {
  API_ERROR,
  MESSAGE_STATUS,
  errorBody,
  statusAt,
  teleSignTimestamp,
  type TeleSignBody,
} from './telesign-wire';

/**
 * TeleSign's REST surface for SMS: `POST /v1/messaging` and `GET /v1/messaging/:reference_id`, on
 * the standard host (no prefix) and the enterprise host (`/enterprise`, see api-hosts.ts).
 * Order per request: read the raw body and log it, apply a queued fault, authenticate, validate,
 * act. Anything else answers 404 in TeleSign's body shape.
 */

type Route = { target: 'send' } | { target: 'status'; referenceId: string } | { target: 'other' };

const route = (method: string, path: string): Route => {
  if (path === '/v1/messaging' && method === 'POST') return { target: 'send' };
  const status = /^\/v1\/messaging\/([^/]+)$/.exec(path);
  if (status && method === 'GET') return { target: 'status', referenceId: status[1] };
  return { target: 'other' };
};

const responder = (response: ServerResponse, record: ApiRequestRecord): FaultResponder => ({
  json: (status, body, headers) => {
    record.response = { status, code: body.status.code };
    sendJson(response, status, body, headers);
  },
  html: (status, html) => {
    record.response = { status, code: null };
    sendHtml(response, status, html);
  },
});

export const createTeleSignApi = (
  state: SimulatorState,
  dateToleranceMs: number,
  log: (line: string) => void,
) => {
  const send = (customer: Customer, rawBody: Buffer, now: Date): [number, TeleSignBody] => {
    const parsed = parseSendRequest(rawBody.toString('utf8'));
    if (!parsed.ok) {
      // Past authentication TeleSign has opened a transaction, so errors carry its ids.
      return [
        parsed.error.http,
        errorBody(parsed.error, { reference_id: newReferenceId(), external_id: parsed.externalId }),
      ];
    }
    const message = state.messages.add({
      ...parsed.request,
      referenceId: newReferenceId(),
      customerId: customer.customerId,
      submittedAt: teleSignTimestamp(now),
      status: statusAt(MESSAGE_STATUS.inProgress, now),
    });
    state.deliveryReports.start(message);
    return [
      200,
      { reference_id: message.referenceId, status: message.status, external_id: message.externalId },
    ];
  };

  const lookUp = (customer: Customer, referenceId: string): [number, TeleSignBody] => {
    if (!isReferenceId(referenceId))
      return [API_ERROR.invalidReferenceId.http, errorBody(API_ERROR.invalidReferenceId)];
    const message = state.messages.get(referenceId);
    // Another account's reference id is indistinguishable from an unknown one.
    if (!message || message.customerId !== customer.customerId) {
      return [API_ERROR.referenceNotFound.http, errorBody(API_ERROR.referenceNotFound)];
    }
    return [
      200,
      { reference_id: message.referenceId, status: message.status, external_id: message.externalId },
    ];
  };

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const method = request.method ?? 'GET';
    const { path, query } = splitUrl(request.url);
    let rawBody: Buffer;
    try {
      rawBody = await readBody(request);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) throw error;
      sendJson(response, API_ERROR.bodyTooLarge.http, errorBody(API_ERROR.bodyTooLarge), {
        Connection: 'close',
      });
      return;
    }
    const record = state.requests.add({
      method,
      path,
      query,
      contentType: request.headers['content-type'] ?? null,
      body: rawBody.toString('utf8'),
    });
    const respond = responder(response, record);
    const answer = (status: number, body: TeleSignBody): void => {
      respond.json(status, body);
      log(`${method} ${path} → ${status} ${body.status.code} ${body.status.description}`);
    };

    const { host, resource: resourcePath } = splitApiHost(path);
    const resource = route(method, resourcePath);
    const fault = state.faults.take(resource.target);
    if (fault) {
      record.fault = fault.kind;
      log(`${method} ${path}: applying fault ${fault.kind}`);
      if (await applyFault(fault, request, respond, (ms) => state.scheduler.sleep(ms))) return;
    }
    if (resource.target === 'other') return answer(API_ERROR.notFound.http, errorBody(API_ERROR.notFound));

    const now = new Date();
    const auth = authenticate(
      { method, path, headers: request.headers, rawBody },
      { host, customers: state.customers, nonces: state.nonces, dateToleranceMs, now: now.getTime() },
    );
    record.auth = {
      outcome: auth.ok ? 'accepted' : 'rejected',
      scheme: auth.scheme ?? null,
      customerId: auth.ok ? auth.customer.customerId : (auth.customerId ?? null),
      code: auth.ok ? null : auth.error.code,
    };
    if (!auth.ok) {
      const extra = auth.signatureString === undefined ? {} : { signature_string: auth.signatureString };
      return answer(auth.error.http, errorBody(auth.error, extra));
    }
    const [status, body] =
      resource.target === 'send'
        ? send(auth.customer, rawBody, now)
        : lookUp(auth.customer, resource.referenceId);
    answer(status, body);
  };
};
