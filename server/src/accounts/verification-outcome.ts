import { NonPublicAddressError } from '../telesign/address-policy';
import { TeleSignApiError, TeleSignNetworkError } from '../telesign/errors';
import { UNWANTED_CHARACTERS } from '../../../shared/contracts/text-fields';
import { problem, type ErrorCode, type MessageValues } from '../../../shared/contracts/errors/problem';
import type { VerificationStatus } from './account.types';
import { isTeleSignApiHost, suggestedApiHost } from './api-host';

/**
 * Turns the answer to the credential check (a status lookup of a made-up reference id,
 * docs/telesign.md §4) into a verdict a person can act on. Once TeleSign got past authentication
 * it can only say "no such reference", so 10017/10036 (404), 11011 (400) or a 2xx mean the
 * customer ID and key work; authentication errors name what is wrong. Codes are TeleSign's
 * `/v1/messaging` family plus the negative ones of its older products, handled defensively.
 *
 * A host other than TeleSign's that does not answer with a TeleSign status gets one and the same
 * verdict whether its port is closed, open, speaking TLS or not, or silent: otherwise verifying
 * accounts would be a way to map the ports of any machine this server reaches.
 *
 * Each verdict is a code of the error catalog with its values, so the admin can show it in its own
 * language; `detail` is the catalog's English text, kept for clients that do not translate.
 */

export type VerificationCode = Extract<ErrorCode, `verification.${string}`>;

export interface VerificationOutcome {
  status: Exclude<VerificationStatus, 'unverified'>;
  code: VerificationCode;
  values: MessageValues;
  detail: string;
}

export interface VerificationTarget {
  apiHost: string;
  customerId: string;
  timeoutMs: number;
}

const ACCEPTED = new Set([10017, 10036, 11011]);
const INVALID_CUSTOMER_ID = new Set([10013, 10015, -30000]);
const INVALID_API_KEY = new Set([10008, 10022, -30006, -30015]);
const SUSPENDED = new Set([10010, -30001]);
const CLOCK = new Set([10004, 10005, 10007, -30007, -30008, -30009, -30010]);
const NONCE = new Set([10002, 10003, -30011, -30012]);
const MALFORMED_AUTH = new Set([10006, 10009, 10028]);
const RATE_LIMITED = new Set([10019, 10020, -40007]);

const outcome = (
  status: VerificationOutcome['status'],
  code: VerificationCode,
  values: MessageValues = {},
): VerificationOutcome => ({ status, code, values, detail: problem(code, values).message });

export const verifiedOutcome = ({ customerId, apiHost }: VerificationTarget): VerificationOutcome =>
  outcome('valid', 'verification.valid', { customerId, apiHost });

/** Longest piece of a remote answer (or a Node error message) quoted in a verdict's values. */
const MAX_QUOTED_LENGTH = 200;
/** Longest detail stored and served: the advice plus a short quote fit well within it. */
export const MAX_DETAIL_LENGTH = 500;
const CUT_MARK = '… [cut]';

/** At most `max` characters, cut between characters (never inside a surrogate pair) and marked. */
const cut = (text: string, max: number): string => {
  const characters = Array.from(text);
  return characters.length <= max
    ? text
    : `${characters.slice(0, max - CUT_MARK.length).join('')}${CUT_MARK}`;
};

/** Text from outside (a host's answer, an error message): one line, no controls, bounded. */
const quote = (text: string): string => cut(text.replace(UNWANTED_CHARACTERS, ' '), MAX_QUOTED_LENGTH);

const bounded = (text: string): string => cut(text.replace(UNWANTED_CHARACTERS, ' '), MAX_DETAIL_LENGTH);

/** A verdict as stored and served: whatever went into it, its detail and values stay bounded. */
export const boundedOutcome = ({
  status,
  code,
  values,
  detail,
}: VerificationOutcome): VerificationOutcome => ({
  status,
  code,
  values: Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? bounded(value) : value]),
  ),
  detail: bounded(detail),
});

const describe = (error: TeleSignApiError): string =>
  [error.code, error.description === undefined ? undefined : quote(error.description)]
    .filter((part) => part !== undefined)
    .join(' ');

/** The one verdict for a host other than TeleSign's that gave no TeleSign answer (see above). */
const noTeleSignAnswerOutcome = ({ apiHost, timeoutMs }: VerificationTarget): VerificationOutcome =>
  outcome('unreachable', 'verification.noTeleSignAnswer', { apiHost, timeoutMs });

const apiErrorOutcome = (error: TeleSignApiError, target: VerificationTarget): VerificationOutcome => {
  const { code, httpStatus } = error;
  const { customerId, apiHost } = target;
  if (code !== undefined && ACCEPTED.has(code)) return verifiedOutcome(target);
  if (code === undefined && !isTeleSignApiHost(apiHost)) return noTeleSignAnswerOutcome(target);
  if (code === undefined) return outcome('error', 'verification.noTeleSignStatus', { apiHost, httpStatus });
  // TeleSign's status codes are names, not amounts: they go as text, never formatted as numbers.
  const teleSignCode = String(code);
  if (INVALID_CUSTOMER_ID.has(code)) {
    return outcome('invalid-customer-id', 'verification.invalidCustomerId', { customerId, teleSignCode });
  }
  if (INVALID_API_KEY.has(code)) {
    return outcome('invalid-api-key', 'verification.invalidApiKey', { said: describe(error), customerId });
  }
  if (SUSPENDED.has(code)) {
    return outcome('suspended', 'verification.suspended', { customerId, teleSignCode });
  }
  if (code === 10011) return outcome('sms-not-enabled', 'verification.smsNotEnabled', { customerId });
  if (code === 10035) {
    return outcome('wrong-host', 'verification.wrongHost', {
      customerId,
      apiHost,
      suggestedHost: suggestedApiHost(apiHost),
    });
  }
  if (CLOCK.has(code)) return outcome('error', 'verification.clockOff', { said: describe(error) });
  if (NONCE.has(code)) return outcome('error', 'verification.nonceRefused', { said: describe(error) });
  if (MALFORMED_AUTH.has(code)) {
    return outcome('error', 'verification.authorizationUnreadable', { said: describe(error) });
  }
  if (code === 10014) return outcome('error', 'verification.ipRefused');
  const said = `HTTP ${httpStatus}, ${describe(error)}`;
  if (RATE_LIMITED.has(code) || httpStatus === 429) {
    return outcome('error', 'verification.rateLimited', { said });
  }
  if (httpStatus >= 500 || code === 10000) {
    return outcome('error', 'verification.teleSignUnavailable', { said });
  }
  return outcome('error', 'verification.refused', { said });
};

const causeCode = (error: TeleSignNetworkError): string | undefined => {
  const { cause } = error;
  if (typeof cause !== 'object' || cause === null) return undefined;
  const { code } = cause as { code?: unknown };
  return typeof code === 'string' ? code : undefined;
};

const networkErrorOutcome = (
  error: TeleSignNetworkError,
  target: VerificationTarget,
): VerificationOutcome => {
  const { apiHost, timeoutMs } = target;
  const code = causeCode(error);
  if (code === NonPublicAddressError.CODE)
    return outcome('error', 'verification.nonPublicAddress', { apiHost });
  // A name that does not resolve says nothing about ports, and is the likeliest typo.
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return outcome('unreachable', 'verification.dnsFailed', { apiHost });
  }
  if (!isTeleSignApiHost(apiHost)) return noTeleSignAnswerOutcome(target);
  if (error.timedOut) return outcome('unreachable', 'verification.timedOut', { apiHost, timeoutMs });
  if (code === 'ECONNREFUSED') return outcome('unreachable', 'verification.connectionRefused', { apiHost });
  if (!error.requestSent) {
    return outcome('unreachable', 'verification.connectFailed', { apiHost, networkCode: code || 'none' });
  }
  return outcome('error', 'verification.unusableAnswer', { apiHost, reason: quote(error.message) });
};

export const failedOutcome = (error: unknown, target: VerificationTarget): VerificationOutcome => {
  if (error instanceof TeleSignApiError) return apiErrorOutcome(error, target);
  if (error instanceof TeleSignNetworkError) return networkErrorOutcome(error, target);
  return outcome('error', 'verification.checkFailed', {
    reason: quote(error instanceof Error ? error.message : String(error)),
  });
};

/** The verdict when the stored key cannot be decrypted, so nothing was asked of TeleSign. */
export const undecryptableKeyOutcome = (encryptionKeySet: boolean): VerificationOutcome =>
  outcome('error', encryptionKeySet ? 'verification.apiKeyUndecryptable' : 'verification.noEncryptionKey');
