import { toNumberView } from '../numbers/number.view';
import type { AccountView, AccountWithNumbers } from './account.types';
import { buildCallbackRegistration } from './callback-registration';

export interface CallbackContext {
  callbackUrl: string | null;
  callbackUrlWarning: string | null;
}

/** Shapes an account for the admin API; the encrypted key and raw token never leave the server. */
export const toAccountView = (account: AccountWithNumbers, callback: CallbackContext): AccountView => ({
  documentId: account.documentId,
  name: account.name,
  provider: account.provider,
  customerId: account.customerId,
  apiHost: account.apiHost,
  apiKeySet: Boolean(account.apiKeyEncrypted),
  apiKeyLast4: account.apiKeyLast4,
  callbackUrl: callback.callbackUrl,
  callbackUrlWarning: callback.callbackUrlWarning,
  callbackRegistration: buildCallbackRegistration(account.customerId, callback.callbackUrl),
  verification: {
    status: account.verificationStatus,
    checkedAt: account.verificationCheckedAt,
    detail: account.verificationDetail,
    code: account.verificationCode,
    values: account.verificationValues,
  },
  numbers: account.numbers.map(toNumberView),
  lastCallbackAt: account.lastCallbackAt,
  createdAt: account.createdAt,
  updatedAt: account.updatedAt,
});
