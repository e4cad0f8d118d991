import type { SendRequest } from './send-request';
import type { TeleSignStatus } from './telesign-wire';

/** Messages accepted on `POST /v1/messaging`, with every status they went through. */

export interface SentMessage extends SendRequest {
  referenceId: string;
  customerId: string;
  /** TeleSign's `submit_timestamp`. */
  submittedAt: string;
  status: TeleSignStatus;
  history: TeleSignStatus[];
}

export class MessageStore {
  private readonly byReference = new Map<string, SentMessage>();

  /** `onChange` hears of every change, e.g. to save the state. */
  constructor(private readonly onChange: () => void = () => undefined) {}

  add(message: Omit<SentMessage, 'history'>): SentMessage {
    const record: SentMessage = { ...message, history: [message.status] };
    this.byReference.set(record.referenceId, record);
    this.onChange();
    return record;
  }

  get(referenceId: string): SentMessage | undefined {
    return this.byReference.get(referenceId.toUpperCase());
  }

  setStatus(referenceId: string, status: TeleSignStatus): void {
    const message = this.get(referenceId);
    if (!message) return;
    message.status = status;
    message.history.push(status);
    this.onChange();
  }

  /** Oldest first, optionally only those sent to one phone number. */
  list(phoneNumber?: string): SentMessage[] {
    const all = [...this.byReference.values()];
    return phoneNumber === undefined ? all : all.filter((message) => message.phoneNumber === phoneNumber);
  }

  /** Messages saved by an earlier run (see state-file.ts). */
  restore(saved: SentMessage[]): void {
    for (const message of saved) this.byReference.set(message.referenceId, message);
  }

  clear(): void {
    this.byReference.clear();
    this.onChange();
  }
}
