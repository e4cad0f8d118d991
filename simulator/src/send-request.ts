import { isIP } from 'node:net';
import { PHONE_DIGITS } from './formats';
import { API_ERROR, type ApiError } from './telesign-wire';

/**
 * Validates a `POST /v1/messaging` form body with TeleSign's codes: missing required parameters are
 * 120xx, invalid values 110xx, reported one at a time in parameter order. Empty optional
 * parameters count as absent.
 */

const MESSAGE_TYPES = ['OTP', 'ARN', 'MKT'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

const LIFECYCLE_EVENTS = ['create', 'sign-in', 'transact', 'update', 'delete'];
const MAX_MESSAGE_CHARACTERS = 1600;
const MAX_SENDER_ID_LENGTH = 20;

export interface SendRequest {
  phoneNumber: string;
  message: string;
  messageType: MessageType;
  senderId: string | null;
  externalId: string | null;
  callbackUrl: string | null;
}

export type SendRequestResult =
  { ok: true; request: SendRequest } | { ok: false; error: ApiError; externalId: string | null };

const isMessageType = (value: string): value is MessageType =>
  (MESSAGE_TYPES as readonly string[]).includes(value);

const isHttpUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};

export const parseSendRequest = (formBody: string): SendRequestResult => {
  const form = new URLSearchParams(formBody);
  const optional = (name: string): string | null => form.get(name) || null;
  const externalId = optional('external_id');
  const refuse = (error: ApiError): SendRequestResult => ({ ok: false, error, externalId });

  const phoneNumber = optional('phone_number');
  if (phoneNumber === null) return refuse(API_ERROR.missingPhoneNumber);
  if (!PHONE_DIGITS.test(phoneNumber)) return refuse(API_ERROR.invalidPhoneNumber);

  const message = optional('message');
  if (message === null) return refuse(API_ERROR.missingMessage);
  // "Limited to 1600 characters": counted as characters (code points), not UTF-16 units.
  if ([...message].length > MAX_MESSAGE_CHARACTERS) return refuse(API_ERROR.invalidMessage);

  const messageType = optional('message_type');
  if (messageType === null) return refuse(API_ERROR.missingMessageType);
  if (!isMessageType(messageType)) return refuse(API_ERROR.invalidMessageType);

  const lifecycleEvent = optional('account_lifecycle_event');
  if (lifecycleEvent !== null && !LIFECYCLE_EVENTS.includes(lifecycleEvent))
    return refuse(API_ERROR.invalidLifecycleEvent);

  const senderId = optional('sender_id');
  if (senderId !== null && senderId.length > MAX_SENDER_ID_LENGTH) return refuse(API_ERROR.invalidSenderId);

  const originatingIp = optional('originating_ip');
  if (originatingIp !== null && isIP(originatingIp) === 0) return refuse(API_ERROR.invalidOriginatingIp);

  const callbackUrl = optional('callback_url');
  if (callbackUrl !== null && !isHttpUrl(callbackUrl)) return refuse(API_ERROR.invalidCallbackUrl);

  return { ok: true, request: { phoneNumber, message, messageType, senderId, externalId, callbackUrl } };
};
