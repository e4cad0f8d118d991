import { randomUUID } from 'node:crypto';

import { TeleSignApiError, TeleSignNetworkError } from './errors';
import { exchange, type HttpExchangeResponse } from './http-exchange';
import { buildBasicAuthorization, buildTsaHeaders, decodeApiKey, FORM_CONTENT_TYPE } from './signing';
import type { TeleSignMessageType, TeleSignMessagingResponse } from './types';
import { messagingResponseSchema } from './wire-schemas';

export interface TeleSignClientOptions {
  /**
   * `https://rest-api.telesign.com` (self-service) or `https://rest-ww.telesign.com` (enterprise);
   * plain http is accepted for the local simulator. A path prefix is allowed and is part of the
   * signed resource, since TeleSign verifies the path it receives (its own hosts have no prefix).
   */
  baseUrl: string;
  customerId: string;
  apiKey: string;
  /** Digest (HMAC) by default: Basic sends the API key itself with every request. */
  auth?: 'digest' | 'basic';
  connectTimeoutMs?: number;
  responseTimeoutMs?: number;
  userAgent?: string;
  /**
   * PEM certificate(s) to trust instead of Node's default roots, for a simulator or test server
   * on HTTPS. Leave unset for TeleSign, whose certificates chain to public roots.
   */
  tlsCa?: string;
  /**
   * Allow connecting to private, link-local and other non-public addresses (the plugin setting
   * `apiHost.allowPrivateNetworks`). Off by default: public addresses and loopback only.
   */
  allowPrivateNetworks?: boolean;
  now?: () => Date;
  nonce?: () => string;
}

export interface SendMessageInput {
  /** E.164; a leading `+` is dropped because TeleSign wants digits only. */
  phoneNumber: string;
  message: string;
  messageType: TeleSignMessageType;
  senderId?: string;
  /** Echoed in the response and delivery reports: the handle for settling an ambiguous send. */
  externalId?: string;
  /** Overrides the account's delivery-report URL for this message only. */
  callbackUrl?: string;
}

export interface TeleSignClient {
  /** Resolves with TeleSign's 2xx answer (status 290 "Message in progress" when accepted). */
  sendMessage(input: SendMessageInput): Promise<TeleSignMessagingResponse>;
  /** Status lookups work for about 12 hours after sending (404 / 10036 afterwards). */
  getMessageStatus(referenceId: string): Promise<TeleSignMessagingResponse>;
}

export const DEFAULT_USER_AGENT = 'strapi-plugin-sms-channel';
const DEFAULT_CONNECT_TIMEOUT_MS = 5_000;
/** TeleSign's own SDKs give up after 15 s. */
const DEFAULT_RESPONSE_TIMEOUT_MS = 15_000;

const MESSAGING_RESOURCE = '/v1/messaging';
/** TeleSign reference ids are 32 hex characters; anything path-like is refused before signing. */
const REFERENCE_ID = /^[0-9A-Za-z]{1,64}$/;

export const createTeleSignClient = (options: TeleSignClientOptions): TeleSignClient => {
  const base = parseBaseUrl(options.baseUrl);
  const auth = options.auth ?? 'digest';
  // Fail at configuration time rather than on the first customer message.
  if (auth === 'digest') decodeApiKey(options.apiKey);
  const connectTimeoutMs = positiveMs(
    options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    'connectTimeoutMs',
  );
  const responseTimeoutMs = positiveMs(
    options.responseTimeoutMs ?? DEFAULT_RESPONSE_TIMEOUT_MS,
    'responseTimeoutMs',
  );
  const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
  const now = options.now ?? (() => new Date());
  const nonce = options.nonce ?? randomUUID;

  const authHeaders = (method: 'GET' | 'POST', resource: string, body: string): Record<string, string> => {
    const date = now().toUTCString();
    if (auth === 'digest') {
      return buildTsaHeaders({
        customerId: options.customerId,
        apiKey: options.apiKey,
        method,
        resource,
        body,
        date,
        nonce: nonce(),
      });
    }
    return {
      Authorization: buildBasicAuthorization(options.customerId, options.apiKey),
      Date: date,
      ...(method === 'POST' ? { 'Content-Type': FORM_CONTENT_TYPE } : {}),
    };
  };

  const call = async (
    method: 'GET' | 'POST',
    resource: string,
    form?: URLSearchParams,
  ): Promise<TeleSignMessagingResponse> => {
    const url = new URL(`${base.pathPrefix}${resource}`, base.origin);
    // Serialised once: these exact bytes are both signed and sent.
    const body = form?.toString() ?? '';
    const headers: Record<string, string> = {
      ...authHeaders(method, url.pathname, body),
      Accept: 'application/json',
      'User-Agent': userAgent,
    };
    if (form) headers['Content-Length'] = String(Buffer.byteLength(body, 'utf8'));

    const response = await exchange({
      url,
      method,
      headers,
      body: form ? Buffer.from(body, 'utf8') : undefined,
      connectTimeoutMs,
      responseTimeoutMs,
      ca: options.tlsCa,
      allowPrivateNetworks: options.allowPrivateNetworks ?? false,
    });
    if (response.status < 200 || response.status >= 300) {
      throw TeleSignApiError.fromResponse({
        method,
        path: url.pathname,
        httpStatus: response.status,
        headers: response.headers,
        body: response.body,
        now: now(),
      });
    }
    return parseSuccess(response, `${method} ${url.pathname}`);
  };

  return {
    sendMessage: async (input) => {
      const form = new URLSearchParams({
        phone_number: input.phoneNumber.replace(/^\+/, ''),
        message: input.message,
        message_type: input.messageType,
      });
      // Empty optional values are left out: TeleSign would reject an empty sender_id or callback_url.
      if (input.senderId) form.set('sender_id', input.senderId);
      if (input.externalId) form.set('external_id', input.externalId);
      if (input.callbackUrl) form.set('callback_url', input.callbackUrl);
      return call('POST', MESSAGING_RESOURCE, form);
    },
    getMessageStatus: async (referenceId) => {
      if (!REFERENCE_ID.test(referenceId)) throw new TypeError('A TeleSign reference id is alphanumeric.');
      return call('GET', `${MESSAGING_RESOURCE}/${referenceId}`);
    },
  };
};

/**
 * A 2xx TeleSign cannot have meant (HTML from a captive proxy, truncated JSON) still means the
 * request was delivered somewhere, so the outcome is unknown rather than failed.
 */
const parseSuccess = (response: HttpExchangeResponse, request: string): TeleSignMessagingResponse => {
  let json: unknown;
  try {
    json = JSON.parse(response.body.toString('utf8'));
  } catch (error) {
    throw unusableAnswer(request, response.status, 'the body is not JSON', error);
  }
  const parsed = messagingResponseSchema.safeParse(json);
  if (!parsed.success) {
    throw unusableAnswer(request, response.status, 'the body is not a messaging response', parsed.error);
  }
  return parsed.data;
};

const unusableAnswer = (
  request: string,
  status: number,
  reason: string,
  cause: unknown,
): TeleSignNetworkError =>
  new TeleSignNetworkError(`TeleSign ${request} answered HTTP ${status} but ${reason}`, {
    requestSent: true,
    cause,
  });

const parseBaseUrl = (baseUrl: string): { origin: string; pathPrefix: string } => {
  if (!URL.canParse(baseUrl)) throw new TypeError('The TeleSign base URL is not an absolute URL.');
  const url = new URL(baseUrl);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('The TeleSign base URL must use https (or http for a local simulator).');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError('The TeleSign base URL must not contain credentials, a query or a fragment.');
  }
  return { origin: url.origin, pathPrefix: url.pathname.replace(/\/+$/, '') };
};

const positiveMs = (value: number, name: string): number => {
  if (!Number.isFinite(value) || value <= 0) {
    throw new TypeError(`${name} must be a positive number of milliseconds.`);
  }
  return value;
};
