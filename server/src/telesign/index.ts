/** Public surface of the TeleSign integration; the rest of the plugin imports from here. */
export { verifyCallbackSignature } from './callback-signature';
export type { CallbackSignatureInput, CallbackSignatureResult } from './callback-signature';
export { parseCallbackPayload } from './callback-payload';
export { createTeleSignClient, DEFAULT_USER_AGENT } from './client';
export type { SendMessageInput, TeleSignClient, TeleSignClientOptions } from './client';
export { TeleSignApiError, TeleSignNetworkError } from './errors';
export {
  isOptOutStatus,
  isStatusAdvance,
  mapProviderStatus,
  statusRank,
  TELESIGN_STATUS_CODES,
} from './status-codes';
export type {
  MessageStatus,
  ProviderStatusMapping,
  TeleSignStatusCategory,
  TeleSignStatusCodeInfo,
} from './status-codes';
export type {
  TeleSignAdditionalInfo,
  TeleSignCallbackPayload,
  TeleSignDeliveryReport,
  TeleSignInboundAction,
  TeleSignInboundMessage,
  TeleSignMessageType,
  TeleSignMessagingResponse,
  TeleSignStatus,
} from './types';
