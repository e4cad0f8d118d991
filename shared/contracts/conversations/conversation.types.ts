import type { AgentView } from '../agents/agent.types';
import type { ConsentView } from '../consent/consent.types';
import type { MessageDirection, MessageView } from '../messages/message.types';

export const CONVERSATION_STATUSES = ['open', 'active', 'waiting', 'wrap-up', 'closed'] as const;

export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** The conversation's agent: the assign dialog's fields plus a display name. */
export interface AssigneeView extends AgentView {
  name: string;
}

/** A conversation in the inbox list. */
export interface ConversationListItem {
  documentId: string;
  /** The customer's number, digits with country code. */
  customerNumber: string;
  /** The business number the customer texted (or was texted from). */
  businessNumber: string;
  status: ConversationStatus;
  /** Null when the business number has no workstream (or is not set up): nobody is routed to it. */
  workstream: { documentId: string; name: string } | null;
  assignee: AssigneeView | null;
  openedAt: string;
  /** When the customer last wrote. */
  lastInboundAt: string | null;
  lastMessageAt: string | null;
  lastMessagePreview: string | null;
  /** The newest message, preview-length; null only for conversations stored before it was kept. */
  lastMessage: { body: string; direction: MessageDirection | null; createdAt: string | null } | null;
  /** The customer wrote last: nobody has answered them yet. */
  unread: boolean;
  closedAt: string | null;
  closeReason: string | null;
  /** The customer may have asked to opt out in words the plugin did not act on by itself. */
  needsReview: boolean;
  reviewReason: string | null;
}

/**
 * A conversation with its thread (oldest message first), the consent of its pair of numbers, the
 * behaviours its workstream allows and the account its business number belongs to.
 */
export interface ConversationDetail extends Omit<ConversationListItem, 'workstream'> {
  workstream: {
    documentId: string;
    name: string;
    allowAgentAttachments: boolean;
    allowCustomerAttachments: boolean;
  } | null;
  account: { documentId: string; name: string } | null;
  messages: MessageView[];
  consent: ConsentView;
}

/** Conversations in each inbox queue, as seen by one agent. */
export interface QueueCounts {
  /** Waiting for an agent to accept. */
  open: number;
  /** Active or in wrap-up, assigned to the agent asking. */
  mine: number;
  /** Every agent's conversations whose session was closed, waiting for the customer. */
  waiting: number;
  closed: number;
}

/** `GET /sms-channel/conversations/updates` */
export interface ConversationUpdates {
  /** Pass as `since` next time. */
  cursor: string;
  /** documentIds of conversations that changed (or whose messages did) since the given cursor. */
  changed: string[];
  counts: QueueCounts;
}

/** `GET /sms-channel/conversations` query. */
export interface ConversationListQuery {
  /** One status or a comma-separated list. */
  status?: string;
  /** `me`, `none` or an admin user id. */
  assignee?: string;
  /** An inbox queue: `open`, `mine`, `waiting` or `closed` (see QueueCounts). */
  queue?: string;
  /** Part of the customer's number (as typed: "+1 (425) 555-0100" works) or of any message's text. */
  q?: string;
  page?: number;
  pageSize?: number;
}

/** `POST /sms-channel/conversations`: an agent texts a customer first. */
export interface StartConversationBody {
  /** documentId of the business number to send from. */
  numberId: string;
  /** The customer's number, digits with country code. */
  to: string;
  body: string;
}

/** `POST /sms-channel/conversations/:id/messages`. */
export interface ReplyBody {
  body: string;
  /** Media Library file ids; only when the workstream allows agents to send attachments. */
  attachments?: number[];
}
