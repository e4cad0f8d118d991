import request from 'supertest';
import { signCallbackBody } from '../../server/src/telesign/signing';
import { createAccount, type TestAccount } from '../harness/accounts';
import { startTestApp, type TestApp } from '../harness/strapi';

const INBOUND = JSON.stringify({
  reference_id: '0143D53D86A2030BE20025B600000002',
  status: { code: 1500, description: 'Delivered to customer', updated_on: '2017-01-27T19:46:55.787464Z' },
  submit_timestamp: '2017-01-27T19:46:55.778000Z',
  errors: [],
  sub_resource: 'mo_sms',
  user_response: {
    phone_number: '15551234567',
    sender_id: '14252306549',
    iso_country_code: 'US',
    mo_message: 'Hello, is anyone there?',
  },
});

describe('POST /api/sms-channel/telesign/callbacks/:callbackToken', () => {
  let app: TestApp;
  let account: TestAccount;

  const url = (token = account.callbackToken) => `/api/sms-channel/telesign/callbacks/${token}`;
  const storedEvents = () => app.strapi.db.query('plugin::sms-channel.callback-event').count({});
  const post = (body: string, headers: Record<string, string>, token?: string) => {
    const req = request(app.server).post(url(token)).set('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(headers)) req.set(name, value);
    return req.send(body);
  };
  const tsa = (body: string, apiKey = account.apiKey, customerId = account.customerId) => ({
    Authorization: `TSA ${customerId}:${signCallbackBody(apiKey, body)}`,
  });

  beforeAll(async () => {
    app = await startTestApp();
    account = await createAccount(app);
  });

  afterAll(async () => {
    await app.stop();
  });

  it('accepts a correctly signed inbound SMS without Strapi auth and stores it once', async () => {
    const response = await post(INBOUND, tsa(INBOUND));
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, duplicate: false });

    const [event] = await app.strapi.db
      .query('plugin::sms-channel.callback-event')
      .findMany({ populate: ['account'] });
    expect(event).toMatchObject({
      dedupeKey: `mo:${account.id}:0143D53D86A2030BE20025B600000002`,
      rawBody: INBOUND,
      account: { id: account.id },
    });
  });

  it('answers a repeated callback 200 without storing it again', async () => {
    const before = await storedEvents();
    const response = await post(INBOUND, tsa(INBOUND));
    expect(response.status).toBe(200);
    expect(response.body.duplicate).toBe(true);
    expect(await storedEvents()).toBe(before);
  });

  it('accepts the signature in X-TS-Authorization, bare or with the TSA prefix', async () => {
    const body = INBOUND.replace('0143D53D86A2030BE20025B600000002', '0143D53D86A2030BE20025B600000003');
    expect((await post(body, { 'X-TS-Authorization': signCallbackBody(account.apiKey, body) })).status).toBe(
      200,
    );
    const other = INBOUND.replace('0143D53D86A2030BE20025B600000002', '0143D53D86A2030BE20025B600000004');
    expect((await post(other, { 'X-TS-Authorization': tsa(other).Authorization })).status).toBe(200);
  });

  describe('refuses and stores nothing', () => {
    let before: number;
    beforeEach(async () => {
      before = await storedEvents();
    });
    afterEach(async () => {
      expect(await storedEvents()).toBe(before);
    });

    it('without a signature (401)', async () => {
      const response = await post(INBOUND, {});
      expect(response.status).toBe(401);
      expect(response.body.error).toMatchObject({ status: 401, name: 'UnauthorizedError' });
      expect(response.body.error.message).toMatch(/^Invalid TeleSign signature: .+/);
    });

    it('signed with another key (401)', async () => {
      const response = await post(INBOUND, tsa(INBOUND, Buffer.from('not the key').toString('base64')));
      expect(response.status).toBe(401);
    });

    it('signed by another customer id (401)', async () => {
      const response = await post(
        INBOUND,
        tsa(INBOUND, account.apiKey, '00000000-0000-0000-0000-000000000000'),
      );
      expect(response.status).toBe(401);
    });

    it('with one byte of the body altered after signing (401)', async () => {
      const altered = INBOUND.replace('anyone', 'anyonf');
      expect((await post(altered, tsa(INBOUND))).status).toBe(401);
    });

    it('re-serialised after signing, same JSON value (401)', async () => {
      const reserialised = JSON.stringify(JSON.parse(INBOUND), null, 1);
      expect((await post(reserialised, tsa(INBOUND))).status).toBe(401);
    });

    it('for an unknown callback token (404)', async () => {
      const response = await post(INBOUND, tsa(INBOUND), 'unknown-token-0123456789abcdef');
      expect(response.status).toBe(404);
      expect(response.body.error.message).toMatch(/callback URL/);
    });

    it('that is not JSON (415)', async () => {
      const response = await request(app.server)
        .post(url())
        .set('Content-Type', 'text/plain')
        .set(tsa('hello'))
        .send('hello');
      expect(response.status).toBe(415);
      expect(response.body.error.message).toMatch(/application\/json/);
    });

    it('that is compressed (415)', async () => {
      const response = await post(INBOUND, { ...tsa(INBOUND), 'Content-Encoding': 'gzip' });
      expect(response.status).toBe(415);
    });

    it('that is larger than the limit (413)', async () => {
      const huge = JSON.stringify({ padding: 'x'.repeat(70 * 1024) });
      const response = await post(huge, tsa(huge));
      expect(response.status).toBe(413);
      expect(response.body.error.message).toMatch(/limit/);
    });

    it('signed but not valid JSON (400)', async () => {
      const broken = '{"reference_id": ';
      const response = await post(broken, tsa(broken));
      expect(response.status).toBe(400);
    });
  });
});
