import { createTeleSignClient } from '../telesign/client';
import {
  boundedOutcome,
  failedOutcome,
  verifiedOutcome,
  type VerificationOutcome,
  type VerificationTarget,
} from './verification-outcome';

/** A well-formed reference id no message has: looking it up costs nothing and sends nothing. */
const UNUSED_REFERENCE_ID = '00000000000000000000000000000000';

/** Default connect budget of the client; a shorter overall timeout shortens it too. */
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Asks TeleSign whether the customer ID and API key work, digest-signed as real sends are, so the
 * signing is checked too (docs/telesign.md §4). The verdict's detail is bounded, whatever the host
 * answered, since it is stored and shown.
 */
export const checkCredentials = async (
  target: VerificationTarget & { apiKey: string; allowPrivateNetworks: boolean },
): Promise<VerificationOutcome> => {
  try {
    const client = createTeleSignClient({
      baseUrl: target.apiHost,
      customerId: target.customerId,
      apiKey: target.apiKey,
      connectTimeoutMs: Math.min(CONNECT_TIMEOUT_MS, target.timeoutMs),
      responseTimeoutMs: target.timeoutMs,
      allowPrivateNetworks: target.allowPrivateNetworks,
    });
    await client.getMessageStatus(UNUSED_REFERENCE_ID);
    return boundedOutcome(verifiedOutcome(target));
  } catch (error) {
    return boundedOutcome(failedOutcome(error, target));
  }
};
