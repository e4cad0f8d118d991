import { randomBytes } from 'node:crypto';
import type { TestApp } from './strapi';

export interface TestAccount {
  id: number;
  documentId: string;
  customerId: string;
  apiKey: string;
  callbackToken: string;
}

/**
 * Inserts an account with an encrypted key, the way the setup API stores one, so callback tests
 * do not depend on the setup wizard.
 */
export const insertAccount = async (
  app: TestApp,
  overrides: Partial<{ customerId: string; apiKey: string; name: string; apiHost: string }> = {},
): Promise<TestAccount> => {
  const customerId = overrides.customerId ?? 'AB12CD34-0000-4000-8000-00000000C0DE';
  const apiKey = overrides.apiKey ?? randomBytes(64).toString('base64');
  const callbackToken = randomBytes(32).toString('base64url');
  const encryption = app.strapi.service('admin::encryption') as { encrypt(value: string): string };
  const row = (await app.strapi.db.query('plugin::sms-channel.account').create({
    data: {
      name: overrides.name ?? 'Support line',
      customerId,
      apiKeyEncrypted: encryption.encrypt(apiKey),
      apiKeyLast4: apiKey.slice(-4),
      apiHost: overrides.apiHost ?? 'https://rest-api.telesign.com',
      callbackToken,
    },
  })) as { id: number; documentId: string };
  return { id: row.id, documentId: row.documentId, customerId, apiKey, callbackToken };
};
