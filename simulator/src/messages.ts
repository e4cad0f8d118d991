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

  add(message: Omit<SentMessage, 'history'>): SentMessage {
    const record: SentMessage = { ...message, history: [message.status] };
    this.byReference.set(record.referenceId, record);
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
  }

  /** Oldest first, optionally only those sent to one phone number. */
  list(phoneNumber?: string): SentMessage[] {
    const all = [...this.byReference.values()];
    return phoneNumber === undefined ? all : all.filter((message) => message.phoneNumber === phoneNumber);
  }

  clear(): void {
    this.byReference.clear();
  }
}
