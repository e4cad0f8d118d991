import type { RunningSimulator } from '../server';
import { jsonOf } from './support/http-client';
import { createCustomer, startTestSimulator } from './support/simulator';
import { SMS_FORM, form, teleSign } from './support/telesign-request';

/** `POST /v1/messaging` validation and `GET /v1/messaging/:reference_id`, as TeleSign answers them. */

interface Body {
  reference_id?: string;
  status: { code: number; description: string; updated_on: string };
  external_id?: string | null;
}

describe('TeleSign messaging API', () => {
  let simulator: RunningSimulator;
  const sendForm = async (fields: Record<string, string>) => {
    const answer = await teleSign(simulator.url, { body: form(fields) });
    return { status: answer.status, body: jsonOf<Body>(answer) };
  };
  const lookUp = async (referenceId: string, call: { customerId?: string; apiKey?: string } = {}) => {
    const answer = await teleSign(simulator.url, {
      method: 'GET',
      path: `/v1/messaging/${referenceId}`,
      ...call,
    });
    return { status: answer.status, body: jsonOf<Body>(answer) };
  };

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  afterAll(() => simulator.close());

  it('accepts an SMS and echoes external_id', async () => {
    const { status, body } = await sendForm({ ...SMS_FORM, external_id: 'msg-42', sender_id: '14255550100' });
    expect(status).toBe(200);
    expect(Object.keys(body)).toEqual(['reference_id', 'status', 'external_id']);
    expect(body).toEqual({
      reference_id: expect.stringMatching(/^[0-9A-F]{32}$/),
      status: { code: 290, description: 'Message in progress', updated_on: expect.any(String) },
      external_id: 'msg-42',
    });
  });

  it('accepts exactly 1600 characters, counting an emoji as one', async () => {
    expect((await sendForm({ ...SMS_FORM, message: `${'a'.repeat(1599)}😀` })).status).toBe(200);
  });

  it.each([
    ['missing phone_number', { phone_number: '' }, 12000, 'Missing Required Parameter phone_number'],
    [
      'phone_number with +',
      { phone_number: '+15551234567' },
      11000,
      'Invalid value for parameter phone_number.',
    ],
    [
      'phone_number with spaces',
      { phone_number: '1 555 123 4567' },
      11000,
      'Invalid value for parameter phone_number.',
    ],
    [
      'phone_number too short',
      { phone_number: '123456' },
      11000,
      'Invalid value for parameter phone_number.',
    ],
    [
      'phone_number too long',
      { phone_number: '1234567890123456' },
      11000,
      'Invalid value for parameter phone_number.',
    ],
    ['missing message', { message: '' }, 12009, 'Missing Required Parameter message'],
    [
      'message over 1600 characters',
      { message: 'a'.repeat(1601) },
      11009,
      'Invalid value for parameter message.',
    ],
    ['missing message_type', { message_type: '' }, 12017, 'Missing Required Parameter message_type'],
    ['unknown message_type', { message_type: 'SPAM' }, 11017, 'Invalid value for parameter message_type.'],
    [
      'sender_id over 20 characters',
      { sender_id: 'S'.repeat(21) },
      11013,
      'Invalid value for parameter sender_id.',
    ],
    [
      'callback_url not http(s)',
      { callback_url: 'ftp://example.com/dlr' },
      11004,
      'Invalid value for parameter callback_url',
    ],
    [
      'callback_url not a URL',
      { callback_url: 'not a url' },
      11004,
      'Invalid value for parameter callback_url',
    ],
    [
      'unknown account_lifecycle_event',
      { account_lifecycle_event: 'login' },
      11003,
      'Invalid value for parameter account_lifecycle_event',
    ],
    [
      'originating_ip not an IP',
      { originating_ip: '999.1.1.1' },
      11010,
      'Invalid value for parameter originating_ip.',
    ],
  ])('refuses %s', async (_case, fields, code, description) => {
    const { status, body } = await sendForm({ ...SMS_FORM, external_id: 'ext-1', ...fields });
    expect(status).toBe(400);
    expect(body).toEqual({
      reference_id: expect.stringMatching(/^[0-9A-F]{32}$/),
      status: { code, description, updated_on: expect.any(String) },
      external_id: 'ext-1',
    });
  });

  it('reports external_id null on an error when none was sent', async () => {
    const { body } = await sendForm({ ...SMS_FORM, message_type: '' });
    expect(body.external_id).toBeNull();
  });

  it('stores nothing for a refused SMS', async () => {
    const before = simulator.state.messages.list().length;
    await sendForm({ ...SMS_FORM, phone_number: 'abc' });
    expect(simulator.state.messages.list()).toHaveLength(before);
  });

  describe('status lookup', () => {
    it('returns the current status of an owned message', async () => {
      const sent = await sendForm({ ...SMS_FORM, external_id: 'lookup-1' });
      const { status, body } = await lookUp(String(sent.body.reference_id));
      expect(status).toBe(200);
      expect(body).toEqual({
        reference_id: sent.body.reference_id,
        status: expect.objectContaining({ code: 290 }),
        external_id: 'lookup-1',
      });
    });

    it('accepts a lower-case reference id', async () => {
      const sent = await sendForm(SMS_FORM);
      expect((await lookUp(String(sent.body.reference_id).toLowerCase())).status).toBe(200);
    });

    it('refuses a reference id that is not 32 hex characters: 400 11011', async () => {
      const { status, body } = await lookUp('not-a-reference');
      expect(status).toBe(400);
      expect(body.status).toMatchObject({
        code: 11011,
        description: 'Invalid value for parameter reference_id',
      });
    });

    it('answers 404 10017 for an unknown reference id', async () => {
      const { status, body } = await lookUp('00000000000000000000000000000000');
      expect(status).toBe(404);
      expect(body.status).toMatchObject({ code: 10017, description: 'Customer ID / Reference ID not found' });
    });

    it("answers 404 10017 for another account's message", async () => {
      const sent = await sendForm(SMS_FORM);
      const other = await createCustomer(simulator);
      const { status, body } = await lookUp(String(sent.body.reference_id), {
        customerId: other.customerId,
        apiKey: other.apiKey,
      });
      expect(status).toBe(404);
      expect(body.status.code).toBe(10017);
    });
  });

  it.each([
    ['GET', '/v1/messaging'],
    ['POST', '/v1/voice'],
    ['GET', '/v2/messaging/0123456789ABCDEF0123456789ABCDEF'],
  ] as const)('answers %s %s with 404 in TeleSign shape', async (method, path) => {
    const answer = await teleSign(simulator.url, { method, path });
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('application/json');
    expect(jsonOf<Body>(answer).status).toEqual({
      code: 404,
      description: 'Not Found: no such TeleSign resource',
      updated_on: expect.any(String),
    });
  });
});
