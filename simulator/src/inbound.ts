import type { CallbackAttempt, CallbackDispatcher } from './callbacks';
import { isoCountryOf } from './country';
import type { CustomerStore } from './customers';
import { actionFor, keywordOf } from './keywords';
import { newReferenceId } from './reference-id';
import { MESSAGE_STATUS, statusAt, teleSignTimestamp } from './telesign-wire';

/**
 * A customer texts a business number: the owning account receives an `mo_sms` callback shaped as
 * in docs/telesign.md §3.3. Each text is kept with its delivery state for the phone page.
 */

export interface InboundText {
  referenceId: string;
  from: string;
  to: string;
  text: string;
  customerId: string;
  submittedAt: string;
  delivery: 'sending' | 'retrying' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
}

export type InboundResult =
  | { ok: true; text: InboundText; firstAttempt: CallbackAttempt }
  | { ok: false; reason: 'unknown-number' | 'no-callback-url'; message: string };

const moSmsPayload = (text: InboundText): Record<string, unknown> => {
  const keyword = keywordOf(text.text);
  return {
    reference_id: text.referenceId,
    status: statusAt(MESSAGE_STATUS.deliveredToCustomer),
    submit_timestamp: text.submittedAt,
    errors: [],
    sub_resource: 'mo_sms',
    user_response: {
      phone_number: text.from,
      sender_id: text.to,
      iso_country_code: isoCountryOf(text.from),
      mo_message: text.text,
      action: actionFor(keyword),
      keyword,
    },
  };
};

export class InboundTexts {
  private readonly texts: InboundText[] = [];

  constructor(
    private readonly customers: CustomerStore,
    private readonly callbacks: CallbackDispatcher,
    /** Hears of every change, e.g. to save the state. */
    private readonly onChange: () => void = () => undefined,
  ) {}

  async receive(from: string, to: string, content: string): Promise<InboundResult> {
    const customer = this.customers.ownerOfNumber(to);
    if (!customer) {
      return {
        ok: false,
        reason: 'unknown-number',
        message: `No customer owns business number ${to}; add it to a customer's "numbers" with PUT /_sim/customers/:customerId.`,
      };
    }
    if (!customer.callbackUrl) {
      return {
        ok: false,
        reason: 'no-callback-url',
        message: `Customer ${customer.customerId} has no callback URL; register one on the simulator's /support page (or PUT /_sim/customers/${customer.customerId}).`,
      };
    }
    const text: InboundText = {
      referenceId: newReferenceId(),
      from,
      to,
      text: content,
      customerId: customer.customerId,
      submittedAt: teleSignTimestamp(),
      delivery: 'sending',
      attempts: 0,
      lastStatus: null,
      lastError: null,
    };
    this.texts.push(text);
    this.onChange();
    const firstAttempt = await this.callbacks.dispatch({
      kind: 'mo_sms',
      referenceId: text.referenceId,
      url: customer.callbackUrl,
      customerId: customer.customerId,
      apiKey: customer.apiKey,
      payload: moSmsPayload(text),
      onAttempt: (attempt, final) => {
        text.attempts = attempt.attempt;
        text.lastStatus = attempt.status;
        text.lastError = attempt.error;
        text.delivery = attempt.delivered ? 'delivered' : final ? 'failed' : 'retrying';
        this.onChange();
      },
    });
    return { ok: true, text, firstAttempt };
  }

  /** Oldest first, optionally only those one phone sent. */
  list(from?: string): InboundText[] {
    return from === undefined ? [...this.texts] : this.texts.filter((text) => text.from === from);
  }

  /**
   * Texts saved by an earlier run (see state-file.ts). Callback attempts still due when it stopped
   * died with it, so a text that was not delivered by then stays undelivered.
   */
  restore(saved: InboundText[]): void {
    for (const text of saved) {
      const interrupted = text.delivery === 'sending' || text.delivery === 'retrying';
      this.texts.push(
        interrupted
          ? { ...text, delivery: 'failed', lastError: 'the simulator stopped before delivering it' }
          : text,
      );
    }
  }

  clear(): void {
    this.texts.length = 0;
    this.onChange();
  }
}
