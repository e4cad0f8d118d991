import type { RunningSimulator } from '../server';
import { jsonOf, type HttpAnswer } from './support/http-client';
import { DEFAULT_CUSTOMER, control, createCustomer, startTestSimulator } from './support/simulator';
import { SMS_FORM, basicAuth, form, teleSign } from './support/telesign-request';

/** Standard and enterprise hosts: an account answers on its own host only (10035 elsewhere). */

const LOOKUP = '/v1/messaging/0123456789ABCDEF0123456789ABCDEF';

const codeOf = (answer: HttpAnswer): number => jsonOf<{ status: { code: number } }>(answer).status.code;

describe('TeleSign API hosts', () => {
  let simulator: RunningSimulator;
  let enterprise: { customerId: string; apiKey: string };

  beforeAll(async () => {
    simulator = await startTestSimulator();
    enterprise = await createCustomer(simulator, { apiHost: 'enterprise' });
  });
  afterAll(() => simulator.close());

  it('serves a standard account at the root, as before', async () => {
    const answer = await teleSign(simulator.url, { body: form(SMS_FORM) });
    expect(answer.status).toBe(200);
    expect(codeOf(answer)).toBe(290);
  });

  it('serves an enterprise account under /enterprise, signed over the prefixed path', async () => {
    const answer = await teleSign(simulator.url, {
      path: '/enterprise/v1/messaging',
      body: form(SMS_FORM),
      ...enterprise,
    });
    expect(answer.status).toBe(200);
    expect(codeOf(answer)).toBe(290);
  });

  it('refuses a standard account on the enterprise host: 401 10035', async () => {
    const answer = await teleSign(simulator.url, { method: 'GET', path: `/enterprise${LOOKUP}` });
    expect(answer.status).toBe(401);
    expect(jsonOf(answer)).toEqual({
      status: {
        code: 10035,
        description: 'The requested API host is not allowed for this CustomerID',
        updated_on: expect.stringMatching(/Z$/),
      },
    });
  });

  it('refuses an enterprise account on the standard host: 401 10035', async () => {
    const answer = await teleSign(simulator.url, { method: 'GET', path: LOOKUP, ...enterprise });
    expect(answer.status).toBe(401);
    expect(codeOf(answer)).toBe(10035);
  });

  it('checks the host with Basic auth too', async () => {
    const answer = await teleSign(simulator.url, {
      method: 'GET',
      path: LOOKUP,
      headers: { Authorization: basicAuth(enterprise.customerId, enterprise.apiKey) },
    });
    expect(codeOf(answer)).toBe(10035);
  });

  it('checks credentials before the host: a wrong key on the wrong host is still 10008', async () => {
    const answer = await teleSign(simulator.url, {
      method: 'GET',
      path: `/enterprise${LOOKUP}`,
      apiKey: Buffer.from('not the key').toString('base64'),
    });
    expect(codeOf(answer)).toBe(10008);
  });

  it('does not treat /enterprise as a resource: the prefixed paths route like the root ones', async () => {
    const answer = await teleSign(simulator.url, {
      method: 'GET',
      path: '/enterprise/v2/voice',
      ...enterprise,
    });
    expect(answer.status).toBe(404);
  });

  it('moves an account between hosts through the control API', async () => {
    const moved = await createCustomer(simulator);
    expect((await teleSign(simulator.url, { method: 'GET', path: LOOKUP, ...moved })).status).toBe(404);
    const update = await control(simulator, 'PUT', `/_sim/customers/${moved.customerId}`, {
      apiHost: 'enterprise',
    });
    expect(update.body).toMatchObject({ customer: { apiHost: 'enterprise' } });
    expect(codeOf(await teleSign(simulator.url, { method: 'GET', path: LOOKUP, ...moved }))).toBe(10035);
    expect(
      (await teleSign(simulator.url, { method: 'GET', path: `/enterprise${LOOKUP}`, ...moved })).status,
    ).toBe(404);
  });

  it('lists the host of every customer and refuses an unknown one', async () => {
    const { body } = await control<{ customers: { customerId: string; apiHost: string }[] }>(
      simulator,
      'GET',
      '/_sim/customers',
    );
    expect(body.customers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ customerId: DEFAULT_CUSTOMER.customerId, apiHost: 'standard' }),
        expect.objectContaining({ customerId: enterprise.customerId, apiHost: 'enterprise' }),
      ]),
    );
    const refused = await control<{ error: { message: string } }>(simulator, 'POST', '/_sim/customers', {
      apiHost: 'premium',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/apiHost/);
  });
});
