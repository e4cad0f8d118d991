import { backoffDelayMs } from '../runtime/backoff';
import { TeleSignApiError, TeleSignNetworkError } from '../telesign/errors';
import type { SendOutcome } from './outage-breaker';

export interface RetryPolicyConfig {
  maxAttempts: number;
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  /** The budget a TeleSign call had, for the wording of timeouts. */
  requestTimeoutMs: number;
  /**
   * The attempt was the one tried when an outage pause ended: if it meets the outage too, it does
   * not count towards giving up, or every pause would bring the oldest message closer to failing.
   */
  outageTrial?: boolean;
}

/** What to do with a message whose send attempt did not get a 2xx from TeleSign. */
export type FailureDecision =
  | { kind: 'retry'; delayMs: number; reason: string; pauseNumberMs: number }
  | { kind: 'unknown'; reason: string }
  | { kind: 'failed'; reason: string; providerCode: number | null; providerDescription: string | null };

/** Hints for TeleSign codes whose fix is on the admin's side. */
const HINTS: Record<number, string> = {
  10008: 'The API key does not match the customer ID: check the account (Setup → Verify).',
  10009: 'Check the account (Setup → Verify).',
  10010: 'The TeleSign account is suspended; contact TeleSign.',
  10011: 'SMS is not enabled for this TeleSign account; ask TeleSign to enable it.',
  10013: 'TeleSign does not know this customer ID: check the account (Setup → Verify).',
  10015: 'TeleSign does not know this customer ID: check the account (Setup → Verify).',
  10022: 'The API key is wrong: check the account (Setup → Verify).',
  10033: 'A trial account may only text numbers verified in the TeleSign portal.',
  10035: 'This customer ID belongs to the other TeleSign API host: change the account’s API host.',
  11000: "Check the customer's number: digits with the country code.",
  11001: "Check the country code of the customer's number.",
  11013: 'TeleSign does not accept this business number as sender ID; ask TeleSign to enable it.',
};

const describeApiError = (error: TeleSignApiError): string => {
  const status =
    error.code !== undefined
      ? `${error.code} ${error.description ?? ''}`.trim()
      : `no TeleSign status (${typeof error.body === 'string' ? 'a non-JSON answer' : 'an unrecognised body'})`;
  return `${status} (HTTP ${error.httpStatus})`;
};

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The sender's policy, from the one fact that matters for an SMS: could TeleSign have sent it?
 * - refused before sending (connection never made), 429, 5xx and 10000: retry with backoff
 *   (429 waits at least its Retry-After), until `maxAttempts`, then `failed`;
 * - other refusals (400 validation, 401 credentials…): `failed` at once, with TeleSign's reason;
 * - no answer after the request went out (timeout, reset): `unknown`, never resent blindly,
 *   because TeleSign has no idempotency key and a resend could text the customer twice.
 */
export const decideAfterFailure = (
  error: unknown,
  attempt: number,
  config: RetryPolicyConfig,
  random: () => number = Math.random,
): FailureDecision => {
  const exhausted =
    attempt >= config.maxAttempts && !(config.outageTrial && outcomeOfFailure(error) === 'failing');
  const retryIn = (reason: string, atLeastMs = 0): FailureDecision => ({
    kind: 'retry',
    delayMs: Math.max(
      atLeastMs,
      backoffDelayMs(attempt, config.retryBaseDelayMs, config.retryMaxDelayMs, random),
    ),
    reason,
    pauseNumberMs: atLeastMs,
  });
  const gaveUp = (
    what: string,
    code: number | null = null,
    description: string | null = null,
  ): FailureDecision => ({
    kind: 'failed',
    reason: `Gave up after ${plural(attempt, 'attempt')}: ${what}. Retry the message when TeleSign is reachable again.`,
    providerCode: code,
    providerDescription: description,
  });

  if (error instanceof TeleSignNetworkError) {
    if (error.requestSent) {
      return {
        kind: 'unknown',
        reason:
          `TeleSign did not answer after the request was sent (${error.timedOut ? `no answer within ${config.requestTimeoutMs} ms` : 'the connection broke'}), ` +
          'so the SMS may or may not have gone out. It is not sent again automatically; its delivery report or a status lookup will settle it.',
      };
    }
    const what = `TeleSign could not be reached (${error.message})`;
    return exhausted ? gaveUp(what) : retryIn(`${what}; trying again.`);
  }

  if (error instanceof TeleSignApiError) {
    const described = describeApiError(error);
    if (error.retryable) {
      const retryAfterMs = error.httpStatus === 429 ? (error.retryAfterSeconds ?? 0) * 1000 : 0;
      const what = `TeleSign answered ${described}`;
      if (exhausted) return gaveUp(`${what} each time`, error.code ?? null, error.description ?? null);
      return retryIn(`${what}; trying again.`, retryAfterMs);
    }
    const hint = error.code !== undefined ? HINTS[error.code] : undefined;
    return {
      kind: 'failed',
      reason: `TeleSign refused the message: ${described}.${hint ? ` ${hint}` : ''}`,
      providerCode: error.code ?? null,
      providerDescription: error.description ?? null,
    };
  }

  const message = error instanceof Error ? error.message : String(error);
  return {
    kind: 'failed',
    reason: `The message could not be sent: ${message}`,
    providerCode: null,
    providerDescription: null,
  };
};

/**
 * What a failed send says of TeleSign's health: `failing` when TeleSign looks down rather than
 * refusing this message (not reached, no answer, 5xx, 10000 System Unavailable); `answered` for its
 * refusals and 429 (TeleSign works; pacing handles a 429); `not-called` for any other error.
 */
export const outcomeOfFailure = (error: unknown): SendOutcome => {
  if (error instanceof TeleSignNetworkError) return 'failing';
  if (!(error instanceof TeleSignApiError)) return 'not-called';
  return error.retryable && error.httpStatus !== 429 ? 'failing' : 'answered';
};
