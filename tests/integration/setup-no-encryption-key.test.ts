import { MISSING_ENCRYPTION_KEY_MESSAGE } from '../../server/src/accounts/credential-vault';
import { createSuperAdmin } from '../harness/admin-users';
import { adminApi, newCredentials, type AdminApi } from '../harness/setup-api';
import { startTestApp, type TestApp } from '../harness/strapi';

/** An app made without `admin.secrets.encryptionKey` (older create-strapi-app templates). */
describe('setup API in an app without an encryption key', () => {
  let app: TestApp;
  let api: AdminApi;

  const accounts = () => app.strapi.db.query('plugin::sms-channel.account');

  beforeAll(async () => {
    app = await startTestApp({ env: { ENCRYPTION_KEY: '' } });
    api = adminApi(app, await createSuperAdmin(app));
  });

  afterAll(async () => {
    await app.stop();
  });

  it('refuses to store credentials, says how to set a key, and stores nothing', async () => {
    const credentials = newCredentials();
    const response = await api.post('/sms-channel/accounts', { name: 'Support line', ...credentials });
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({
      name: 'ApplicationError',
      message: MISSING_ENCRYPTION_KEY_MESSAGE,
    });
    expect(response.body.error.message).toMatch(/`secrets.encryptionKey` in config\/admin.*ENCRYPTION_KEY/);
    expect(response.text).not.toContain(credentials.apiKey);
    expect(await accounts().count({})).toBe(0);
  });

  describe('with an account saved before the key went missing', () => {
    let documentId: string;

    beforeAll(async () => {
      const row = (await accounts().create({
        data: {
          name: 'Older account',
          ...newCredentials(),
          apiKeyEncrypted: 'v1:00000000000000000000000000000000:00:00000000000000000000000000000000',
          apiKeyLast4: 'AB==',
          apiHost: 'https://rest-api.telesign.com',
          callbackToken: 'older-account-token-0123456789',
        },
      })) as { documentId: string };
      documentId = row.documentId;
    });

    it('refuses a new key and keeps the row as it was', async () => {
      const before = await accounts().findOne({ where: { documentId } });
      const response = await api.put(`/sms-channel/accounts/${documentId}`, {
        name: 'Renamed',
        apiKey: newCredentials().apiKey,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe(MISSING_ENCRYPTION_KEY_MESSAGE);
      expect(await accounts().findOne({ where: { documentId } })).toEqual(before);
    });

    it('still renames it when no key is sent', async () => {
      const response = await api.put(`/sms-channel/accounts/${documentId}`, { name: 'Renamed' });
      expect(response.status).toBe(200);
      expect(response.body.data).toMatchObject({ name: 'Renamed', apiKeySet: true, apiKeyLast4: 'AB==' });
    });

    it('verifying says the key cannot be decrypted without an encryption key', async () => {
      const response = await api.post(`/sms-channel/accounts/${documentId}/verify`);
      expect(response.status).toBe(200);
      expect(response.body.data.verification).toMatchObject({
        status: 'error',
        detail: expect.stringMatching(/no encryption key\. Set `secrets.encryptionKey` in config\/admin/),
      });
    });
  });
});
