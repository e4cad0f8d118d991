import { signCallbackBody, signaturesEqual } from '../../../server/src/telesign/signing';
import type { RunningSimulator } from '../server';
import {
  startCallbackReceiver,
  type CallbackReceiver,
  type ReceivedCallback,
} from './support/callback-receiver';
import { jsonOf } from './support/http-client';
import {
  DEFAULT_CUSTOMER,
  control,
  createCustomer,
  eventually,
  startTestSimulator,
  updateCustomer,
} from './support/simulator';
import { SMS_FORM, form, teleSign } from './support/telesign-request';

/** Delivery reports: 290 then the final status, signed like TeleSign signs callbacks (docs/telesign.md §3.2, §3.4). */

const expectSignedBy = (callback: ReceivedCallback, customerId: string, apiKey: string): void => {
  const signature = signCallbackBody(apiKey, callback.rawBody);
  expect(callback.headers['content-type']).toBe('application/json');
  expect(callback.headers.authorization).toBe(`TSA ${customerId}:${signature}`);
  expect(signaturesEqual(signature, String(callback.headers['x-ts-authorization']))).toBe(true);
};

describe('delivery reports', () => {
  let simulator: RunningSimulator;
  let receiver: CallbackReceiver;

  const send = async (
    fields: Record<string, string> = {},
    credentials: { customerId?: string; apiKey?: string } = {},
  ) => {
    const answer = await teleSign(simulator.url, { body: form({ ...SMS_FORM, ...fields }), ...credentials });
    expect(answer.status).toBe(200);
    return String(jsonOf(answer).reference_id);
  };

  beforeEach(async () => {
    simulator = await startTestSimulator();
    receiver = await startCallbackReceiver();
    await updateCustomer(simulator, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
  });
  afterEach(async () => {
    await simulator.close();
    await receiver.close();
  });

  it('sends 290 then 200 to the account callback URL, signed, with the DLR fields', async () => {
    const referenceId = await send({ external_id: 'order-7' });
    const [progress, delivered] = await receiver.waitFor(2);

    for (const report of [progress, delivered]) {
      expectSignedBy(report, DEFAULT_CUSTOMER.customerId, DEFAULT_CUSTOMER.apiKey);
      expect(Object.keys(report.json)).toEqual(['reference_id', 'status', 'submit_timestamp', 'external_id']);
      expect(report.rawBody).toBe(JSON.stringify(report.json));
    }
    expect(progress.json).toEqual({
      reference_id: referenceId,
      status: { code: 290, description: 'Message in progress', updated_on: expect.any(String) },
      submit_timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
      external_id: 'order-7',
    });
    expect(delivered.json).toMatchObject({
      reference_id: referenceId,
      status: { code: 200, description: 'Delivered to handset' },
    });
    expect(delivered.json.submit_timestamp).toBe(progress.json.submit_timestamp);
  });

  it('moves the looked-up status to 200 and keeps the history', async () => {
    const referenceId = await send();
    await receiver.waitFor(2);
    const answer = await teleSign(simulator.url, { method: 'GET', path: `/v1/messaging/${referenceId}` });
    expect(jsonOf(answer)).toMatchObject({ status: { code: 200, description: 'Delivered to handset' } });

    const { body } = await control<{ messages: Array<{ history: Array<{ code: number }> }> }>(
      simulator,
      'GET',
      '/_sim/messages?phone=15551234567',
    );
    expect(body.messages[0].history.map((status) => status.code)).toEqual([290, 200]);
  });

  it("prefers the request's callback_url over the account's", async () => {
    const other = await startCallbackReceiver();
    try {
      await send({ callback_url: other.url });
      await other.waitFor(2);
      expect(receiver.received).toHaveLength(0);
    } finally {
      await other.close();
    }
  });

  it("signs with the sending account's key", async () => {
    const customer = await createCustomer(simulator, { callbackUrl: receiver.url });
    await send({}, customer);
    const [report] = await receiver.waitFor(1);
    expectSignedBy(report, customer.customerId, customer.apiKey);
  });

  it.each([
    ['opted-out', 510, 'Message blocked by subscriber action or request'],
    ['unreachable', 210, 'Temporary phone error'],
    ['carrier-error', 503, 'Carrier rejected - temporary problem'],
  ])('ends with the registered outcome %s → %i', async (outcome, code, description) => {
    expect((await control(simulator, 'PUT', '/_sim/destinations/15551234567', { outcome })).status).toBe(200);
    await send();
    const [, final] = await receiver.waitFor(2);
    expect(final.json.status).toMatchObject({ code, description });
    // Other numbers are unaffected.
    await send({ phone_number: '15557654321' });
    const [, , , otherFinal] = await receiver.waitFor(4);
    expect(otherFinal.json.status).toMatchObject({ code: 200 });
  });

  it('sends only the 290 report for a destination whose final report is lost', async () => {
    await control(simulator, 'PUT', '/_sim/destinations/15551234567', { outcome: 'no-final-report' });
    await send();
    await receiver.waitFor(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(receiver.received).toHaveLength(1);
  });

  it('still moves the status when no callback URL is known, and attempts nothing', async () => {
    await updateCustomer(simulator, DEFAULT_CUSTOMER.customerId, { callbackUrl: null });
    const referenceId = await send();
    await eventually(() =>
      simulator.state.messages.get(referenceId)?.status.code === 200 ? true : undefined,
    );
    expect(simulator.state.callbacks.list()).toHaveLength(0);
  });

  it('retries a refused delivery report on the schedule', async () => {
    receiver.answerWith(503);
    const referenceId = await send();
    const logged = await eventually(() => {
      const attempts = simulator.state.callbacks
        .list()
        .filter((attempt) => attempt.referenceId === referenceId);
      return attempts.length === 3 ? attempts : undefined;
    });
    const attempts = logged.map((attempt) => [
      (JSON.parse(attempt.body) as { status: { code: number } }).status.code,
      attempt.attempt,
      attempt.status,
    ]);
    expect(attempts).toEqual(
      expect.arrayContaining([
        [290, 1, 503],
        [290, 2, 200],
        [200, 1, 200],
      ]),
    );
  });
});
