import { randomBytes } from 'node:crypto';
import { signCallbackBody } from '../../server/src/telesign/signing';
import { DEMO_BUSINESS_NUMBER, inboundBody, newCustomerNumber, pipelineEnv } from '../harness/pipeline';
import {
  callProcess,
  createProcessCluster,
  type ProcessCluster,
  type StrapiProcess,
} from '../harness/strapi-processes';
import { waitFor } from '../harness/wait';

const ACCOUNT = {
  customerId: 'AB12CD34-0000-4000-8000-0000000A11CE',
  apiKey: randomBytes(64).toString('base64'),
  callbackToken: randomBytes(32).toString('base64url'),
  // Nothing is sent in this test (the sender is off); the discard port makes sure of it.
  apiHost: 'http://127.0.0.1:9',
};

interface Updates {
  cursor: string;
  changed: string[];
  counts: { open: number; mine: number; waiting: number; closed: number };
}

describe('inbox live updates across Strapi processes on one database', () => {
  let cluster: ProcessCluster;
  let first: StrapiProcess;
  let second: StrapiProcess;
  let authorization: string;

  const call = (strapi: StrapiProcess, method: 'GET' | 'POST', path: string, body?: object) =>
    callProcess(strapi, authorization, method, path, body);
  const updates = async (strapi: StrapiProcess, since?: string): Promise<Updates> => {
    const response = await call(
      strapi,
      'GET',
      `/sms-channel/conversations/updates${since ? `?since=${since}` : ''}`,
    );
    expect(response.status).toBe(200);
    return response.body.data as Updates;
  };

  beforeAll(async () => {
    cluster = await createProcessCluster({
      seed: { account: ACCOUNT, numbers: [{ digits: DEMO_BUSINESS_NUMBER, workstream: true }] },
      env: pipelineEnv({ sender: { enabled: false } }),
    });
    // One after the other: the first creates the schema.
    first = await cluster.start();
    second = await cluster.start();
    const registered = await fetch(`${first.url}/admin/register-admin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        email: 'lead@example.test',
        password: 'Sms-Channel-Test-1',
        firstname: 'Lea',
        lastname: 'Lead',
      }),
    });
    expect(registered.status).toBe(200);
    // Both processes share the admin JWT secret, so the token works on either.
    authorization = `Bearer ${((await registered.json()) as { data: { token: string } }).data.token}`;
  });

  afterAll(async () => {
    await cluster?.dispose();
  });

  it('shows in one process what a text and an accept did in the other', async () => {
    const start = await updates(second);
    expect(start.changed).toEqual([]);

    const body = inboundBody({
      from: newCustomerNumber(),
      to: DEMO_BUSINESS_NUMBER,
      text: 'Hello from far away',
    });
    const callback = await fetch(`${first.url}/api/sms-channel/telesign/callbacks/${ACCOUNT.callbackToken}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `TSA ${ACCOUNT.customerId}:${signCallbackBody(ACCOUNT.apiKey, body)}`,
      },
      body,
    });
    expect(callback.status).toBe(200);

    const arrived = await waitFor('the new conversation in the other process’s updates', async () => {
      const seen = await updates(second, start.cursor);
      return seen.changed.length === 1 ? seen : undefined;
    });
    expect(arrived.counts).toEqual({ open: 1, mine: 0, waiting: 0, closed: 0 });
    const [id] = arrived.changed;

    const accepted = await call(first, 'POST', `/sms-channel/conversations/${id}/accept`, {});
    expect(accepted.status).toBe(200);
    const afterAccept = await updates(second, arrived.cursor);
    expect(afterAccept.changed).toEqual([id]);
    expect(afterAccept.counts).toEqual({ open: 0, mine: 1, waiting: 0, closed: 0 });
    const detail = await call(second, 'GET', `/sms-channel/conversations/${id}`);
    expect(detail.body.data).toMatchObject({ status: 'active', assignee: { firstname: 'Lea' } });
  });
});
