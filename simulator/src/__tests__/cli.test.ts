import { runCli } from '../cli';
import type { RunningSimulator } from '../server';
import { startCallbackReceiver, type CallbackReceiver } from './support/callback-receiver';
import { DEFAULT_CUSTOMER, startTestSimulator, updateCustomer } from './support/simulator';

describe('cli text', () => {
  let simulator: RunningSimulator;
  let receiver: CallbackReceiver;
  let out: string[];
  let err: string[];
  const run = (...argv: string[]) =>
    runCli(argv, { out: (line) => out.push(line), err: (line) => err.push(line) }, {});

  beforeEach(async () => {
    simulator = await startTestSimulator();
    receiver = await startCallbackReceiver();
    await updateCustomer(simulator, DEFAULT_CUSTOMER.customerId, { callbackUrl: receiver.url });
    out = [];
    err = [];
  });
  afterEach(async () => {
    await simulator.close();
    await receiver.close();
  });

  it('sends an inbound text through a running simulator', async () => {
    const code = await run(
      'text',
      '--from',
      '15551234567',
      '--to',
      DEFAULT_CUSTOMER.numbers[0],
      '--message',
      'STOP',
      '--url',
      simulator.url,
    );
    expect(code).toBe(0);
    expect(out.join('\n')).toMatch(
      /^Delivered mo_sms [0-9A-F]{32} from 15551234567 to 14255550100 \(attempt 1\)\.$/,
    );
    const [callback] = await receiver.waitFor(1);
    expect(callback.json.user_response).toMatchObject({ mo_message: 'STOP', action: 'stop' });
  });

  it('says when the app did not accept the callback', async () => {
    receiver.answerWith(401);
    const code = await run(
      'text',
      '--from',
      '15551234567',
      '--to',
      DEFAULT_CUSTOMER.numbers[0],
      '--message',
      'hi',
      '--url',
      simulator.url,
    );
    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/not delivered on attempt 1 \(HTTP 401\)/);
  });

  it("relays the simulator's refusal", async () => {
    const code = await run(
      'text',
      '--from',
      '15551234567',
      '--to',
      '19998887777',
      '--message',
      'hi',
      '--url',
      simulator.url,
    );
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/HTTP 404.*No customer owns business number 19998887777/);
  });

  it.each([
    [[], /Usage: cli\.ts text/],
    [['text', '--from', '+1555', '--to', '14255550100', '--message', 'x'], /--from must be/],
    [['text', '--from', '15551234567', '--to', '14255550100'], /--message must be/],
    [['text', '--colour', 'red'], /Unknown option '--colour'/],
  ])('explains bad usage %p', async (argv, message) => {
    expect(await run(...argv)).toBe(2);
    expect(err.join('\n')).toMatch(message);
  });

  it('says when no simulator is running', async () => {
    expect(
      await run(
        'text',
        '--from',
        '15551234567',
        '--to',
        '14255550100',
        '--message',
        'x',
        '--url',
        'http://127.0.0.1:1',
      ),
    ).toBe(1);
    expect(err.join('\n')).toMatch(/Cannot reach the simulator at http:\/\/127\.0\.0\.1:1/);
  });
});
