import type { Customer } from '../customers';
import type { RunningSimulator } from '../server';
import { DEFAULT_CUSTOMER, control, startTestSimulator } from './support/simulator';
import { SMS_FORM, form, teleSign } from './support/telesign-request';

/** The simulator's own `/_sim/` API: accounts, logs, destinations, reset, and its error messages. */

type ErrorBody = { error: { message: string } };

describe('control API', () => {
  let simulator: RunningSimulator;

  beforeEach(async () => {
    simulator = await startTestSimulator();
  });
  afterEach(() => simulator.close());

  it('reports health', async () => {
    expect(await control(simulator, 'GET', '/_sim/health')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('starts with the configured default customer', async () => {
    const { body } = await control<{ customers: Customer[] }>(simulator, 'GET', '/_sim/customers');
    expect(body.customers).toEqual([
      { ...DEFAULT_CUSTOMER, status: 'active', smsEnabled: true, apiHost: 'standard' },
    ]);
  });

  it('creates a customer with generated TeleSign-style credentials', async () => {
    const { status, body } = await control<{ customer: Customer }>(simulator, 'POST', '/_sim/customers', {
      numbers: ['14255550111'],
    });
    expect(status).toBe(201);
    expect(body.customer).toEqual({
      customerId: expect.stringMatching(/^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/),
      apiKey: expect.stringMatching(/^[A-Za-z0-9+/]{86}==$/),
      status: 'active',
      smsEnabled: true,
      numbers: ['14255550111'],
      apiHost: 'standard',
    });
    const fetched = await control<{ customer: Customer }>(
      simulator,
      'GET',
      `/_sim/customers/${body.customer.customerId.toLowerCase()}`,
    );
    expect(fetched.body.customer).toEqual(body.customer);
  });

  it('updates and clears fields of a customer', async () => {
    const path = `/_sim/customers/${DEFAULT_CUSTOMER.customerId}`;
    const updated = await control<{ customer: Customer }>(simulator, 'PUT', path, {
      callbackUrl: 'https://example.test/telesign',
      status: 'suspended',
      smsEnabled: false,
      numbers: [],
    });
    expect(updated.body.customer).toMatchObject({
      callbackUrl: 'https://example.test/telesign',
      status: 'suspended',
      smsEnabled: false,
      numbers: [],
    });
    const cleared = await control<{ customer: Customer }>(simulator, 'PUT', path, { callbackUrl: null });
    expect(cleared.body.customer).not.toHaveProperty('callbackUrl');
  });

  it.each([
    ['POST', '/_sim/customers', { customerId: 'abc' }, 400, /customerId: must be a GUID/],
    ['POST', '/_sim/customers', { apiKey: 'not base64!' }, 400, /apiKey: must be standard base64/],
    ['POST', '/_sim/customers', { callbackUrl: 'ftp://x' }, 400, /callbackUrl: must be an absolute http/],
    ['POST', '/_sim/customers', { numbers: ['1425', '14255550100'] }, 400, /numbers\.0: must be digits only/],
    ['POST', '/_sim/customers', { customerId: DEFAULT_CUSTOMER.customerId }, 409, /already exists/],
    [
      'POST',
      '/_sim/customers',
      { numbers: [DEFAULT_CUSTOMER.numbers[0]] },
      409,
      /already belongs to customer/,
    ],
    ['PUT', '/_sim/customers/00000000-0000-0000-0000-000000000000', { smsEnabled: true }, 404, /No customer/],
    [
      'PUT',
      `/_sim/customers/${DEFAULT_CUSTOMER.customerId}`,
      { customerId: 'x' },
      400,
      /Unrecognized key: "customerId"/,
    ],
    ['PUT', `/_sim/customers/${DEFAULT_CUSTOMER.customerId}`, { status: 'closed' }, 400, /status: /],
    [
      'DELETE',
      '/_sim/customers',
      undefined,
      405,
      /DELETE is not supported on \/_sim\/customers; use GET or POST/,
    ],
    ['GET', '/_sim/nothing-here', undefined, 404, /No control endpoint/],
    ['GET', '/_sim/messages?phone=%2B1555', undefined, 400, /query parameter phone/],
    ['PUT', '/_sim/destinations/15551234567', { outcome: 'lost' }, 400, /outcome: /],
  ])('%s %s %j → %i with a message saying what to fix', async (method, path, body, status, message) => {
    const answer = await control<ErrorBody>(simulator, method, path, body);
    expect(answer.status).toBe(status);
    expect(answer.body.error.message).toMatch(message);
  });

  it('explains a body that is not JSON', async () => {
    const { httpRequest, jsonOf } = await import('./support/http-client');
    const answer = await httpRequest(`${simulator.url}/_sim/customers`, { method: 'POST', body: '{nope' });
    expect(answer.status).toBe(400);
    expect(jsonOf<ErrorBody>(answer).error.message).toMatch(/The body must be JSON/);
  });

  it('lists messages received for a phone with their status history', async () => {
    await teleSign(simulator.url, {
      body: form({ ...SMS_FORM, phone_number: '15550000001', message: 'one' }),
    });
    await teleSign(simulator.url, {
      body: form({ ...SMS_FORM, phone_number: '15550000002', message: 'two' }),
    });
    const { body } = await control<{ messages: Array<Record<string, unknown>> }>(
      simulator,
      'GET',
      '/_sim/messages?phone=15550000002',
    );
    expect(body.messages).toEqual([
      expect.objectContaining({
        phoneNumber: '15550000002',
        message: 'two',
        messageType: 'ARN',
        customerId: DEFAULT_CUSTOMER.customerId,
        history: [expect.objectContaining({ code: 290 })],
      }),
    ]);
  });

  it('logs every API request without credentials', async () => {
    await teleSign(simulator.url, { body: form(SMS_FORM) });
    const { body } = await control<{ requests: Array<Record<string, unknown>> }>(
      simulator,
      'GET',
      '/_sim/requests',
    );
    expect(body.requests).toEqual([
      {
        id: 1,
        receivedAt: expect.any(String),
        method: 'POST',
        path: '/v1/messaging',
        query: '',
        contentType: 'application/x-www-form-urlencoded',
        body: form(SMS_FORM),
        fault: null,
        auth: { outcome: 'accepted', scheme: 'tsa', customerId: DEFAULT_CUSTOMER.customerId, code: null },
        response: { status: 200, code: 290 },
      },
    ]);
    expect(JSON.stringify(body)).not.toContain(DEFAULT_CUSTOMER.apiKey);
  });

  it('lists destination outcomes; "delivered" removes an override', async () => {
    await control(simulator, 'PUT', '/_sim/destinations/15551234567', { outcome: 'opted-out' });
    expect((await control(simulator, 'GET', '/_sim/destinations')).body).toEqual({
      destinations: [{ phoneNumber: '15551234567', outcome: 'opted-out' }],
    });
    await control(simulator, 'PUT', '/_sim/destinations/15551234567', { outcome: 'delivered' });
    expect((await control(simulator, 'GET', '/_sim/destinations')).body).toEqual({ destinations: [] });
  });

  it('resets everything but the default customer', async () => {
    await control(simulator, 'POST', '/_sim/customers', {});
    await control(simulator, 'PUT', `/_sim/customers/${DEFAULT_CUSTOMER.customerId}`, {
      callbackUrl: 'http://127.0.0.1:1/x',
    });
    await control(simulator, 'POST', '/_sim/faults', { kind: 'hang', target: 'status' });
    await control(simulator, 'PUT', '/_sim/destinations/15551234567', { outcome: 'unreachable' });
    await teleSign(simulator.url, { body: form(SMS_FORM) });

    expect((await control(simulator, 'POST', '/_sim/reset')).body).toEqual({ status: 'reset' });

    const { body } = await control<{ customers: Customer[] }>(simulator, 'GET', '/_sim/customers');
    expect(body.customers).toEqual([
      { ...DEFAULT_CUSTOMER, status: 'active', smsEnabled: true, apiHost: 'standard' },
    ]);
    for (const [path, key] of [
      ['/_sim/faults', 'faults'],
      ['/_sim/destinations', 'destinations'],
      ['/_sim/messages', 'messages'],
      ['/_sim/requests', 'requests'],
      ['/_sim/callbacks', 'callbacks'],
      ['/_sim/inbound', 'texts'],
    ]) {
      expect((await control(simulator, 'GET', path)).body).toEqual({ [key]: [] });
    }
  });
});
