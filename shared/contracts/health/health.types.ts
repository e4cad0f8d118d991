import type { VerificationStatus } from '../accounts/account.types';

/**
 * The latest problem of an account: a send that failed (given up on, blocked, to be tried again, or
 * with an unknown outcome), or a callback that could not be processed.
 */
export interface AccountProblem {
  at: string;
  source: 'send' | 'callback';
  message: string;
}

export interface AccountHealth {
  documentId: string;
  name: string;
  /** The business numbers of the account, digits. */
  numbers: string[];
  credentials: {
    apiKeySet: boolean;
    /** False when the stored key cannot be decrypted (the app's encryption key changed): nothing can be sent or verified. */
    decryptable: boolean;
    verificationStatus: VerificationStatus;
    verificationCheckedAt: string | null;
  };
  /** When TeleSign last called the account's callback URL (any accepted event). */
  lastCallbackAt: string | null;
  lastError: AccountProblem | null;
  /** Messages from the account's numbers still on their way. */
  queue: { queued: number; sending: number; unknown: number };
  /**
   * Until when this process holds the account's queued messages back because TeleSign failed like
   * an outage (then one is tried, and the hold lasts until one gets through); null: sending as usual.
   */
  sendingPausedUntil: string | null;
}

/** `GET /sms-channel/health`. */
export interface HealthReport {
  checkedAt: string;
  accounts: AccountHealth[];
  callbacks: {
    /** Acknowledged to TeleSign but not processed yet (normally 0 within a second). */
    unprocessed: number;
    oldestUnprocessedAt: string | null;
    /** Unprocessed events whose last processing attempt failed; they are retried with backoff. */
    failing: number;
    /**
     * Kept but not turned into a message or a status change, by reason; `otherAccount` and
     * `invalid` were set aside (a number or message of another account; not a phone number).
     */
    notProcessable: {
      unsupported: number;
      unroutable: number;
      unmatched: number;
      otherAccount: number;
      invalid: number;
    };
  };
  /** Conversations not closed whose business number has no workstream: no agent queue shows them. */
  conversationsWithoutWorkstream: number;
  sender: { enabled: boolean };
}
