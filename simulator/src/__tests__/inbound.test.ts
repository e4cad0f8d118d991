import { signCallbackBody } from '../../../server/src/telesign/signing';
import type { RunningSimulator } from '../server';
import { startCallbackReceiver, type CallbackReceiver } from './support/callback-receiver';
import {
  DEFAULT_CUSTOMER,
  control,
  createCustomer,
  eventually,
  startTestSimulator,
  updateCustomer,
} from './support/simulator';

/** Inbound SMS: `POST /_sim/inbound` → a signed `mo_sms` callback (docs/telesign.md §3.3), retried like TeleSign (§3.5). */

const BUSINESS = DEFAULT_CUSTOMER.numbers[0];

interface InboundReply {
  referenceId: string;
  delivered: boolean;
  attempts: number;
  status: number | null;
  error: string | null;
}

describe('inbound texts', () => {
  let simulator: RunningSimulator;
  let receiver: CallbackReceiver;
  const text = (body: Record<string, string>) =>
    control<InboundReply & { error?: { message: string } }>(simulator, 'POST', '/_sim/inbound', body);

  beforeEach(async () => {
    simulator = await startTestSimulator();
    receiver = await startCallbackReceiver();
    await updateCustomer(simulator, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
  });
  afterEach(async () => {
    await simulator.close();
    await receiver.close();
  });

  it('pushes a signed mo_sms callback to the owner of the business number', async () => {
    const { status, body } = await text({
      from: '33612345678',
      to: BUSINESS,
      text: 'Hello, my parcel is late',
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      referenceId: expect.stringMatching(/^[0-9A-F]{32}$/),
      delivered: true,
      attempts: 1,
      status: 200,
      error: null,
    });

    const [callback] = await receiver.waitFor(1);
    const signature = signCallbackBody(DEFAULT_CUSTOMER.apiKey, callback.rawBody);
    expect(callback.headers.authorization).toBe(`TSA ${DEFAULT_CUSTOMER.customerId}:${signature}`);
    expect(callback.headers['x-ts-authorization']).toBe(signature);
    expect(callback.rawBody).toBe(JSON.stringify(callback.json));
    expect(callback.json).toEqual({
      reference_id: body.referenceId,
      status: {
        code: 1500,
        description: 'Delivered to customer',
        updated_on: expect.stringMatching(/\.\d{6}Z$/),
      },
      submit_timestamp: expect.stringMatching(/\.\d{6}Z$/),
      errors: [],
      sub_resource: 'mo_sms',
      user_response: {
        phone_number: '33612345678',
        sender_id: BUSINESS,
        iso_country_code: 'FR',
        mo_message: 'Hello, my parcel is late',
        action: 'generic',
        keyword: 'hello',
      },
    });
  });

  it.each([
    ['STOP', 'stop', 'stop'],
    ['Arrêt svp', 'stop', 'arrêt'],
    ['Arre\u0302t (decomposed)', 'stop', 'arrêt'],
    ['unsubscribe me', 'stop', 'unsubscribe'],
    ['Help!', 'help', 'help'],
    ['INFO', 'help', 'info'],
    ['Start', 'start', 'start'],
    ['stopping by later', 'generic', 'stopping'],
  ])('maps %p to action %s, keyword %s', async (message, action, keyword) => {
    await text({ from: '15551234567', to: BUSINESS, text: message });
    const [callback] = await receiver.waitFor(1);
    expect(callback.json.user_response).toMatchObject({
      action,
      keyword,
      iso_country_code: 'US',
      mo_message: message,
    });
  });

  it('routes by business number to the owning account, signed with its key', async () => {
    const other = await startCallbackReceiver();
    try {
      const customer = await createCustomer(simulator, { callbackUrl: other.url, numbers: ['447700900123'] });
      await text({ from: '447700900456', to: '447700900123', text: 'hi' });
      const [callback] = await other.waitFor(1);
      expect(callback.headers['x-ts-authorization']).toBe(
        signCallbackBody(customer.apiKey, callback.rawBody),
      );
      expect(receiver.received).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it('refuses a business number nobody owns: 404', async () => {
    const { status, body } = await text({ from: '15551234567', to: '19998887777', text: 'hi' });
    expect(status).toBe(404);
    expect(body.error?.message).toMatch(/No customer owns business number 19998887777/);
  });

  it('refuses when the owner has no callback URL: 409', async () => {
    await updateCustomer(simulator, DEFAULT_CUSTOMER.customerId, { callbackUrl: null });
    const { status, body } = await text({ from: '15551234567', to: BUSINESS, text: 'hi' });
    expect(status).toBe(409);
    expect(body.error?.message).toMatch(
      /has no callback URL; register one on the simulator.s \/support page/,
    );
  });

  it.each([
    [{ from: '+15551234567', to: BUSINESS, text: 'hi' }, /from: must be digits only/],
    [{ from: '15551234567', to: BUSINESS, text: '' }, /text: must not be empty/],
    [{ from: '15551234567', text: 'hi' }, /to: /],
    [{ from: '15551234567', to: BUSINESS, text: 'hi', extra: 'x' }, /Unrecognized key/],
  ])('explains an invalid body %p', async (payload, message) => {
    const { status, body } = await text(payload as Record<string, string>);
    expect(status).toBe(400);
    expect(body.error?.message).toMatch(message);
  });

  it('retries after a 500 and reports the first attempt, then the delivery', async () => {
    receiver.answerWith(500);
    const { body } = await text({ from: '15551234567', to: BUSINESS, text: 'retry me' });
    expect(body).toMatchObject({ delivered: false, attempts: 1, status: 500 });

    const [first, second] = await receiver.waitFor(2);
    expect(second.rawBody).toBe(first.rawBody);
    const texts = await eventually(async () => {
      const list = await control<{ texts: Array<{ delivery: string; attempts: number }> }>(
        simulator,
        'GET',
        '/_sim/inbound?phone=15551234567',
      );
      return list.body.texts[0]?.delivery === 'delivered' ? list.body.texts : undefined;
    });
    expect(texts[0].attempts).toBe(2);

    const { body: log } = await control<{
      callbacks: Array<{ attempt: number; status: number; url: string; body: string; sentAt: string }>;
    }>(simulator, 'GET', '/_sim/callbacks');
    expect(log.callbacks.map((attempt) => [attempt.attempt, attempt.status])).toEqual([
      [1, 500],
      [2, 200],
    ]);
    expect(log.callbacks[0]).toMatchObject({
      url: receiver.url,
      body: first.rawBody,
      sentAt: expect.any(String),
    });
  });

  it('gives up after three attempts in total', async () => {
    receiver.answerWith(500, 502, 401);
    await text({ from: '15551234567', to: BUSINESS, text: 'nobody home' });
    await receiver.waitFor(3);
    const failed = await eventually(() => {
      const [entry] = simulator.state.inbound.list();
      return entry.delivery === 'failed' ? entry : undefined;
    });
    expect(failed).toMatchObject({ attempts: 3, lastStatus: 401 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(receiver.received).toHaveLength(3);
  });

  it('retries when the callback URL cannot be reached', async () => {
    await updateCustomer(simulator, DEFAULT_CUSTOMER.customerId, {
      callbackUrl: 'http://127.0.0.1:1/unreachable',
    });
    const { body } = await text({ from: '15551234567', to: BUSINESS, text: 'anyone?' });
    expect(body).toMatchObject({
      delivered: false,
      attempts: 1,
      status: null,
      error: expect.stringMatching(/ECONNREFUSED/),
    });
    await eventually(() => (simulator.state.callbacks.list().length === 3 ? true : undefined));
  });
});
