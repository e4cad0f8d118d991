import request from 'supertest';
import { ACTIONS } from '../../shared/contracts/permissions/actions';
import { createAdminWithActions, createSuperAdmin, type AdminSession } from '../harness/admin-users';
import { adminApi, addNumberViaApi, createAccountViaApi, type AdminApi } from '../harness/setup-api';
import { startTestApp, type TestApp } from '../harness/strapi';

/**
 * Every setup route behind its permission: no token → 401; a role without the permission → 403
 * and nothing changes; the permission → success. Reads need settings-read, everything that
 * changes something (verify included) needs settings-manage.
 */

interface Fixture {
  accountId: string;
  numberId: string;
  workstreamId: string;
}

interface RouteCase {
  method: 'get' | 'post' | 'put' | 'delete';
  path: (fixture: Fixture) => string;
  body?: unknown;
  needs: 'read' | 'manage';
  success: number;
}

let digits = 100;
const nextNumber = () => `14255550${digits++}`;

const ROUTES: Record<string, RouteCase> = {
  'GET /accounts': { method: 'get', path: () => '/sms-channel/accounts', needs: 'read', success: 200 },
  'GET /accounts/:id': {
    method: 'get',
    path: (f) => `/sms-channel/accounts/${f.accountId}`,
    needs: 'read',
    success: 200,
  },
  'GET /accounts/:id/numbers': {
    method: 'get',
    path: (f) => `/sms-channel/accounts/${f.accountId}/numbers`,
    needs: 'read',
    success: 200,
  },
  'GET /workstreams': { method: 'get', path: () => '/sms-channel/workstreams', needs: 'read', success: 200 },
  'GET /workstreams/options': {
    method: 'get',
    path: () => '/sms-channel/workstreams/options',
    needs: 'read',
    success: 200,
  },
  'GET /workstreams/:id': {
    method: 'get',
    path: (f) => `/sms-channel/workstreams/${f.workstreamId}`,
    needs: 'read',
    success: 200,
  },
  'POST /accounts': {
    method: 'post',
    path: () => '/sms-channel/accounts',
    body: {
      name: 'Created',
      customerId: 'AB12CD34-0000-4000-8000-00000000C0DE',
      // As long as a real key: 64 bytes.
      apiKey: Buffer.alloc(64, 'rbac test key').toString('base64'),
    },
    needs: 'manage',
    success: 201,
  },
  'PUT /accounts/:id': {
    method: 'put',
    path: (f) => `/sms-channel/accounts/${f.accountId}`,
    body: { name: 'Renamed' },
    needs: 'manage',
    success: 200,
  },
  'DELETE /accounts/:id': {
    method: 'delete',
    path: (f) => `/sms-channel/accounts/${f.accountId}`,
    needs: 'manage',
    success: 200,
  },
  'POST /accounts/:id/verify': {
    method: 'post',
    path: (f) => `/sms-channel/accounts/${f.accountId}/verify`,
    needs: 'manage',
    success: 200,
  },
  'POST /accounts/:id/callback-token': {
    method: 'post',
    path: (f) => `/sms-channel/accounts/${f.accountId}/callback-token`,
    needs: 'manage',
    success: 200,
  },
  'POST /accounts/:id/numbers': {
    method: 'post',
    path: (f) => `/sms-channel/accounts/${f.accountId}/numbers`,
    body: { number: '18005550100', type: 'toll-free' },
    needs: 'manage',
    success: 201,
  },
  'PUT /numbers/:id': {
    method: 'put',
    path: (f) => `/sms-channel/numbers/${f.numberId}`,
    body: { description: 'Changed' },
    needs: 'manage',
    success: 200,
  },
  'DELETE /numbers/:id': {
    method: 'delete',
    path: (f) => `/sms-channel/numbers/${f.numberId}`,
    needs: 'manage',
    success: 200,
  },
  'POST /workstreams': {
    method: 'post',
    path: () => '/sms-channel/workstreams',
    body: { name: 'Created' },
    needs: 'manage',
    success: 201,
  },
  'PUT /workstreams/:id': {
    method: 'put',
    path: (f) => `/sms-channel/workstreams/${f.workstreamId}`,
    body: { name: 'Renamed' },
    needs: 'manage',
    success: 200,
  },
  'DELETE /workstreams/:id': {
    method: 'delete',
    path: (f) => `/sms-channel/workstreams/${f.workstreamId}`,
    needs: 'manage',
    success: 200,
  },
};

const CASES = Object.entries(ROUTES);
const WRITES = CASES.filter(([, route]) => route.needs === 'manage');
const READS = CASES.filter(([, route]) => route.needs === 'read');

describe('setup API access control', () => {
  let app: TestApp;
  let superApi: AdminApi;
  const sessions: Record<'outsider' | 'agent' | 'reader' | 'manager', AdminSession> = {} as never;

  const newFixture = async (): Promise<Fixture> => {
    // A closed local port: verification fails fast instead of reaching out to TeleSign.
    const account = await createAccountViaApi(superApi, { apiHost: 'http://127.0.0.1:1' });
    const number = await addNumberViaApi(superApi, account.documentId, nextNumber());
    const workstream = await superApi.post('/sms-channel/workstreams', {
      name: 'W',
      numberIds: [number.documentId],
    });
    return {
      accountId: account.documentId,
      numberId: number.documentId,
      workstreamId: workstream.body.data.documentId,
    };
  };

  /** Everything the setup API can change, to prove a refused request changed nothing. */
  const snapshot = async () => {
    const tables = ['sms_channel_accounts', 'sms_channel_numbers', 'sms_channel_workstreams'];
    return Promise.all(tables.map((table) => app.strapi.db.getConnection(table).select('*').orderBy('id')));
  };

  const call = (route: RouteCase, fixture: Fixture, session?: AdminSession) => {
    const req = request(app.server)[route.method](route.path(fixture));
    if (session) req.set('Authorization', session.authorization);
    return route.body === undefined ? req : req.send(route.body as object);
  };

  let shared: Fixture;

  beforeAll(async () => {
    app = await startTestApp();
    superApi = adminApi(app, await createSuperAdmin(app));
    sessions.outsider = await createAdminWithActions(app, []);
    sessions.agent = await createAdminWithActions(app, [
      ACTIONS.inboxRead,
      ACTIONS.inboxReply,
      ACTIONS.inboxManage,
    ]);
    sessions.reader = await createAdminWithActions(app, [ACTIONS.settingsRead]);
    sessions.manager = await createAdminWithActions(app, [ACTIONS.settingsManage]);
    shared = await newFixture();
  });

  afterAll(async () => {
    await app.stop();
  });

  describe.each(CASES)('%s', (_name, route) => {
    it('answers 401 without an admin token, and changes nothing', async () => {
      const before = await snapshot();
      const response = await call(route, shared);
      expect(response.status).toBe(401);
      expect(await snapshot()).toEqual(before);
    });

    it.each(['outsider', 'agent'] as const)(
      'answers 403 to an %s without the setup permissions',
      async (who) => {
        const before = await snapshot();
        const response = await call(route, shared, sessions[who]);
        expect(response.status).toBe(403);
        expect(response.body.error).toMatchObject({ status: 403, name: 'PolicyError' });
        expect(await snapshot()).toEqual(before);
      },
    );
  });

  describe.each(READS)('%s with settings-read', (_name, route) => {
    it(`answers ${route.success}`, async () => {
      expect((await call(route, shared, sessions.reader)).status).toBe(route.success);
    });
  });

  describe.each(WRITES)('%s', (_name, route) => {
    it('answers 403 to a reader (settings-read only), and changes nothing', async () => {
      const before = await snapshot();
      const response = await call(route, shared, sessions.reader);
      expect(response.status).toBe(403);
      expect(await snapshot()).toEqual(before);
    });

    it(`answers ${route.success} with settings-manage`, async () => {
      const fixture = await newFixture();
      const response = await call(route, fixture, sessions.manager);
      expect(response.status).toBe(route.success);
    });
  });
});
