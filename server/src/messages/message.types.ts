import type {
  MESSAGE_AUTOMATIONS,
  MESSAGE_DIRECTIONS,
  MESSAGE_ENCODINGS,
  MESSAGE_STATUSES,
} from '../content-types/message';

export type MessageDirection = (typeof MESSAGE_DIRECTIONS)[number];
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];
export type MessageEncoding = (typeof MESSAGE_ENCODINGS)[number];
export type MessageAutomation = (typeof MESSAGE_AUTOMATIONS)[number];

export interface AdminUserRef {
  id: number;
  firstname: string | null;
  lastname: string | null;
  username?: string | null;
  email?: string | null;
}

/** A Media Library file an agent sent with a message; the SMS carries its link. */
export interface MessageAttachment {
  id: number;
  name: string;
  mime: string | null;
  url: string;
}

/** A message row as the query engine returns it (relations only when populated). */
export interface MessageRecord {
  id: number;
  documentId: string;
  direction: MessageDirection;
  body: string;
  encoding: MessageEncoding | null;
  segments: number | null;
  status: MessageStatus;
  referenceId: string | null;
  externalId: string | null;
  automation: MessageAutomation | null;
  providerStatusCode: number | null;
  providerStatusDescription: string | null;
  providerStatusAt: string | null;
  attempts: number;
  submittedAt: string | null;
  nextAttemptAt: string | null;
  leaseUntil?: string | null;
  lastError: string | null;
  attachments: MessageAttachment[] | null;
  createdAt: string;
  updatedAt: string;
  conversation?: { id: number; documentId: string; customerNumber: string; businessNumber: string } | null;
  sentBy?: AdminUserRef | null;
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
