import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { clock } from '../../server/src/runtime/clock';
import { signCallbackBody } from '../../server/src/telesign/signing';
import { createAccount, type TestAccount } from '../harness/accounts';
import { inboundBody, referenceId } from '../harness/pipeline';
import { startTestApp, type TestApp } from '../harness/strapi';

const LIMIT = { burst: 5, perSecond: 1 };

/** docs/reliability.md §7 D5 at a small scale: the refusal budget of one client address (this test's). */
describe('callbacks from an address that keeps being refused', () => {
  let app: TestApp;
  let account: TestAccount;

  const storedEvents = () => app.strapi.db.query('plugin::sms-channel.callback-event').count({});
  const post = (body: string, headers: Record<string, string>, token = account.callbackToken) =>
    request(app.server)
      .post(`/api/sms-channel/telesign/callbacks/${token}`)
      .set('Content-Type', 'application/json')
      .set(headers)
      .send(body);
  const signed = (body: string) => ({
    Authorization: `TSA ${account.customerId}:${signCallbackBody(account.apiKey, body)}`,
  });
  const forged = (body: string) => ({
    Authorization: `TSA ${account.customerId}:${signCallbackBody(randomBytes(64).toString('base64'), body)}`,
  });
  const inbound = () =>
    inboundBody({ referenceId: referenceId(), from: '15551230001', to: '15557654321', text: 'Hello' });

  // The refusal budget's time stands still unless a test moves it: no refill happens by itself.
  let clockNow = Date.now();
  beforeEach(() => {
    jest.spyOn(clock, 'now').mockImplementation(() => clockNow);
  });

  beforeAll(async () => {
    app = await startTestApp({
      env: { SMS_CHANNEL_PIPELINE_CONFIG: JSON.stringify({ callbackRefusalLimit: LIMIT }) },
    });
    account = await createAccount(app);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('answers its refusals as usual until the budget is spent, then 429 with Retry-After, storing nothing', async () => {
    const warn = jest.spyOn(app.strapi.log, 'warn');
    for (let i = 0; i < LIMIT.burst; i += 1) {
      const body = inbound();
      expect((await post(body, forged(body))).status).toBe(401);
    }
    const body = inbound();
    const limited = await post(body, forged(body));

    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(limited.body.error).toMatchObject({ status: 429, name: 'RateLimitError' });
    expect(limited.body.error.message).toMatch(/only correctly signed callbacks are accepted from it/);
    // Unknown URLs too, and without a look-up per request.
    const unknown = await post(body, signed(body), randomBytes(32).toString('base64url'));
    expect(unknown.status).toBe(429);
    expect(await storedEvents()).toBe(0);
    // Once, not per refusal.
    expect(warn.mock.calls.filter(([line]) => /keep being refused/.test(String(line)))).toHaveLength(1);
  });

  it('still accepts a correctly signed callback from the limited address', async () => {
    const body = inbound();
    const response = await post(body, signed(body));

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, duplicate: false });
    expect(await storedEvents()).toBe(1);
    // Accepting does not give the budget back.
    const next = inbound();
    expect((await post(next, forged(next))).status).toBe(429);
  });

  it('gives one refusal back per second', async () => {
    // Not within the second; a refused request for the account's URL is charged even then.
    clockNow += 999;
    const early = inbound();
    expect((await post(early, forged(early))).status).toBe(429);
    // A second later: one refusal as usual, then limited again.
    clockNow += 1_000;
    const first = inbound();
    expect((await post(first, forged(first))).status).toBe(401);
    const second = inbound();
    expect((await post(second, forged(second))).status).toBe(429);
  });
});
