/**
 * TeleSign's response vocabulary for `/v1/messaging`: status codes with their exact descriptions
 * (Engage API OpenAPI, docs/telesign.md §1) and the one body shape every answer uses.
 */

export interface TeleSignStatus {
  code: number;
  description: string;
  updated_on: string;
}

/** Transaction states a message can be in. */
export const MESSAGE_STATUS = {
  inProgress: { code: 290, description: 'Message in progress' },
  delivered: { code: 200, description: 'Delivered to handset' },
  temporaryPhoneError: { code: 210, description: 'Temporary phone error' },
  carrierTemporaryError: { code: 503, description: 'Carrier rejected - temporary problem' },
  blockedBySubscriber: { code: 510, description: 'Message blocked by subscriber action or request' },
  /** Inbound (MO) SMS handed to the customer's callback. */
  deliveredToCustomer: { code: 1500, description: 'Delivered to customer' },
} as const;

/** API errors: HTTP status and TeleSign's status.code/description. */
export const API_ERROR = {
  systemUnavailable: { http: 503, code: 10000, description: 'System Unavailable, Please try again later.' },
  nonceReused: { http: 401, code: 10002, description: "'x-ts-nonce' header value has been used recently" },
  nonceLength: {
    http: 401,
    code: 10003,
    description: "'x-ts-nonce' header value is either too long or too short",
  },
  dateOutOfRange: {
    http: 401,
    code: 10004,
    description: "'Date' or 'x-ts-date' header is not within tolerable range",
  },
  dateNotRfc822: {
    http: 401,
    code: 10005,
    description: "'Date' or 'x-ts-date' header is not RFC822 compliant",
  },
  invalidAuthMethod: { http: 401, code: 10006, description: "Invalid 'x-ts-auth-method' header." },
  dateMissing: { http: 401, code: 10007, description: "Missing required 'Date' or 'x-ts-date' header" },
  invalidSignature: { http: 401, code: 10008, description: 'Invalid Signature.' },
  authorizationMissing: { http: 401, code: 10009, description: "Missing required 'Authorization' header" },
  accountSuspended: { http: 401, code: 10010, description: 'CustomerID Account Suspended.' },
  productNotEnabled: {
    http: 401,
    code: 10011,
    description: 'This product is not enabled for this CustomerID.',
  },
  invalidCustomerId: { http: 401, code: 10015, description: 'Invalid Customer ID.' },
  referenceNotFound: { http: 404, code: 10017, description: 'Customer ID / Reference ID not found' },
  rateLimited: { http: 429, code: 10019, description: 'Rate Limit Exceeded' },
  invalidApiKey: { http: 401, code: 10022, description: 'Invalid API Key.' },
  authorizationMalformed: {
    http: 401,
    code: 10028,
    description: "Required 'Authorization' header is not in the correct format",
  },
  hostNotAllowed: {
    http: 401,
    code: 10035,
    description: 'The requested API host is not allowed for this CustomerID',
  },
  invalidPhoneNumber: { http: 400, code: 11000, description: 'Invalid value for parameter phone_number.' },
  invalidLifecycleEvent: {
    http: 400,
    code: 11003,
    description: 'Invalid value for parameter account_lifecycle_event',
  },
  invalidCallbackUrl: { http: 400, code: 11004, description: 'Invalid value for parameter callback_url' },
  invalidMessage: { http: 400, code: 11009, description: 'Invalid value for parameter message.' },
  invalidOriginatingIp: {
    http: 400,
    code: 11010,
    description: 'Invalid value for parameter originating_ip.',
  },
  invalidReferenceId: { http: 400, code: 11011, description: 'Invalid value for parameter reference_id' },
  invalidSenderId: { http: 400, code: 11013, description: 'Invalid value for parameter sender_id.' },
  invalidMessageType: { http: 400, code: 11017, description: 'Invalid value for parameter message_type.' },
  missingPhoneNumber: { http: 400, code: 12000, description: 'Missing Required Parameter phone_number' },
  missingMessage: { http: 400, code: 12009, description: 'Missing Required Parameter message' },
  missingMessageType: { http: 400, code: 12017, description: 'Missing Required Parameter message_type' },
  /**
   * TeleSign documents no code for a path it does not serve or an oversized body; the simulator
   * answers in the usual shape with the HTTP status as the code.
   */
  notFound: { http: 404, code: 404, description: 'Not Found: no such TeleSign resource' },
  bodyTooLarge: { http: 413, code: 413, description: 'Request body too large' },
} as const;

export type ApiError = (typeof API_ERROR)[keyof typeof API_ERROR];

/** Every TeleSign answer: a `status`, and whatever else the situation adds. */
export interface TeleSignBody {
  status: TeleSignStatus;
  [field: string]: unknown;
}

/** TeleSign timestamps carry microseconds: `2016-10-21T14:05:36.181000Z`. */
export const teleSignTimestamp = (at: Date = new Date()): string =>
  at.toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');

export const statusAt = (status: { code: number; description: string }, at?: Date): TeleSignStatus => ({
  code: status.code,
  description: status.description,
  updated_on: teleSignTimestamp(at),
});

/**
 * The error body: `{status}` for auth failures (as TeleSign answers them), plus `reference_id` and
 * `external_id` once a transaction exists, plus `signature_string` on a bad signature.
 */
export const errorBody = (
  error: ApiError,
  extra: { reference_id?: string; external_id?: string | null; signature_string?: string } = {},
): TeleSignBody => {
  const { reference_id, ...rest } = extra;
  return { ...(reference_id ? { reference_id } : {}), status: statusAt(error), ...rest };
};
