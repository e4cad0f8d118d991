import type { CallbackDispatcher } from './callbacks';
import type { CustomerStore } from './customers';
import { OUTCOMES, type DestinationOutcomes } from './destinations';
import type { MessageStore, SentMessage } from './messages';
import type { Scheduler } from './scheduler';
import { MESSAGE_STATUS, statusAt } from './telesign-wire';

/**
 * Plays out an accepted message's life: a "290 Message in progress" report, then the final report
 * the destination calls for (200 by default). Each report updates the status seen by
 * `GET /v1/messaging/:reference_id` and is pushed, signed, to the request's `callback_url` or else
 * the account's callback URL (docs/telesign.md §3.2).
 */

export interface DeliveryReportDeps {
  delays: { inProgressMs: number; finalMs: number };
  scheduler: Scheduler;
  messages: MessageStore;
  customers: CustomerStore;
  outcomes: DestinationOutcomes;
  callbacks: CallbackDispatcher;
  log: (line: string) => void;
}

type ReportedStatus = { code: number; description: string };

export class DeliveryReports {
  constructor(private readonly deps: DeliveryReportDeps) {}

  /** The outcome is fixed when the message is accepted, as the network's fate would be. */
  start(message: SentMessage): void {
    const { scheduler, delays } = this.deps;
    const finalStatus = OUTCOMES[this.deps.outcomes.get(message.phoneNumber)];
    scheduler.after(delays.inProgressMs, () => {
      this.report(message, MESSAGE_STATUS.inProgress);
      if (finalStatus) scheduler.after(delays.finalMs, () => this.report(message, finalStatus));
    });
  }

  private report(message: SentMessage, reported: ReportedStatus): void {
    const status = statusAt(reported);
    // The 290 report restates the status given at acceptance; history keeps transitions only.
    if (status.code !== message.status.code) this.deps.messages.setStatus(message.referenceId, status);

    const customer = this.deps.customers.get(message.customerId);
    const url = message.callbackUrl ?? customer?.callbackUrl;
    if (!customer || !url) {
      this.deps.log(
        `delivery report ${status.code} for ${message.referenceId} not sent: no callback_url and no account callback URL`,
      );
      return;
    }
    void this.deps.callbacks.dispatch({
      kind: 'delivery-report',
      referenceId: message.referenceId,
      url,
      customerId: customer.customerId,
      apiKey: customer.apiKey,
      payload: {
        reference_id: message.referenceId,
        status,
        submit_timestamp: message.submittedAt,
        external_id: message.externalId,
      },
    });
  }
}
