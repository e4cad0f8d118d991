import request from 'supertest';
import { ACTIONS } from '../../shared/contracts/permissions/actions';
import { createAdminWithActions, createSuperAdmin } from '../harness/admin-users';
import { createAccount } from '../harness/accounts';
import { startTestApp, type TestApp } from '../harness/strapi';

describe('admin API access control', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });

  afterAll(async () => {
    await app.stop();
  });

  it('answers 401 without an admin token', async () => {
    const response = await request(app.server).get('/sms-channel/accounts');
    expect(response.status).toBe(401);
  });

  it('answers 403 to an admin whose role lacks the plugin permission', async () => {
    const outsider = await createAdminWithActions(app, []);
    const response = await request(app.server)
      .get('/sms-channel/accounts')
      .set('Authorization', outsider.authorization);
    expect(response.status).toBe(403);
  });

  it('answers 403 to an agent who may read the inbox but not the setup', async () => {
    const agent = await createAdminWithActions(app, [ACTIONS.inboxRead]);
    const response = await request(app.server)
      .get('/sms-channel/accounts')
      .set('Authorization', agent.authorization);
    expect(response.status).toBe(403);
  });

  it('answers 200 to a role granted settings-read, and never returns the API key', async () => {
    const account = await createAccount(app);
    const reader = await createAdminWithActions(app, [ACTIONS.settingsRead]);
    const response = await request(app.server)
      .get('/sms-channel/accounts')
      .set('Authorization', reader.authorization);
    expect(response.status).toBe(200);
    expect(response.body.data).toEqual([
      expect.objectContaining({
        documentId: account.documentId,
        apiKeySet: true,
        apiKeyLast4: account.apiKey.slice(-4),
      }),
    ]);
    expect(response.text).not.toContain(account.apiKey);
    expect(response.text).not.toContain('apiKeyEncrypted');
  });

  it('answers 200 to a super admin', async () => {
    const admin = await createSuperAdmin(app);
    const response = await request(app.server)
      .get('/sms-channel/accounts')
      .set('Authorization', admin.authorization);
    expect(response.status).toBe(200);
  });
});
