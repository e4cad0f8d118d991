import type { VERIFICATION_STATES } from '../content-types/account';

export type VerificationStatus = (typeof VERIFICATION_STATES)[number];

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
  lastCallbackAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** What the admin API returns for an account: never the key, never the bare token. */
export interface AccountView {
  documentId: string;
  name: string;
  provider: 'telesign';
  customerId: string;
  apiHost: string;
  apiKeySet: boolean;
  apiKeyLast4: string | null;
  callbackUrl: string | null;
  verification: { status: VerificationStatus; checkedAt: string | null; detail: string | null };
  lastCallbackAt: string | null;
  createdAt: string;
  updatedAt: string;
}
