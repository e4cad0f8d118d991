import { randomUUID } from 'node:crypto';
import {
  FORM_CONTENT_TYPE,
  TSA_AUTH_METHOD,
  buildBasicAuthorization,
  computeTsaSignature,
} from '../../../../server/src/telesign/signing';
import { DEFAULT_CUSTOMER } from './simulator';
import { httpRequest, type HttpAnswer } from './http-client';

/**
 * Raw TeleSign requests signed with the shared signing primitives. Every header can be overridden
 * or removed (`null`) after signing, to produce each authentication error on purpose.
 */

export interface TeleSignCall {
  method?: 'GET' | 'POST';
  path?: string;
  /** Form body, already encoded: signed and sent byte for byte. */
  body?: string;
  customerId?: string;
  apiKey?: string;
  date?: string;
  nonce?: string;
  /** Sign with x-ts-date instead of Date. */
  useXTsDate?: boolean;
  /** Applied after signing: a value replaces the header, null removes it. */
  headers?: Record<string, string | null>;
  timeoutMs?: number;
}

export const signedHeaders = (call: TeleSignCall): Record<string, string> => {
  const method = call.method ?? 'POST';
  const contentType = method === 'POST' ? FORM_CONTENT_TYPE : '';
  const date = call.date ?? new Date().toUTCString();
  const nonce = call.nonce ?? randomUUID();
  const customerId = call.customerId ?? DEFAULT_CUSTOMER.customerId;
  const signature = computeTsaSignature(call.apiKey ?? DEFAULT_CUSTOMER.apiKey, {
    method,
    contentType,
    date: call.useXTsDate ? '' : date,
    ...(call.useXTsDate ? { xTsDate: date } : {}),
    nonce,
    body: call.body ?? '',
    resource: (call.path ?? '/v1/messaging').split('?')[0],
  });
  const headers: Record<string, string | null> = {
    Authorization: `TSA ${customerId}:${signature}`,
    ...(call.useXTsDate ? { 'x-ts-date': date } : { Date: date }),
    'x-ts-auth-method': TSA_AUTH_METHOD,
    'x-ts-nonce': nonce,
    ...(contentType ? { 'Content-Type': contentType } : {}),
    ...call.headers,
  };
  return Object.fromEntries(
    Object.entries(headers).filter((entry): entry is [string, string] => entry[1] !== null),
  );
};

export const teleSign = (baseUrl: string, call: TeleSignCall = {}): Promise<HttpAnswer> =>
  httpRequest(`${baseUrl}${call.path ?? '/v1/messaging'}`, {
    method: call.method ?? 'POST',
    headers: signedHeaders(call),
    ...(call.body === undefined ? {} : { body: call.body }),
    ...(call.timeoutMs === undefined ? {} : { timeoutMs: call.timeoutMs }),
  });

export const basicAuth = (customerId: string, apiKey: string): string =>
  buildBasicAuthorization(customerId, apiKey);

export const form = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

export const SMS_FORM = {
  phone_number: '15551234567',
  message: 'Your order has shipped.',
  message_type: 'ARN',
};
