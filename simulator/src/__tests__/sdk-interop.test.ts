import type { RunningSimulator } from '../server';
import type { TeleSignBody } from '../telesign-wire';
import { DEFAULT_CUSTOMER, control, startTestSimulator } from './support/simulator';

/**
 * TeleSign's official Node SDK (telesignsdk 3.0.4) against the simulator. `sms.message` signs with
 * digest auth (TSA HMAC-SHA256); `rest.execute(…, 'Basic')` uses Basic auth. The SDK hides the HTTP
 * status (docs/telesign.md §6), so the simulator's request log supplies it.
 */

type SdkCallback = (error: unknown, body: TeleSignBody) => void;
interface TeleSignSdk {
  sms: {
    message(callback: SdkCallback, phoneNumber: string, message: string, messageType: string): void;
    status(callback: SdkCallback, referenceId: string): void;
  };
  rest: {
    execute(
      callback: SdkCallback,
      method: string,
      resource: string,
      params: Record<string, string>,
      authMethod: string,
    ): void;
  };
}
type TeleSignSdkConstructor = new (
  customerId: string,
  apiKey: string,
  restEndpoint: string,
  timeoutMs: number,
) => TeleSignSdk;
// The package ships no types; this is the slice of its API the test uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TeleSignSDK = require('telesignsdk') as TeleSignSdkConstructor;

/** The SDK races each request against a timer it never clears; keep it short and let it lapse. */
const SDK_TIMEOUT_MS = 1_000;
let lastSdkCallAt = 0;

const sdkCall = (invoke: (callback: SdkCallback) => void): Promise<TeleSignBody> =>
  new Promise((resolve, reject) => {
    lastSdkCallAt = Date.now();
    invoke((error, body) =>
      error ? reject(error instanceof Error ? error : new Error(JSON.stringify(error))) : resolve(body),
    );
  });

const lastRequest = async (simulator: RunningSimulator) => {
  const { body } = await control<{
    requests: Array<{
      auth: { scheme: string; outcome: string };
      response: { status: number; code: number };
    }>;
  }>(simulator, 'GET', '/_sim/requests');
  return body.requests[body.requests.length - 1];
};

describe('the official telesignsdk against the simulator', () => {
  let simulator: RunningSimulator;
  const sdk = (apiKey = DEFAULT_CUSTOMER.apiKey) =>
    new TeleSignSDK(DEFAULT_CUSTOMER.customerId, apiKey, simulator.url, SDK_TIMEOUT_MS);

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  afterAll(async () => {
    await simulator.close();
    const lapse = lastSdkCallAt + SDK_TIMEOUT_MS + 50 - Date.now();
    if (lapse > 0) await new Promise((resolve) => setTimeout(resolve, lapse));
  });

  it('sends an SMS with digest auth and gets 290 with a reference id', async () => {
    const body = await sdkCall((callback) =>
      sdk().sms.message(callback, '15551234567', 'Héllo & wörld', 'ARN'),
    );

    expect(body).toEqual({
      reference_id: expect.stringMatching(/^[0-9A-F]{32}$/),
      status: {
        code: 290,
        description: 'Message in progress',
        updated_on: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/),
      },
      external_id: null,
    });
    expect(await lastRequest(simulator)).toMatchObject({
      auth: { scheme: 'tsa', outcome: 'accepted' },
      response: { status: 200, code: 290 },
    });
  });

  it('reads the status back with sms.status (a GET with an empty Content-Type)', async () => {
    const sent = await sdkCall((callback) =>
      sdk().sms.message(callback, '15551234567', 'Status please', 'OTP'),
    );
    const status = await sdkCall((callback) => sdk().sms.status(callback, String(sent.reference_id)));

    expect(status).toMatchObject({ reference_id: sent.reference_id, status: { code: expect.any(Number) } });
    expect(await lastRequest(simulator)).toMatchObject({ response: { status: 200 } });
  });

  it('refuses a wrong API key with 401 10008 Invalid Signature and the signed string', async () => {
    const body = await sdkCall((callback) =>
      sdk('V3JvbmcgS2V5').sms.message(callback, '15551234567', 'Nope', 'ARN'),
    );

    expect(body).toEqual({
      status: { code: 10008, description: 'Invalid Signature.', updated_on: expect.any(String) },
      signature_string: expect.stringMatching(
        /^POST\napplication\/x-www-form-urlencoded\n.+\nx-ts-auth-method:HMAC-SHA256\nx-ts-nonce:.+\nphone_number=15551234567&message=Nope&message_type=ARN\n\/v1\/messaging$/,
      ),
    });
    expect(await lastRequest(simulator)).toMatchObject({
      auth: { outcome: 'rejected' },
      response: { status: 401, code: 10008 },
    });
  });

  it('accepts Basic auth from the SDK and refuses a wrong key with 401 10022 Invalid API Key', async () => {
    const params = { phone_number: '15551234567', message: 'Basic hello', message_type: 'ARN' };
    const accepted = await sdkCall((callback) =>
      sdk().rest.execute(callback, 'POST', '/v1/messaging', params, 'Basic'),
    );
    expect(accepted.status.code).toBe(290);
    expect(await lastRequest(simulator)).toMatchObject({ auth: { scheme: 'basic', outcome: 'accepted' } });

    const refused = await sdkCall((callback) =>
      sdk('V3JvbmcgS2V5').rest.execute(callback, 'POST', '/v1/messaging', params, 'Basic'),
    );
    expect(refused).toEqual({
      status: { code: 10022, description: 'Invalid API Key.', updated_on: expect.any(String) },
    });
    expect(await lastRequest(simulator)).toMatchObject({
      auth: { scheme: 'basic' },
      response: { status: 401, code: 10022 },
    });
  });
});
