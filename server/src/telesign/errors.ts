import type { IncomingHttpHeaders } from 'node:http';

/**
 * The two ways a TeleSign call fails, split by what the caller may safely do next:
 * `TeleSignApiError` means TeleSign (or a proxy in front of it) answered with a non-2xx status;
 * `TeleSignNetworkError` means no usable answer arrived, and `requestSent` says whether the SMS may
 * have gone out anyway. Neither ever carries request headers, so credentials cannot leak through
 * logs or serialised errors.
 */

/** Longest non-JSON body excerpt kept on an error: enough to recognise a proxy page, no more. */
const MAX_TEXT_BODY = 512;

export interface TeleSignApiErrorInit {
  method: string;
  path: string;
  httpStatus: number;
  /** Parsed JSON when the body was JSON, otherwise a text excerpt; undefined when empty. */
  body: unknown;
  code?: number;
  description?: string;
  retryAfterSeconds?: number;
}

export class TeleSignApiError extends Error {
  readonly httpStatus: number;
  /** TeleSign's `status.code`; branch on this rather than on the HTTP status, as TeleSign advises. */
  readonly code: number | undefined;
  readonly description: string | undefined;
  readonly body: unknown;
  readonly retryAfterSeconds: number | undefined;

  constructor(init: TeleSignApiErrorInit) {
    const detail = [init.code, init.description].filter((part) => part !== undefined).join(' ');
    super(
      `TeleSign ${init.method} ${init.path} answered HTTP ${init.httpStatus}` +
        (detail ? `: ${detail}` : init.body === undefined ? '' : ' with an unrecognised body'),
    );
    this.name = 'TeleSignApiError';
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.description = init.description;
    this.body = init.body;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /**
   * Rate limiting, server-side failures and TeleSign's "System Unavailable" (10000). TeleSign
   * documents its 5xx as "not attempted", but a proxy 502/504 could in theory follow a send that
   * went through; callers that cannot tolerate a duplicate should treat those as ambiguous.
   */
  get retryable(): boolean {
    return this.httpStatus === 429 || this.httpStatus >= 500 || this.code === 10000;
  }

  /** Builds the error from a raw non-2xx response; tolerant of empty, HTML or truncated bodies. */
  static fromResponse(response: {
    method: string;
    path: string;
    httpStatus: number;
    headers: IncomingHttpHeaders;
    body: Buffer;
    now: Date;
  }): TeleSignApiError {
    const body = decodeBody(response.body);
    return new TeleSignApiError({
      method: response.method,
      path: response.path,
      httpStatus: response.httpStatus,
      body,
      ...extractStatus(body),
      retryAfterSeconds: parseRetryAfter(response.headers['retry-after'], response.now),
    });
  }
}

export class TeleSignNetworkError extends Error {
  /**
   * false: the connection never got established (DNS, refused, connect timeout, TLS failure), so
   * TeleSign cannot have seen the request and retrying is safe.
   * true: request bytes may have reached TeleSign (response timeout, reset, unreadable answer), so
   * the SMS may have been sent and a blind retry risks a duplicate. Settle it from the delivery
   * report (matched on `external_id`) instead.
   */
  readonly requestSent: boolean;
  /** The connect or response budget ran out, as opposed to a refusal, reset or unusable answer. */
  readonly timedOut: boolean;

  constructor(message: string, options: { requestSent: boolean; timedOut?: boolean; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.name = 'TeleSignNetworkError';
    this.requestSent = options.requestSent;
    this.timedOut = options.timedOut ?? false;
  }
}

const decodeBody = (raw: Buffer): unknown => {
  const text = raw.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text.length > MAX_TEXT_BODY ? `${text.slice(0, MAX_TEXT_BODY)}…` : text;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `/v1/messaging` reports `status.{code,description}`; older TeleSign products put the specific
 * (negative) code in `errors[0]` under a generic status, and some omit `status` entirely.
 */
const extractStatus = (body: unknown): { code?: number; description?: string } => {
  if (!isRecord(body)) return {};
  const firstError = Array.isArray(body.errors) ? body.errors[0] : undefined;
  for (const candidate of [body.status, firstError]) {
    if (isRecord(candidate) && typeof candidate.code === 'number') {
      return {
        code: candidate.code,
        description: typeof candidate.description === 'string' ? candidate.description : undefined,
      };
    }
  }
  return {};
};

/**
 * `Retry-After` is delta-seconds or an HTTP date (RFC 9110 §10.2.3). Dates must end in `GMT` as
 * HTTP dates do, because `Date.parse` alone would read junk such as "1.5" as a calendar date.
 */
const parseRetryAfter = (value: string | undefined, now: Date): number | undefined => {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  if (!trimmed.endsWith(' GMT')) return undefined;
  const at = Date.parse(trimmed);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now.getTime()) / 1000));
};
