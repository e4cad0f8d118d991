import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import type { AdminSession } from './admin-users';
import type { TestApp } from './strapi';

/** The admin API as one signed-in admin calls it. */
export const adminApi = (app: TestApp, session: AdminSession) => {
  const call = (method: 'get' | 'post' | 'put' | 'delete', path: string, body?: unknown) => {
    const req = request(app.server)[method](path).set('Authorization', session.authorization);
    return body === undefined ? req : req.send(body as object);
  };
  return {
    get: (path: string) => call('get', path),
    post: (path: string, body?: unknown) => call('post', path, body ?? {}),
    put: (path: string, body: unknown) => call('put', path, body),
    delete: (path: string) => call('delete', path),
  };
};

export type AdminApi = ReturnType<typeof adminApi>;

/** A customer ID and API key in TeleSign's formats; every call gives new ones. */
export const newCredentials = (): { customerId: string; apiKey: string } => ({
  customerId: randomUUID().toUpperCase(),
  apiKey: randomBytes(64).toString('base64'),
});

/** Creates an account through the API and returns its view; fails the test on any other answer. */
export const createAccountViaApi = async (
  api: AdminApi,
  body: Partial<{ name: string; customerId: string; apiKey: string; apiHost: string }> = {},
): Promise<{ documentId: string; customerId: string; apiKey: string; callbackUrl: string | null }> => {
  const credentials = newCredentials();
  const payload = { name: 'Support line', ...credentials, ...body };
  const response = await api.post('/sms-channel/accounts', payload);
  if (response.status !== 201)
    throw new Error(`account creation failed (${response.status}): ${response.text}`);
  return { ...response.body.data, apiKey: payload.apiKey };
};

/** Adds a number to an account through the API and returns its view. */
export const addNumberViaApi = async (
  api: AdminApi,
  accountId: string,
  number: string,
  type: 'geo' | 'short-code' | 'toll-free' = 'geo',
): Promise<{ documentId: string; number: string }> => {
  const response = await api.post(`/sms-channel/accounts/${accountId}/numbers`, { number, type });
  if (response.status !== 201)
    throw new Error(`number creation failed (${response.status}): ${response.text}`);
  return response.body.data;
};
