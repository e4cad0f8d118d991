import type {
  MessageAttachment,
  MessageAutomation,
  MessageDirection,
  MessageEncoding,
  MessageStatus,
} from '../../../shared/contracts/messages/message.types';

export type {
  MessageAttachment,
  MessageAutomation,
  MessageDirection,
  MessageEncoding,
  MessageStatus,
  MessageView,
} from '../../../shared/contracts/messages/message.types';

export interface AdminUserRef {
  id: number;
  firstname: string | null;
  lastname: string | null;
  username?: string | null;
  email?: string | null;
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
