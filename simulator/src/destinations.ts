import { MESSAGE_STATUS } from './telesign-wire';

/**
 * What happens to an SMS sent to a given phone number. Every number is a reachable handset unless
 * the control API says otherwise, so tests can make one number fail in a chosen way.
 */

export const OUTCOMES = {
  /** 290, then 200 Delivered to handset. */
  delivered: MESSAGE_STATUS.delivered,
  /** 290, then 210 Temporary phone error (phone off, memory full). */
  unreachable: MESSAGE_STATUS.temporaryPhoneError,
  /** 290, then 503 Carrier rejected - temporary problem (retryable). */
  'carrier-error': MESSAGE_STATUS.carrierTemporaryError,
  /** 290, then 510: the subscriber opted out (TeleSign-managed STOP). */
  'opted-out': MESSAGE_STATUS.blockedBySubscriber,
  /** 290 only: no final report ever comes, as when a DLR is lost. */
  'no-final-report': null,
} as const;

export type Outcome = keyof typeof OUTCOMES;
export const OUTCOME_NAMES = Object.keys(OUTCOMES) as [Outcome, ...Outcome[]];

export class DestinationOutcomes {
  private readonly byPhone = new Map<string, Outcome>();

  set(phoneNumber: string, outcome: Outcome): void {
    if (outcome === 'delivered') this.byPhone.delete(phoneNumber);
    else this.byPhone.set(phoneNumber, outcome);
  }

  get(phoneNumber: string): Outcome {
    return this.byPhone.get(phoneNumber) ?? 'delivered';
  }

  list(): Array<{ phoneNumber: string; outcome: Outcome }> {
    return [...this.byPhone].map(([phoneNumber, outcome]) => ({ phoneNumber, outcome }));
  }

  clear(): void {
    this.byPhone.clear();
  }
}
