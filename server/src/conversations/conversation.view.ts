import type { ConsentView } from '../consent/consent.types';
import type { AdminUserRef, MessageRecord } from '../messages/message.types';
import { adminUserName, toMessageView } from '../messages/message.view';
import type {
  AssigneeView,
  ConversationDetail,
  ConversationListItem,
  ConversationRecord,
} from './conversation.types';

const toAssigneeView = (user: AdminUserRef): AssigneeView => ({
  id: user.id,
  firstname: user.firstname,
  lastname: user.lastname,
  email: user.email ?? '',
  name: adminUserName(user),
});

export const toConversationListItem = (conversation: ConversationRecord): ConversationListItem => ({
  documentId: conversation.documentId,
  customerNumber: conversation.customerNumber,
  businessNumber: conversation.businessNumber,
  status: conversation.status,
  workstream: conversation.workstream
    ? { documentId: conversation.workstream.documentId, name: conversation.workstream.name }
    : null,
  assignee: conversation.assignee ? toAssigneeView(conversation.assignee) : null,
  openedAt: conversation.openedAt,
  lastInboundAt: conversation.lastInboundAt,
  lastMessageAt: conversation.lastMessageAt,
  lastMessagePreview: conversation.lastMessagePreview,
  lastMessage:
    conversation.lastMessagePreview === null
      ? null
      : {
          body: conversation.lastMessagePreview,
          direction: conversation.lastMessageDirection,
          createdAt: conversation.lastMessageAt,
        },
  unread: conversation.lastMessageDirection === 'inbound',
  closedAt: conversation.closedAt,
  closeReason: conversation.closeReason,
  needsReview: Boolean(conversation.needsReview),
  reviewReason: conversation.reviewReason,
});

export const toConversationDetail = (
  conversation: ConversationRecord,
  messages: MessageRecord[],
  consent: ConsentView,
  account: { documentId: string; name: string } | null,
): ConversationDetail => ({
  ...toConversationListItem(conversation),
  workstream: conversation.workstream
    ? {
        documentId: conversation.workstream.documentId,
        name: conversation.workstream.name,
        allowAgentAttachments: Boolean(conversation.workstream.allowAgentAttachments),
        allowCustomerAttachments: Boolean(conversation.workstream.allowCustomerAttachments),
      }
    : null,
  account,
  messages: messages.map(toMessageView),
  consent,
});
