import { z } from 'zod';

import { VERIFICATION_STATES } from '../../../server/src/content-types/account';

import { numberSchema } from './numbers';
import { fetchAllPages } from './pages';

import type {
  AccountCreateBody,
  AccountUpdateBody,
  AccountView,
} from '../../../server/src/accounts/account.types';
import type { FetchClient } from '@strapi/strapi/admin';

/** Admin routes carry no `/admin` or `/api` prefix. */
const ACCOUNTS_URL = '/sms-channel/accounts';

const accountUrl = (documentId: string) => `${ACCOUNTS_URL}/${encodeURIComponent(documentId)}`;

/**
 * An account as the admin API returns it. Parsing checks the server's answer against what the pages
 * render, so a contract change shows up as a clear error instead of blank cells; `satisfies` makes the
 * type checker flag any drift from the server's own view type.
 */
const accountSchema = z.object({
  documentId: z.string(),
  name: z.string(),
  provider: z.literal('telesign'),
  customerId: z.string(),
  apiHost: z.string(),
  apiKeySet: z.boolean(),
  apiKeyLast4: z.string().nullable(),
  /** `null` until the app knows its public URL (the plugin's `publicUrl` or Strapi's `server.url`). */
  callbackUrl: z.string().nullable(),
  /** What to change so TeleSign can reach the callback URL, when it cannot as things stand. */
  callbackUrlWarning: z.string().nullable(),
  /** Who to send the callback URL to and under which subject; `null` while there is no URL. */
  callbackRegistration: z
    .object({
      emailTo: z.string(),
      subject: z.string(),
      body: z.string(),
      mailtoUrl: z.string(),
      steps: z.array(z.string()),
    })
    .nullable(),
  verification: z.object({
    status: z.enum(VERIFICATION_STATES),
    checkedAt: z.string().nullable(),
    detail: z.string().nullable(),
  }),
  lastCallbackAt: z.string().nullable(),
  numbers: z.array(numberSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<AccountView>;

const accountAnswerSchema = z.object({ data: accountSchema });

type Account = z.infer<typeof accountSchema>;
type VerificationState = Account['verification']['status'];

const listAccounts = (client: FetchClient): Promise<Account[]> =>
  fetchAllPages(client, ACCOUNTS_URL, accountSchema);

const getAccount = async (client: FetchClient, documentId: string): Promise<Account> => {
  const { data } = await client.get(accountUrl(documentId));
  return accountAnswerSchema.parse(data).data;
};

const createAccount = async (client: FetchClient, body: AccountCreateBody): Promise<Account> => {
  const { data } = await client.post(ACCOUNTS_URL, body);
  return accountAnswerSchema.parse(data).data;
};

const updateAccount = async (
  client: FetchClient,
  documentId: string,
  body: AccountUpdateBody,
): Promise<Account> => {
  const { data } = await client.put(accountUrl(documentId), body);
  return accountAnswerSchema.parse(data).data;
};

const deleteAccount = async (client: FetchClient, documentId: string): Promise<void> => {
  await client.del(accountUrl(documentId));
};

/** Asks TeleSign whether the stored credentials work; the answer is stored on the account. */
const verifyAccount = async (client: FetchClient, documentId: string): Promise<Account> => {
  const { data } = await client.post(`${accountUrl(documentId)}/verify`);
  return accountAnswerSchema.parse(data).data;
};

/** Replaces the callback URL's token: the old URL stops working at once. */
const regenerateCallbackUrl = async (client: FetchClient, documentId: string): Promise<Account> => {
  const { data } = await client.post(`${accountUrl(documentId)}/callback-token`);
  return accountAnswerSchema.parse(data).data;
};

export {
  createAccount,
  deleteAccount,
  getAccount,
  listAccounts,
  regenerateCallbackUrl,
  updateAccount,
  verifyAccount,
  type Account,
  type VerificationState,
};
