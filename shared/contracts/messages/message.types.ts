export const MESSAGE_DIRECTIONS = ['inbound', 'outbound', 'automated'] as const;
export const MESSAGE_STATUSES = [
  'received',
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
  'unknown',
  'blocked',
] as const;
export const MESSAGE_ENCODINGS = ['gsm-7', 'ucs-2'] as const;
/** Why the plugin sent an `automated` message by itself. */
export const MESSAGE_AUTOMATIONS = ['opt-out-confirmation', 'opt-in-confirmation', 'help'] as const;

export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
export type MessageEncoding = (typeof MESSAGE_ENCODINGS)[number];
export type MessageAutomation = (typeof MESSAGE_AUTOMATIONS)[number];

/** A Media Library file an agent sent with a message; the SMS carries its link. */
export interface MessageAttachment {
  id: number;
  name: string;
  mime: string | null;
  url: string;
}

/** A message as the admin API returns it. */
export interface MessageView {
  documentId: string;
  direction: MessageDirection;
  body: string;
  status: MessageStatus;
  encoding: MessageEncoding | null;
  segments: number | null;
  /** Why the plugin sent an automated message by itself; null for other messages. */
  automation: MessageAutomation | null;
  /** TeleSign's latest status code for this message (1500 for an inbound SMS). */
  providerStatusCode: number | null;
  providerStatusDescription: string | null;
  providerStatusAt: string | null;
  /** What went wrong, in words an agent can act on; null when nothing did. */
  lastError: string | null;
  attempts: number;
  /** Files sent with it as links (already part of `body`). */
  attachments: MessageAttachment[];
  /** The agent who wrote it; null for inbound, automated and integration messages. */
  sentBy: { id: number; name: string } | null;
  /** True when `POST /sms-channel/messages/:id/retry` would queue it again. */
  canRetry: boolean;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
}
