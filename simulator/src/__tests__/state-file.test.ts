import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import type { Customer } from '../customers';
import type { InboundText } from '../inbound';
import type { SentMessage } from '../messages';
import type { RunningSimulator } from '../server';
import { startCallbackReceiver, type CallbackReceiver } from './support/callback-receiver';
import {
  DEFAULT_CUSTOMER,
  control,
  eventually,
  startTestSimulator,
  updateCustomer,
} from './support/simulator';
import { SMS_FORM, form, teleSign } from './support/telesign-request';

/** With a state file (`npm run demo`), a restarted simulator keeps callback URLs and the phone's history. */

const PHONE = SMS_FORM.phone_number;
const BUSINESS = DEFAULT_CUSTOMER.numbers[0];

describe('the simulator state file', () => {
  let directory: string;
  let stateFile: string;
  let receiver: CallbackReceiver;
  const running: RunningSimulator[] = [];

  const start = async (overrides: Parameters<typeof startTestSimulator>[0] = {}) => {
    const simulator = await startTestSimulator({ stateFile, ...overrides });
    running.push(simulator);
    return simulator;
  };
  const stop = (simulator: RunningSimulator) => {
    running.splice(running.indexOf(simulator), 1);
    return simulator.close();
  };
  const customer = async (simulator: RunningSimulator) =>
    (
      await control<{ customer: Customer }>(
        simulator,
        'GET',
        `/_sim/customers/${DEFAULT_CUSTOMER.customerId}`,
      )
    ).body.customer;
  const textsFrom = async (simulator: RunningSimulator) =>
    (await control<{ texts: InboundText[] }>(simulator, 'GET', `/_sim/inbound?phone=${PHONE}`)).body.texts;
  const messagesTo = async (simulator: RunningSimulator) =>
    (await control<{ messages: SentMessage[] }>(simulator, 'GET', `/_sim/messages?phone=${PHONE}`)).body
      .messages;
  const textTheBusiness = (simulator: RunningSimulator, text: string) =>
    control<{ delivered: boolean }>(simulator, 'POST', '/_sim/inbound', { from: PHONE, to: BUSINESS, text });
  const sendToThePhone = async (simulator: RunningSimulator) => {
    const answer = await teleSign(simulator.url, { body: form(SMS_FORM) });
    expect(answer.status).toBe(200);
  };

  beforeEach(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'simulator-state-'));
    stateFile = path.join(directory, 'nested', 'state.json');
    receiver = await startCallbackReceiver();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((simulator) => simulator.close()));
    await receiver.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('keeps the callback URL and the phone history, and inbound texts reach the app after a restart', async () => {
    const first = await start();
    await updateCustomer(first, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
    expect((await textTheBusiness(first, 'Where is my parcel?')).body.delivered).toBe(true);
    await sendToThePhone(first);
    await eventually(async () => ((await messagesTo(first))[0]?.status.code === 200 ? true : undefined));
    const textsBefore = await textsFrom(first);
    const messagesBefore = await messagesTo(first);
    await stop(first);

    // Written through a temporary file renamed into place: nothing else is left behind.
    expect(fs.readdirSync(path.dirname(stateFile))).toEqual(['state.json']);

    const second = await start();
    expect((await customer(second)).callbackUrl).toBe(receiver.url);
    expect(await textsFrom(second)).toEqual(textsBefore);
    expect(await messagesTo(second)).toEqual(messagesBefore);

    expect((await textTheBusiness(second, 'Still waiting')).body.delivered).toBe(true);
    const moTexts = receiver.received.filter((callback) => 'user_response' in callback.json);
    expect(
      moTexts.map((callback) => (callback.json.user_response as { mo_message: string }).mo_message),
    ).toEqual(['Where is my parcel?', 'Still waiting']);
  });

  it('sends the delivery reports of messages still in progress when it stopped', async () => {
    const first = await start({ inProgressReportDelayMs: 60_000 });
    await updateCustomer(first, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
    await sendToThePhone(first);
    await stop(first);
    expect(receiver.received).toHaveLength(0);

    const second = await start();
    const [, final] = await receiver.waitFor(2);
    expect(final.json.status).toMatchObject({ code: 200 });
    expect((await messagesTo(second))[0].status.code).toBe(200);
  });

  it('shows a text whose callback attempts the stop cut short as not delivered', async () => {
    const first = await start({ callbackRetryDelaysMs: [60_000] });
    await updateCustomer(first, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
    receiver.answerWith(503);
    expect((await textTheBusiness(first, 'Hello?')).body.delivered).toBe(false);
    await stop(first);

    const second = await start();
    expect(await textsFrom(second)).toEqual([
      expect.objectContaining({
        text: 'Hello?',
        delivery: 'failed',
        lastError: 'the simulator stopped before delivering it',
      }),
    ]);
  });

  it('lets a callback URL given in the settings win over the saved one', async () => {
    const first = await start();
    await updateCustomer(first, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
    await stop(first);

    const configured = 'http://127.0.0.1:9/configured';
    const second = await start({ defaultCustomer: { ...DEFAULT_CUSTOMER, callbackUrl: configured } });
    expect((await customer(second)).callbackUrl).toBe(configured);
  });

  it('forgets everything saved after a reset', async () => {
    const first = await start();
    await updateCustomer(first, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
    await textTheBusiness(first, 'Hi');
    expect((await control(first, 'POST', '/_sim/reset')).status).toBe(200);
    await stop(first);

    const second = await start();
    expect((await customer(second)).callbackUrl).toBeUndefined();
    expect(await textsFrom(second)).toEqual([]);
  });

  it.each([
    ['not JSON', '{"version": 1,', /is not JSON/],
    ['another shape', '{"version": 2}', /is not one it wrote \(version: /],
  ])('refuses to start on a file that is %s, saying what to do', async (_case, content, problem) => {
    fs.mkdirSync(path.dirname(stateFile), { recursive: true });
    fs.writeFileSync(stateFile, content);
    const failure = start();
    await expect(failure).rejects.toThrow(problem);
    await expect(failure).rejects.toThrow(`delete ${stateFile} to start with a fresh simulator state`);
  });

  it('is off unless a setting names it, and is resolved from the working directory', () => {
    expect(loadConfig({}, []).stateFile).toBeUndefined();
    expect(loadConfig({ SIMULATOR_STATE_FILE: 'data/state.json' }, []).stateFile).toBe(
      path.resolve('data/state.json'),
    );
    expect(loadConfig({}, ['--state-file', '/tmp/s.json']).stateFile).toBe('/tmp/s.json');
  });
});
