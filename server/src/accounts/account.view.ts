import type { AccountRecord, AccountView } from './account.types';

/** Shapes an account for the admin API; the encrypted key and raw token never leave the server. */
export const toAccountView = (account: AccountRecord, callbackUrl: string | null): AccountView => ({
  documentId: account.documentId,
  name: account.name,
  provider: account.provider,
  customerId: account.customerId,
  apiHost: account.apiHost,
  apiKeySet: Boolean(account.apiKeyEncrypted),
  apiKeyLast4: account.apiKeyLast4,
  callbackUrl,
  verification: {
    status: account.verificationStatus,
    checkedAt: account.verificationCheckedAt,
    detail: account.verificationDetail,
  },
  lastCallbackAt: account.lastCallbackAt,
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
});
