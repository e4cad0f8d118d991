import type { AdminUserRef, MessageDirection } from '../messages/message.types';
import type { ConversationStatus } from './conversation-lifecycle';

export type { ConversationStatus } from './conversation-lifecycle';
export type {
  AssigneeView,
  ConversationDetail,
  ConversationListItem,
  ConversationListQuery,
  ConversationUpdates,
  QueueCounts,
  ReplyBody,
  StartConversationBody,
} from '../../../shared/contracts/conversations/conversation.types';

/** A conversation row as the query engine returns it (relations only when populated). */
export interface ConversationRecord {
  id: number;
  documentId: string;
  customerNumber: string;
  businessNumber: string;
  status: ConversationStatus;
  openedAt: string;
  lastInboundAt: string | null;
  lastMessageAt: string | null;
  lastMessagePreview: string | null;
  lastMessageDirection: MessageDirection | null;
  closedAt: string | null;
  closeReason: string | null;
  needsReview: boolean | null;
  reviewReason: string | null;
  createdAt: string;
  updatedAt: string;
  workstream?: {
    id: number;
    documentId: string;
    name: string;
    allowAgentAttachments?: boolean | null;
    allowCustomerAttachments?: boolean | null;
  } | null;
  assignee?: AdminUserRef | null;
}
