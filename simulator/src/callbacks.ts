import { setMaxListeners } from 'node:events';
import { signCallbackBody } from '../../server/src/telesign/signing';
import { postOnce } from './http-post';
import type { Scheduler } from './scheduler';

/**
 * Pushes callbacks the way TeleSign does: a compact JSON body, signed over its exact bytes with the
 * account's API key and sent as both `Authorization: TSA <cid>:<sig>` and the bare
 * `X-TS-Authorization: <sig>`. Anything but a 200 is retried on the configured schedule
 * (TeleSign: after 10 s, then 30 s, so 3 attempts). Every attempt is logged.
 */

export type CallbackKind = 'delivery-report' | 'mo_sms';

export interface CallbackAttempt {
  id: number;
  kind: CallbackKind;
  referenceId: string;
  customerId: string;
  url: string;
  attempt: number;
  maxAttempts: number;
  sentAt: string;
  durationMs: number;
  body: string;
  status: number | null;
  responseBody: string;
  error: string | null;
  delivered: boolean;
}

export interface CallbackJob {
  kind: CallbackKind;
  referenceId: string;
  url: string;
  customerId: string;
  apiKey: string;
  payload: unknown;
  /** Called after each attempt; `final` once no further attempt will follow. */
  onAttempt?: (attempt: CallbackAttempt, final: boolean) => void;
}

export interface CallbackOptions {
  retryDelaysMs: number[];
  timeoutMs: number;
}

/**
 * One signal for every attempt in flight; each adds a listener while it lasts, and hundreds may be
 * in flight in a load test, which is not the leak Node's default limit of 10 warns about.
 */
const newCancellation = (): AbortController => {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
};

export class CallbackDispatcher {
  private readonly attempts: CallbackAttempt[] = [];
  private cancellation = newCancellation();
  private nextId = 1;

  constructor(
    private readonly options: CallbackOptions,
    private readonly scheduler: Scheduler,
    private readonly log: (line: string) => void,
  ) {}

  /** Resolves with the first attempt; retries carry on in the background. */
  dispatch(job: CallbackJob): Promise<CallbackAttempt> {
    const body = JSON.stringify(job.payload);
    const signature = signCallbackBody(job.apiKey, body);
    const headers = {
      'Content-Type': 'application/json',
      Authorization: `TSA ${job.customerId}:${signature}`,
      'X-TS-Authorization': signature,
    };
    const maxAttempts = this.options.retryDelaysMs.length + 1;
    const { signal } = this.cancellation;

    const attempt = async (number: number): Promise<CallbackAttempt> => {
      const sentAt = new Date();
      const outcome = await postOnce(job.url, body, headers, this.options.timeoutMs, signal);
      const record: CallbackAttempt = {
        id: this.nextId++,
        kind: job.kind,
        referenceId: job.referenceId,
        customerId: job.customerId,
        url: job.url,
        attempt: number,
        maxAttempts,
        sentAt: sentAt.toISOString(),
        durationMs: Date.now() - sentAt.getTime(),
        body,
        ...outcome,
        delivered: outcome.status === 200,
      };
      // A reset or shutdown cancelled this attempt: it belongs to state that no longer exists.
      if (signal.aborted) return record;
      this.attempts.push(record);
      this.log(
        `callback ${job.kind} ${job.referenceId} attempt ${number}/${maxAttempts} → ${job.url}: ${outcome.status ?? outcome.error}`,
      );
      const final = record.delivered || number === maxAttempts;
      job.onAttempt?.(record, final);
      if (!final) {
        this.scheduler.after(this.options.retryDelaysMs[number - 1], async () => {
          await attempt(number + 1);
        });
      }
      return record;
    };
    return attempt(1);
  }

  list(): CallbackAttempt[] {
    return [...this.attempts];
  }

  /** Aborts attempts in flight and forgets the log (retries are cancelled by the scheduler). */
  reset(): void {
    this.cancellation.abort();
    this.cancellation = newCancellation();
    this.attempts.length = 0;
  }
}
