import { NonPublicAddressError } from '../telesign/address-policy';
import { TeleSignApiError, TeleSignNetworkError } from '../telesign/errors';
import { UNWANTED_CHARACTERS } from '../../../shared/contracts/text-fields';
import type { VerificationStatus } from './account.types';
import { isTeleSignApiHost, otherHostAdvice } from './api-host';

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
 */

export interface VerificationOutcome {
  status: Exclude<VerificationStatus, 'unverified'>;
  detail: string;
}

export interface VerificationTarget {
  apiHost: string;
  customerId: string;
  timeoutMs: number;
}

const PORTALS =
  'portal.telesign.com for self-service accounts, teleportal.telesign.com for enterprise accounts';

const ACCEPTED = new Set([10017, 10036, 11011]);
const INVALID_CUSTOMER_ID = new Set([10013, 10015, -30000]);
const INVALID_API_KEY = new Set([10008, 10022, -30006, -30015]);
const SUSPENDED = new Set([10010, -30001]);
const CLOCK = new Set([10004, 10005, 10007, -30007, -30008, -30009, -30010]);
const NONCE = new Set([10002, 10003, -30011, -30012]);
const MALFORMED_AUTH = new Set([10006, 10009, 10028]);
const RATE_LIMITED = new Set([10019, 10020, -40007]);

export const verifiedOutcome = (target: VerificationTarget): VerificationOutcome => ({
  status: 'valid',
  detail: `TeleSign accepted customer ID ${target.customerId} and its API key on ${target.apiHost}.`,
});

/** Longest piece of a remote answer (or a Node error message) quoted in a detail. */
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

/** A verdict as stored and served: whatever went into it, its detail stays bounded. */
export const boundedOutcome = (outcome: VerificationOutcome): VerificationOutcome => ({
  status: outcome.status,
  detail: cut(outcome.detail.replace(UNWANTED_CHARACTERS, ' '), MAX_DETAIL_LENGTH),
});

const describe = (error: TeleSignApiError): string =>
  [error.code, error.description === undefined ? undefined : quote(error.description)]
    .filter((part) => part !== undefined)
    .join(' ');

/** The one verdict for a host other than TeleSign's that gave no TeleSign answer (see above). */
const noTeleSignAnswerOutcome = ({ apiHost, timeoutMs }: VerificationTarget): VerificationOutcome => ({
  status: 'unreachable',
  detail:
    `No TeleSign API answered at ${apiHost}: the connection failed, nothing answered within ${timeoutMs} ms, ` +
    "or what answered is not TeleSign's API. Check the API host (https://, name, port and path) and that " +
    'this server can reach it, then verify again.',
});

const nonPublicAddressOutcome = ({ apiHost }: VerificationTarget): VerificationOutcome => ({
  status: 'error',
  detail:
    `${apiHost} is, or resolves to, an address on a private, link-local or otherwise non-public network, so ` +
    "the plugin did not connect. Use TeleSign's API host; or, if your proxy to TeleSign really runs on such a " +
    'network, set `apiHost.allowPrivateNetworks: true` in the sms-channel plugin config (config/plugins) and ' +
    'restart Strapi.',
});

const apiErrorOutcome = (error: TeleSignApiError, target: VerificationTarget): VerificationOutcome => {
  const { code } = error;
  const { customerId, apiHost } = target;
  const said = `HTTP ${error.httpStatus}${code === undefined ? '' : `, ${describe(error)}`}`;
  if (code !== undefined && ACCEPTED.has(code)) return verifiedOutcome(target);
  if (code === undefined && !isTeleSignApiHost(apiHost)) return noTeleSignAnswerOutcome(target);
  if (code === undefined) {
    return {
      status: 'error',
      detail:
        `${apiHost} answered HTTP ${error.httpStatus} without a TeleSign status, so it does not look like ` +
        "TeleSign's API. Check the API host and verify again.",
    };
  }
  if (INVALID_CUSTOMER_ID.has(code)) {
    return {
      status: 'invalid-customer-id',
      detail:
        `TeleSign does not know customer ID ${customerId} (${code}). Copy the Customer ID from your TeleSign ` +
        `portal (${PORTALS}), save the account and verify again.`,
    };
  }
  if (INVALID_API_KEY.has(code)) {
    return {
      status: 'invalid-api-key',
      detail:
        `TeleSign refused the API key (${describe(error)}): it is wrong or belongs to another customer ID. ` +
        `Copy the API key of customer ID ${customerId} from your TeleSign portal (${PORTALS}), save it and verify again.`,
    };
  }
  if (SUSPENDED.has(code)) {
    return {
      status: 'suspended',
      detail:
        `TeleSign has suspended customer ID ${customerId} (${code}). Contact TeleSign support ` +
        '(support@telesign.com) to reactivate the account, then verify again.',
    };
  }
  if (code === 10011) {
    return {
      status: 'sms-not-enabled',
      detail:
        `SMS is not enabled for customer ID ${customerId} (10011). Ask TeleSign support (support@telesign.com) ` +
        'to enable the Messaging (SMS) product on the account, then verify again.',
    };
  }
  if (code === 10035) {
    return {
      status: 'wrong-host',
      detail: `TeleSign does not allow customer ID ${customerId} on ${apiHost} (10035). ${otherHostAdvice(apiHost)}`,
    };
  }
  if (CLOCK.has(code)) {
    return {
      status: 'error',
      detail:
        `TeleSign refused the time of the request (${describe(error)}): this server's clock is probably off. ` +
        'Synchronise it (NTP) and verify again.',
    };
  }
  if (NONCE.has(code)) {
    return {
      status: 'error',
      detail: `TeleSign refused the request's nonce (${describe(error)}). Verify again; if it persists, report it as a plugin bug.`,
    };
  }
  if (MALFORMED_AUTH.has(code)) {
    return {
      status: 'error',
      detail:
        `TeleSign could not read the request's authorization (${describe(error)}). This is a fault in the ` +
        'plugin, not in your settings: please report it.',
    };
  }
  if (code === 10014) {
    return {
      status: 'error',
      detail:
        "TeleSign refuses requests from this server's IP address (10014). Allow this server's address in " +
        'the IP restrictions of your TeleSign account, then verify again.',
    };
  }
  if (RATE_LIMITED.has(code) || error.httpStatus === 429) {
    return {
      status: 'error',
      detail: `TeleSign is rate-limiting this account (${said}). Wait a minute and verify again.`,
    };
  }
  if (error.httpStatus >= 500 || code === 10000) {
    return {
      status: 'error',
      detail: `TeleSign is not available right now (${said}). Verify again in a few minutes.`,
    };
  }
  return {
    status: 'error',
    detail: `TeleSign refused the check (${said}). Check the customer ID, API key and API host, then verify again.`,
  };
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
  if (code === NonPublicAddressError.CODE) return nonPublicAddressOutcome(target);
  // A name that does not resolve says nothing about ports, and is the likeliest typo.
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return {
      status: 'unreachable',
      detail: `The name of ${apiHost} does not resolve (DNS). Check the API host for typos and this server's DNS, then verify again.`,
    };
  }
  if (!isTeleSignApiHost(apiHost)) return noTeleSignAnswerOutcome(target);
  if (error.timedOut) {
    return {
      status: 'unreachable',
      detail:
        `${apiHost} did not answer within ${timeoutMs} ms: the request timed out. Check the API host and that ` +
        'this server can reach it (firewall, proxy), then verify again.',
    };
  }
  if (code === 'ECONNREFUSED') {
    return {
      status: 'unreachable',
      detail: `Nothing accepts connections at ${apiHost} (connection refused). Check the API host, then verify again.`,
    };
  }
  if (!error.requestSent) {
    return {
      status: 'unreachable',
      detail: `Could not connect to ${apiHost}${code ? ` (${code})` : ''}. Check the API host and this server's network, then verify again.`,
    };
  }
  return {
    status: 'error',
    detail:
      `${apiHost} did not give a usable answer (${quote(error.message)}). Check that the API host is TeleSign's, ` +
      'then verify again.',
  };
};

export const failedOutcome = (error: unknown, target: VerificationTarget): VerificationOutcome => {
  if (error instanceof TeleSignApiError) return apiErrorOutcome(error, target);
  if (error instanceof TeleSignNetworkError) return networkErrorOutcome(error, target);
  return {
    status: 'error',
    detail: `The check could not be made: ${quote(error instanceof Error ? error.message : String(error))}`,
  };
};
