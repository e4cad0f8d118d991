import { isStandardBase64, signCallbackBody, signaturesEqual } from './signing';

/**
 * Verifies a TeleSign callback (DLR or inbound SMS): base64(HMAC-SHA256(decoded API key, raw body))
 * carried in `Authorization: TSA <customer id>:<signature>` and/or `X-TS-Authorization`, which
 * TeleSign's own samples read either as that same form or as the bare signature (docs/telesign.md §3.4).
 *
 * The request is accepted when any header present verifies. Each check is a full HMAC comparison,
 * so this is no weaker than trusting one header, and it survives a proxy in front of Strapi that
 * rewrites `Authorization`. There is no timestamp or nonce in the scheme: callers must still
 * deduplicate replays on reference id and status.
 */

export interface CallbackSignatureInput {
  /** The exact bytes received; re-serialised JSON will not verify. */
  rawBody: Buffer;
  authorization?: string | string[];
  xTsAuthorization?: string | string[];
  customerId: string;
  apiKey: string;
}

export type CallbackSignatureResult = { valid: true } | { valid: false; reason: string };

const HMAC_SHA256_BYTES = 32;
const TSA_PREFIX = /^TSA\s/i;
const TSA_VALUE = /^TSA ([^\s:]+):(\S+)$/i;

interface HeaderCandidate {
  name: string;
  value: string;
  bareSignatureAllowed: boolean;
}

export const verifyCallbackSignature = (input: CallbackSignatureInput): CallbackSignatureResult => {
  const { rawBody, authorization, xTsAuthorization, customerId, apiKey } = input;
  // Runtime guards as well as types: this sits on a public endpoint fed by framework objects.
  if (!Buffer.isBuffer(rawBody)) return invalid('raw request body is not available');
  if (
    typeof customerId !== 'string' ||
    customerId.trim() === '' ||
    typeof apiKey !== 'string' ||
    !isStandardBase64(apiKey)
  ) {
    return invalid('callback verification is not configured');
  }
  if (Array.isArray(authorization) || Array.isArray(xTsAuthorization)) {
    return invalid('signature header sent more than once');
  }

  const candidates: HeaderCandidate[] = [];
  if (isPresent(authorization)) {
    candidates.push({ name: 'Authorization', value: authorization.trim(), bareSignatureAllowed: false });
  }
  if (isPresent(xTsAuthorization)) {
    candidates.push({
      name: 'X-TS-Authorization',
      value: xTsAuthorization.trim(),
      bareSignatureAllowed: true,
    });
  }
  if (candidates.length === 0) return invalid('no signature header');

  const expected = signCallbackBody(apiKey, rawBody);
  const failures: string[] = [];
  for (const candidate of candidates) {
    const failure = checkHeader(candidate, expected, customerId);
    if (failure === undefined) return { valid: true };
    failures.push(`${candidate.name}: ${failure}`);
  }
  return invalid(failures.join('; '));
};

const invalid = (reason: string): CallbackSignatureResult => ({ valid: false, reason });

const isPresent = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Returns why the header does not verify, or undefined when it does. */
const checkHeader = (
  candidate: HeaderCandidate,
  expected: string,
  customerId: string,
): string | undefined => {
  let signature: string;
  if (TSA_PREFIX.test(candidate.value)) {
    const match = TSA_VALUE.exec(candidate.value);
    if (!match) return 'malformed TSA credentials';
    const [, headerCustomerId, headerSignature] = match;
    // Customer ids are GUIDs; TeleSign's casing is not something to fail a callback over.
    if (headerCustomerId.toLowerCase() !== customerId.trim().toLowerCase()) {
      return 'customer ID does not match';
    }
    signature = headerSignature;
  } else if (candidate.bareSignatureAllowed) {
    signature = candidate.value;
  } else {
    return 'expected "TSA <customer ID>:<signature>"';
  }

  if (!isStandardBase64(signature)) return 'signature is not valid base64';
  if (Buffer.from(signature, 'base64').length !== HMAC_SHA256_BYTES) return 'signature has the wrong length';
  return signaturesEqual(expected, signature) ? undefined : 'signature does not match the body';
};
