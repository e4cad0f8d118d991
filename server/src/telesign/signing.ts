import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { isStandardBase64 } from '../../../shared/contracts/accounts/api-key-format';

/**
 * TeleSign's request signing ("TSA", HMAC-SHA256) and callback signing, exactly as the official
 * SDKs do it (docs/telesign.md §2.2, §3.4). The simulator verifies with these same primitives; the
 * official-vector tests and the telesignsdk interop test keep both sides honest.
 */

export const TSA_AUTH_METHOD = 'HMAC-SHA256';
export const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded';

// The API key's form is part of the contract the admin shares.
export { isStandardBase64 };

/**
 * TeleSign API keys are standard base64 and the HMAC key is their decoded bytes. Node's decoder
 * silently accepts base64url and junk characters, which would yield a different key, so anything
 * outside the standard alphabet is refused instead.
 */
export const decodeApiKey = (apiKey: string): Buffer => {
  if (!isStandardBase64(apiKey)) {
    throw new TypeError('The TeleSign API key must be standard base64 (A–Z, a–z, 0–9, +, / and = padding).');
  }
  return Buffer.from(apiKey, 'base64');
};

export interface StringToSignInput {
  method: string;
  /** Empty for GET and DELETE, the form content type for POST and PUT. */
  contentType: string;
  /** The `Date` header value; empty when `x-ts-date` carries the date instead. */
  date: string;
  /** The `x-ts-date` header value, for clients that cannot set `Date`. */
  xTsDate?: string;
  nonce: string;
  /** The exact body bytes sent on the wire (already form-encoded). */
  body: string;
  /** Path only, without the query string. */
  resource: string;
}

export const buildStringToSign = (input: StringToSignInput): string => {
  const tsHeaders = [`x-ts-auth-method:${TSA_AUTH_METHOD}`];
  if (input.xTsDate) tsHeaders.push(`x-ts-date:${input.xTsDate}`);
  tsHeaders.push(`x-ts-nonce:${input.nonce}`);
  const lines = [
    input.method.toUpperCase(),
    input.contentType,
    input.xTsDate ? '' : input.date,
    ...tsHeaders,
  ];
  if (input.contentType && input.body) lines.push(input.body);
  lines.push(input.resource);
  return lines.join('\n');
};

const hmacBase64 = (apiKey: string, message: string | Buffer): string =>
  createHmac('sha256', decodeApiKey(apiKey)).update(message).digest('base64');

export const computeTsaSignature = (apiKey: string, input: StringToSignInput): string =>
  hmacBase64(apiKey, Buffer.from(buildStringToSign(input), 'utf8'));

export interface TsaRequest {
  customerId: string;
  apiKey: string;
  method: string;
  resource: string;
  body?: string;
  date?: string;
  nonce?: string;
}

/** The headers TeleSign's SDKs send with a digest-signed request. */
export const buildTsaHeaders = (request: TsaRequest): Record<string, string> => {
  const method = request.method.toUpperCase();
  const contentType = method === 'POST' || method === 'PUT' ? FORM_CONTENT_TYPE : '';
  const date = request.date ?? new Date().toUTCString();
  const nonce = request.nonce ?? randomUUID();
  const signature = computeTsaSignature(request.apiKey, {
    method,
    contentType,
    date,
    nonce,
    body: request.body ?? '',
    resource: request.resource,
  });
  return {
    Authorization: `TSA ${request.customerId}:${signature}`,
    Date: date,
    'x-ts-auth-method': TSA_AUTH_METHOD,
    'x-ts-nonce': nonce,
    ...(contentType ? { 'Content-Type': contentType } : {}),
  };
};

/** Basic auth uses the API key as-is, not decoded. */
export const buildBasicAuthorization = (customerId: string, apiKey: string): string =>
  `Basic ${Buffer.from(`${customerId}:${apiKey}`, 'utf8').toString('base64')}`;

/** TeleSign signs callbacks over the raw body bytes only: no method, path, date or nonce. */
export const signCallbackBody = (apiKey: string, rawBody: Buffer | string): string =>
  hmacBase64(apiKey, typeof rawBody === 'string' ? Buffer.from(rawBody, 'utf8') : rawBody);

/** Constant-time comparison of two base64 signatures; a length mismatch is simply unequal. */
export const signaturesEqual = (expected: string, received: string): boolean => {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(received, 'utf8');
  if (a.length !== b.length) {
    // Still spend a comparison so the length check is not a faster path than a mismatch.
    timingSafeEqual(a, a);
    return false;
  }
  return timingSafeEqual(a, b);
};
