import type { VerificationStatus } from '../../../shared/contracts/accounts/account.types';
import type { MessageValues } from '../../../shared/contracts/errors/problem';
import type { NumberRecord } from '../numbers/number.types';

export type {
  AccountCreateBody,
  AccountDeletion,
  AccountUpdateBody,
  AccountView,
  CallbackRegistration,
  VerificationStatus,
} from '../../../shared/contracts/accounts/account.types';

/** An account row as the query engine returns it. */
export interface AccountRecord {
  id: number;
  documentId: string;
  name: string;
  provider: 'telesign';
  customerId: string;
  apiKeyEncrypted: string | null;
  apiKeyLast4: string | null;
  apiHost: string;
  callbackToken: string;
  verificationStatus: VerificationStatus;
  verificationCheckedAt: string | null;
  verificationDetail: string | null;
  /** Null for a check stored before verdicts had codes: only its English detail says it. */
  verificationCode: string | null;
  verificationValues: MessageValues | null;
  lastCallbackAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An account with its numbers (and their workstreams) populated. */
export interface AccountWithNumbers extends AccountRecord {
  numbers: NumberRecord[];
}
