import { randomBytes } from 'node:crypto';
import type { TestApp } from './strapi';

export interface TestAccount {
  id: number;
  documentId: string;
  customerId: string;
  apiKey: string;
  callbackToken: string;
}

interface AccountsService {
  create(input: { name: string; customerId: string; apiKey: string; apiHost: string }): Promise<{
    documentId: string;
  }>;
}

/**
 * Creates an account through the plugin's accounts service, as the setup API does (key encrypted,
 * callback token issued), so callback tests do not depend on the setup wizard. Answers what a test
 * signs and addresses callbacks with, the id and callback token read back from the stored account.
 */
export const createAccount = async (
  app: TestApp,
  overrides: Partial<{ customerId: string; apiKey: string; name: string; apiHost: string }> = {},
): Promise<TestAccount> => {
  const customerId = overrides.customerId ?? 'AB12CD34-0000-4000-8000-00000000C0DE';
  const apiKey = overrides.apiKey ?? randomBytes(64).toString('base64');
  const accounts = app.strapi.plugin('sms-channel').service('accounts') as AccountsService;
  const { documentId } = await accounts.create({
    name: overrides.name ?? 'Support line',
    customerId,
    apiKey,
    apiHost: overrides.apiHost ?? 'https://rest-api.telesign.com',
  });
  const stored = (await app.strapi.db
    .query('plugin::sms-channel.account')
    .findOne({ where: { documentId }, select: ['id', 'callbackToken'] })) as {
    id: number;
    callbackToken: string;
  };
  return { id: stored.id, documentId, customerId, apiKey, callbackToken: stored.callbackToken };
};
