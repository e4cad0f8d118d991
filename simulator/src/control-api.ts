import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import {
  customerCreateSchema,
  customerUpdateSchema,
  destinationSchema,
  inboundSchema,
  phoneFilterSchema,
  phoneSchema,
} from './control-schemas';
import { CustomerConflictError } from './customers';
import { faultSchema } from './faults';
import { BodyTooLargeError, readBody, sendJson, splitUrl } from './http-io';
import type { SimulatorState } from './state';
import { formatIssues } from './validation';

/**
 * The simulator's own JSON API under `/_sim/`, for tests and demos: accounts, inbound texts, what
 * TeleSign received and sent, fault injection and reset. Errors are `{ error: { message } }`.
 */

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

interface ControlRequest {
  params: string[];
  query: URLSearchParams;
  body: unknown;
}

interface ControlReply {
  status: number;
  body: unknown;
}

interface ControlRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: RegExp;
  handle(request: ControlRequest): ControlReply | Promise<ControlReply>;
}

const validate = <T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> => {
  const result = schema.safeParse(value);
  if (!result.success) throw new ControlError(400, `Invalid ${what}: ${formatIssues(result.error)}`);
  return result.data;
};

const ok = (body: unknown, status = 200): ControlReply => ({ status, body });

const parseJson = (raw: Buffer): unknown => {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw new ControlError(400, `The body must be JSON (${(error as Error).message}).`);
  }
};

const decodePathSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw new ControlError(400, `The path segment "${segment}" is not valid percent-encoding.`);
  }
};

const buildRoutes = (state: SimulatorState): ControlRoute[] => {
  const customerOr404 = (customerId: string) => {
    const customer = state.customers.get(customerId);
    if (!customer) throw new ControlError(404, `No customer ${customerId}; GET /_sim/customers lists them.`);
    return customer;
  };
  const phoneFilter = (query: URLSearchParams) =>
    validate(phoneFilterSchema, query.get('phone') ?? undefined, 'query parameter phone');
  const withConflicts = <T>(change: () => T): T => {
    try {
      return change();
    } catch (error) {
      if (error instanceof CustomerConflictError) throw new ControlError(409, error.message);
      throw error;
    }
  };

  return [
    { method: 'GET', path: /^\/_sim\/health$/, handle: () => ok({ status: 'ok' }) },
    { method: 'GET', path: /^\/_sim\/customers$/, handle: () => ok({ customers: state.customers.list() }) },
    {
      method: 'POST',
      path: /^\/_sim\/customers$/,
      handle: ({ body }) => {
        const input = validate(customerCreateSchema, body, 'customer');
        const customer = withConflicts(() =>
          state.customers.create({
            ...input,
            // Unspecified credentials are generated like TeleSign issues them.
            customerId: input.customerId ?? randomUUID().toUpperCase(),
            apiKey: input.apiKey ?? randomBytes(64).toString('base64'),
          }),
        );
        return ok({ customer }, 201);
      },
    },
    {
      method: 'GET',
      path: /^\/_sim\/customers\/([^/]+)$/,
      handle: ({ params }) => ok({ customer: customerOr404(params[0]) }),
    },
    {
      method: 'PUT',
      path: /^\/_sim\/customers\/([^/]+)$/,
      handle: ({ params, body }) => {
        const changes = validate(customerUpdateSchema, body, 'customer changes');
        customerOr404(params[0]);
        return ok({ customer: withConflicts(() => state.customers.update(params[0], changes)) });
      },
    },
    {
      method: 'GET',
      path: /^\/_sim\/messages$/,
      handle: ({ query }) => ok({ messages: state.messages.list(phoneFilter(query)) }),
    },
    {
      method: 'GET',
      path: /^\/_sim\/inbound$/,
      handle: ({ query }) => ok({ texts: state.inbound.list(phoneFilter(query)) }),
    },
    {
      method: 'POST',
      path: /^\/_sim\/inbound$/,
      handle: async ({ body }) => {
        const { from, to, text } = validate(inboundSchema, body, 'inbound text');
        const result = await state.inbound.receive(from, to, text);
        if (!result.ok)
          throw new ControlError(result.reason === 'unknown-number' ? 404 : 409, result.message);
        const { firstAttempt } = result;
        return ok({
          referenceId: result.text.referenceId,
          delivered: firstAttempt.delivered,
          attempts: firstAttempt.attempt,
          status: firstAttempt.status,
          error: firstAttempt.error,
        });
      },
    },
    { method: 'GET', path: /^\/_sim\/requests$/, handle: () => ok({ requests: state.requests.list() }) },
    { method: 'GET', path: /^\/_sim\/callbacks$/, handle: () => ok({ callbacks: state.callbacks.list() }) },
    { method: 'GET', path: /^\/_sim\/faults$/, handle: () => ok({ faults: state.faults.list() }) },
    {
      method: 'POST',
      path: /^\/_sim\/faults$/,
      handle: ({ body }) => ok({ fault: state.faults.add(validate(faultSchema, body, 'fault')) }, 201),
    },
    {
      method: 'DELETE',
      path: /^\/_sim\/faults$/,
      handle: () => {
        state.faults.clear();
        return ok({ faults: [] });
      },
    },
    {
      method: 'GET',
      path: /^\/_sim\/destinations$/,
      handle: () => ok({ destinations: state.outcomes.list() }),
    },
    {
      method: 'PUT',
      path: /^\/_sim\/destinations\/([^/]+)$/,
      handle: ({ params, body }) => {
        const phoneNumber = validate(phoneSchema, params[0], 'phone number in the path');
        const { outcome } = validate(destinationSchema, body, 'destination');
        state.outcomes.set(phoneNumber, outcome);
        return ok({ phoneNumber, outcome });
      },
    },
    {
      method: 'POST',
      path: /^\/_sim\/reset$/,
      handle: () => {
        state.reset();
        return ok({ status: 'reset' });
      },
    },
  ];
};

export const createControlApi = (state: SimulatorState) => {
  const routes = buildRoutes(state);

  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const { path, query } = splitUrl(request.url);
    const method = request.method ?? 'GET';
    try {
      const onPath = routes.filter((candidate) => candidate.path.test(path));
      if (onPath.length === 0) throw new ControlError(404, `No control endpoint ${path}.`);
      const matched = onPath.find((candidate) => candidate.method === method);
      if (!matched) {
        throw new ControlError(
          405,
          `${method} is not supported on ${path}; use ${onPath.map((candidate) => candidate.method).join(' or ')}.`,
        );
      }
      const raw = await readBody(request);
      const params = (matched.path.exec(path) ?? []).slice(1).map(decodePathSegment);
      const reply = await matched.handle({ params, query: new URLSearchParams(query), body: parseJson(raw) });
      sendJson(response, reply.status, reply.body);
    } catch (error) {
      if (error instanceof ControlError)
        sendJson(response, error.status, { error: { message: error.message } });
      else if (error instanceof BodyTooLargeError)
        sendJson(response, 413, { error: { message: error.message } }, { Connection: 'close' });
      else throw error;
    }
  };
};
