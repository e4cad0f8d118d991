import type { MessageValues } from '../errors/message-format';
import type { NumberView } from '../numbers/number.types';

export const VERIFICATION_STATES = [
  'unverified',
  'valid',
  'invalid-customer-id',
  'invalid-api-key',
  'suspended',
  'sms-not-enabled',
  'wrong-host',
  'unreachable',
  'error',
] as const;

export type VerificationStatus = (typeof VERIFICATION_STATES)[number];

/**
 * How to get the callback URL registered: TeleSign support sets it on the account on request
 * (e-mail with the URL and the customer ID). The values depend on the account, so they are
 * served filled in; `steps` is the English text, which the admin may replace with its translation.
 */
export interface CallbackRegistration {
  emailTo: string;
  subject: string;
  /** A ready-to-send English message with the customer ID and callback URL. */
  body: string;
  /** `mailto:` link with the subject and body filled in. */
  mailtoUrl: string;
  steps: string[];
}

/** The account's last credential check. */
export interface AccountVerification {
  status: VerificationStatus;
  checkedAt: string | null;
  /** The verdict in English: what TeleSign said and what to fix. */
  detail: string | null;
  /**
   * The verdict's code in the error catalog (`verification.*`) and the values in its text, for
   * showing it translated; null before a check, and for a check stored before verdicts had codes.
   */
  code: string | null;
  values: MessageValues | null;
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
  /** Null until the app knows its public URL (plugin `publicUrl` or Strapi `server.url`). */
  callbackUrl: string | null;
  /** What to configure so TeleSign can reach the callback URL; null when nothing is needed. */
  callbackUrlWarning: string | null;
  /** Null while there is no callback URL to register. */
  callbackRegistration: CallbackRegistration | null;
  verification: AccountVerification;
  numbers: NumberView[];
  lastCallbackAt: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Body of `POST /sms-channel/accounts`. `apiHost` defaults to the self-service host. */
export interface AccountCreateBody {
  name: string;
  customerId: string;
  apiKey: string;
  apiHost?: string;
  provider?: 'telesign';
}

/** Body of `PUT /sms-channel/accounts/:id`: any subset; an omitted, null or empty `apiKey` keeps the stored key. */
export interface AccountUpdateBody {
  name?: string;
  customerId?: string;
  apiKey?: string | null;
  apiHost?: string;
}

/** Answer of `DELETE /sms-channel/accounts/:id`. */
export interface AccountDeletion {
  documentId: string;
  name: string;
  /** Digits of the numbers deleted with the account. */
  removedNumbers: string[];
  message: string;
}
