import { z } from 'zod';

import { VERIFICATION_STATES } from '../../../shared/contracts/accounts/account.types';

import { numberSchema } from './numbers';
import { fetchAllPages } from './pages';
import { LIST, TAGS, smsApi } from './smsApi';

import type {
  AccountCreateBody,
  AccountUpdateBody,
  AccountView,
} from '../../../shared/contracts/accounts/account.types';

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
    code: z.string().nullable(),
    values: z.record(z.string(), z.union([z.string(), z.number()])).nullable(),
  }),
  lastCallbackAt: z.string().nullable(),
  numbers: z.array(numberSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
}) satisfies z.ZodType<AccountView>;

const accountAnswerSchema = z.object({ data: accountSchema });

type Account = z.infer<typeof accountSchema>;
type VerificationState = Account['verification']['status'];

const parseAccount = (answer: unknown): Account => accountAnswerSchema.parse(answer).data;

const accountTags = (documentId: string) => [
  { type: TAGS.account, id: documentId },
  { type: TAGS.account, id: LIST },
];

const accountsApi = smsApi.injectEndpoints({
  endpoints: (build) => ({
    smsAccounts: build.query<Account[], void>({
      queryFn: (_arg, _api, _extra, baseQuery) => fetchAllPages(baseQuery, ACCOUNTS_URL, accountSchema),
      providesTags: (accounts = []) => [
        { type: TAGS.account, id: LIST },
        ...accounts.map((account) => ({ type: TAGS.account, id: account.documentId })),
      ],
    }),
    smsAccount: build.query<Account, string>({
      query: (documentId) => accountUrl(documentId),
      transformResponse: parseAccount,
      providesTags: (_account, _error, documentId) => [{ type: TAGS.account, id: documentId }],
    }),
    smsCreateAccount: build.mutation<Account, AccountCreateBody>({
      query: (body) => ({ url: ACCOUNTS_URL, method: 'POST', data: body }),
      transformResponse: parseAccount,
      invalidatesTags: [{ type: TAGS.account, id: LIST }],
    }),
    smsUpdateAccount: build.mutation<Account, { documentId: string; body: AccountUpdateBody }>({
      query: ({ documentId, body }) => ({ url: accountUrl(documentId), method: 'PUT', data: body }),
      transformResponse: parseAccount,
      invalidatesTags: (_account, _error, { documentId }) => accountTags(documentId),
    }),
    smsDeleteAccount: build.mutation<void, string>({
      query: (documentId) => ({ url: accountUrl(documentId), method: 'DELETE' }),
      // Its numbers leave their workstreams and can no longer send.
      invalidatesTags: (_result, _error, documentId) => [
        ...accountTags(documentId),
        TAGS.workstream,
        TAGS.sendingNumber,
      ],
    }),
    /** Asks TeleSign whether the stored credentials work; the answer is stored on the account. */
    smsVerifyAccount: build.mutation<Account, string>({
      query: (documentId) => ({ url: `${accountUrl(documentId)}/verify`, method: 'POST' }),
      transformResponse: parseAccount,
      invalidatesTags: (_account, _error, documentId) => accountTags(documentId),
    }),
    /** Replaces the callback URL's token: the old URL stops working at once. */
    smsRegenerateCallbackUrl: build.mutation<Account, string>({
      query: (documentId) => ({ url: `${accountUrl(documentId)}/callback-token`, method: 'POST' }),
      transformResponse: parseAccount,
      invalidatesTags: (_account, _error, documentId) => accountTags(documentId),
    }),
  }),
});

export const {
  useSmsAccountQuery,
  useSmsAccountsQuery,
  useSmsCreateAccountMutation,
  useSmsDeleteAccountMutation,
  useSmsRegenerateCallbackUrlMutation,
  useSmsUpdateAccountMutation,
  useSmsVerifyAccountMutation,
} = accountsApi;

export { type Account, type VerificationState };
