import type { AdminUserRef, MessageRecord, MessageView } from './message.types';

/** "First Last", falling back to the username or e-mail of the admin user. */
export const adminUserName = (user: AdminUserRef): string =>
  [user.firstname, user.lastname].filter(Boolean).join(' ') ||
  user.username ||
  user.email ||
  `User ${user.id}`;

export const toMessageView = (message: MessageRecord): MessageView => ({
  documentId: message.documentId,
  direction: message.direction,
  body: message.body,
  status: message.status,
  encoding: message.encoding,
  segments: message.segments,
  automation: message.automation,
  providerStatusCode: message.providerStatusCode,
  providerStatusDescription: message.providerStatusDescription,
  providerStatusAt: message.providerStatusAt,
  lastError: message.lastError,
  attempts: message.attempts,
  attachments: message.attachments ?? [],
  sentBy: message.sentBy ? { id: message.sentBy.id, name: adminUserName(message.sentBy) } : null,
  canRetry: message.status === 'failed' && message.direction !== 'inbound',
  createdAt: message.createdAt,
  updatedAt: message.updatedAt,
  submittedAt: message.submittedAt,
});
