import type { IncomingHttpHeaders } from 'node:http';
import {
  TSA_AUTH_METHOD,
  buildStringToSign,
  computeTsaSignature,
  isStandardBase64,
  signaturesEqual,
  type StringToSignInput,
} from '../../server/src/telesign/signing';
import type { ApiHost } from './api-hosts';
import type { Customer, CustomerStore } from './customers';
import type { NonceRegistry } from './nonces';
import { parseRfc822Date } from './rfc822-date';
import { API_ERROR, type ApiError } from './telesign-wire';

/**
 * Authenticates a TeleSign REST request: digest (`TSA cid:sig`, HMAC-SHA256 over the string the
 * server rebuilds from the received headers, raw body and path) or Basic (`cid:apiKey`).
 * Checks run in the order a server must take them: header syntax, then Date and nonce, then the
 * customer, the signature, nonce replay, and finally the account's host and state.
 */

export type AuthScheme = 'tsa' | 'basic';

export interface AuthInput {
  method: string;
  /** The path exactly as received, without the query string: that is what clients sign. */
  path: string;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
}

export interface AuthContext {
  /** The host the request arrived at; an account may use only its own. */
  host: ApiHost;
  customers: CustomerStore;
  nonces: NonceRegistry;
  dateToleranceMs: number;
  now: number;
}

export type AuthResult =
  | { ok: true; scheme: AuthScheme; customer: Customer }
  | { ok: false; scheme?: AuthScheme; customerId?: string; error: ApiError; signatureString?: string };

type Credentials =
  | { scheme: 'tsa'; customerId: string; signature: string }
  | { scheme: 'basic'; customerId: string; apiKey: string };

/** No documented limit exists; a UUID (36) is what every SDK sends. */
const MAX_NONCE_LENGTH = 256;

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

const parseAuthorization = (value: string): Credentials | undefined => {
  const tsa = /^TSA ([^\s:]+):(\S+)$/i.exec(value);
  if (tsa) return { scheme: 'tsa', customerId: tsa[1], signature: tsa[2] };
  const basic = /^Basic (\S+)$/i.exec(value);
  if (!basic || !isStandardBase64(basic[1])) return undefined;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon <= 0) return undefined;
  return { scheme: 'basic', customerId: decoded.slice(0, colon), apiKey: decoded.slice(colon + 1) };
};

const accountState = (scheme: AuthScheme, customer: Customer, host: ApiHost): AuthResult => {
  if (customer.apiHost !== host)
    return { ok: false, scheme, customerId: customer.customerId, error: API_ERROR.hostNotAllowed };
  if (customer.status === 'suspended')
    return { ok: false, scheme, customerId: customer.customerId, error: API_ERROR.accountSuspended };
  if (!customer.smsEnabled)
    return { ok: false, scheme, customerId: customer.customerId, error: API_ERROR.productNotEnabled };
  return { ok: true, scheme, customer };
};

const authenticateBasic = (
  credentials: Extract<Credentials, { scheme: 'basic' }>,
  context: AuthContext,
): AuthResult => {
  const { customerId } = credentials;
  const customer = context.customers.get(customerId);
  if (!customer) return { ok: false, scheme: 'basic', customerId, error: API_ERROR.invalidCustomerId };
  if (!signaturesEqual(customer.apiKey, credentials.apiKey)) {
    return { ok: false, scheme: 'basic', customerId, error: API_ERROR.invalidApiKey };
  }
  return accountState('basic', customer, context.host);
};

const authenticateDigest = (
  credentials: Extract<Credentials, { scheme: 'tsa' }>,
  input: AuthInput,
  context: AuthContext,
): AuthResult => {
  const { customerId } = credentials;
  const refuse = (error: ApiError, signatureString?: string): AuthResult => ({
    ok: false,
    scheme: 'tsa',
    customerId,
    error,
    ...(signatureString === undefined ? {} : { signatureString }),
  });

  if (header(input.headers, 'x-ts-auth-method') !== TSA_AUTH_METHOD)
    return refuse(API_ERROR.invalidAuthMethod);

  const xTsDate = header(input.headers, 'x-ts-date');
  const date = header(input.headers, 'date');
  const dateValue = xTsDate ?? date;
  if (!dateValue) return refuse(API_ERROR.dateMissing);
  const sentAt = parseRfc822Date(dateValue);
  if (sentAt === undefined) return refuse(API_ERROR.dateNotRfc822);
  if (Math.abs(context.now - sentAt) > context.dateToleranceMs) return refuse(API_ERROR.dateOutOfRange);

  const nonce = header(input.headers, 'x-ts-nonce') ?? '';
  if (nonce.length === 0 || nonce.length > MAX_NONCE_LENGTH) return refuse(API_ERROR.nonceLength);

  const customer = context.customers.get(customerId);
  if (!customer) return refuse(API_ERROR.invalidCustomerId);

  const signed: StringToSignInput = {
    method: input.method,
    contentType: header(input.headers, 'content-type') ?? '',
    date: date ?? '',
    ...(xTsDate === undefined ? {} : { xTsDate }),
    nonce,
    body: input.rawBody.toString('utf8'),
    resource: input.path,
  };
  if (!signaturesEqual(computeTsaSignature(customer.apiKey, signed), credentials.signature)) {
    // TeleSign returns the string it signed so the client can diff it against its own.
    return refuse(API_ERROR.invalidSignature, buildStringToSign(signed));
  }
  // Only a correctly signed request may burn a nonce, or anyone could block a client's next nonce.
  if (!context.nonces.claim(customer.customerId, nonce, context.now)) return refuse(API_ERROR.nonceReused);
  return accountState('tsa', customer, context.host);
};

export const authenticate = (input: AuthInput, context: AuthContext): AuthResult => {
  const authorization = header(input.headers, 'authorization');
  if (!authorization) return { ok: false, error: API_ERROR.authorizationMissing };
  const credentials = parseAuthorization(authorization);
  if (!credentials) return { ok: false, error: API_ERROR.authorizationMalformed };
  return credentials.scheme === 'basic'
    ? authenticateBasic(credentials, context)
    : authenticateDigest(credentials, input, context);
};
