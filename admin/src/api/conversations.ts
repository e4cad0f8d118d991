import { z } from 'zod';

import { CONSENT_SOURCES, CONSENT_STATES } from '../../../server/src/content-types/consent';
import { CONVERSATION_STATUSES } from '../../../server/src/content-types/conversation';
import {
  MESSAGE_AUTOMATIONS,
  MESSAGE_DIRECTIONS,
  MESSAGE_ENCODINGS,
  MESSAGE_STATUSES,
} from '../../../server/src/content-types/message';

import type { AgentView } from '../../../server/src/agents/agent.types';
import type {
  ConversationDetail as ServerConversationDetail,
  ConversationListItem,
} from '../../../server/src/conversations/conversation.types';
import type { MessageView } from '../../../server/src/messages/message.types';
import type { QueueId } from '../queues';
import type { FetchClient } from '@strapi/strapi/admin';

/** What the server sends that the inbox does not show: `satisfies` checks the rest against its types. */
type ListFieldsNotShown = 'lastMessagePreview';
type MessageFieldsNotShown = 'attempts' | 'attachments' | 'providerStatusAt' | 'submittedAt' | 'updatedAt';

const CONVERSATIONS_URL = '/sms-channel/conversations';

const conversationUrl = (documentId: string, action?: string) =>
  `${CONVERSATIONS_URL}/${encodeURIComponent(documentId)}${action ? `/${action}` : ''}`;

/** An admin user as the inbox shows one: the assignee, an agent to assign to. */
const agentSchema = z.object({
  id: z.number(),
  firstname: z.string().nullable(),
  lastname: z.string().nullable(),
  email: z.string(),
}) satisfies z.ZodType<AgentView>;

const countsSchema = z.object({
  open: z.number(),
  mine: z.number(),
  waiting: z.number(),
  closed: z.number(),
});

/** A conversation as the inbox list shows it (`GET /sms-channel/conversations`). */
const conversationItemSchema = z.object({
  documentId: z.string(),
  customerNumber: z.string(),
  businessNumber: z.string(),
  status: z.enum(CONVERSATION_STATUSES),
  assignee: agentSchema.extend({ name: z.string() }).nullable(),
  workstream: z.object({ documentId: z.string(), name: z.string() }).nullable(),
  lastMessage: z
    .object({
      body: z.string(),
      direction: z.enum(MESSAGE_DIRECTIONS).nullable(),
      createdAt: z.string().nullable(),
    })
    .nullable(),
  lastInboundAt: z.string().nullable(),
  lastMessageAt: z.string().nullable(),
  /** The customer wrote last: nobody has answered them yet. */
  unread: z.boolean(),
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  closeReason: z.string().nullable(),
  /** The customer may have asked to opt out in words no keyword rule acts on alone. */
  needsReview: z.boolean(),
  reviewReason: z.string().nullable(),
}) satisfies z.ZodType<Omit<ConversationListItem, ListFieldsNotShown>>;

const messageSchema = z.object({
  documentId: z.string(),
  direction: z.enum(MESSAGE_DIRECTIONS),
  body: z.string(),
  status: z.enum(MESSAGE_STATUSES),
  encoding: z.enum(MESSAGE_ENCODINGS).nullable(),
  segments: z.number().nullable(),
  automation: z.enum(MESSAGE_AUTOMATIONS).nullable(),
  providerStatusCode: z.number().nullable(),
  providerStatusDescription: z.string().nullable(),
  lastError: z.string().nullable(),
  sentBy: z.object({ id: z.number(), name: z.string() }).nullable(),
  canRetry: z.boolean(),
  createdAt: z.string(),
}) satisfies z.ZodType<Omit<MessageView, MessageFieldsNotShown>>;

/** A conversation with its thread (`GET /sms-channel/conversations/:id`). */
const conversationDetailSchema = conversationItemSchema.extend({
  messages: z.array(messageSchema),
  consent: z.object({
    state: z.enum(CONSENT_STATES).nullable(),
    since: z.string().nullable(),
    source: z.enum(CONSENT_SOURCES).nullable(),
    detail: z.string().nullable().optional(),
  }),
  workstream: z
    .object({
      documentId: z.string(),
      name: z.string(),
      allowAgentAttachments: z.boolean(),
      allowCustomerAttachments: z.boolean(),
    })
    .nullable(),
  account: z.object({ documentId: z.string(), name: z.string() }).nullable(),
}) satisfies z.ZodType<Omit<ServerConversationDetail, ListFieldsNotShown | 'messages' | 'consent'>>;

const listAnswerSchema = z.object({
  data: z.array(conversationItemSchema),
  meta: z.object({
    pagination: z.object({ page: z.number(), pageCount: z.number(), total: z.number() }),
    counts: countsSchema,
  }),
});

const updatesAnswerSchema = z.object({
  data: z.object({ cursor: z.string(), changed: z.array(z.string()), counts: countsSchema }),
});

const detailAnswerSchema = z.object({ data: conversationDetailSchema });
const itemAnswerSchema = z.object({ data: conversationItemSchema });

type Agent = z.infer<typeof agentSchema>;
type QueueCounts = z.infer<typeof countsSchema>;
type ConversationItem = z.infer<typeof conversationItemSchema>;
type ConversationDetail = z.infer<typeof conversationDetailSchema>;
type ConversationMessage = z.infer<typeof messageSchema>;
type ConversationPage = z.infer<typeof listAnswerSchema>;
type InboxUpdates = z.infer<typeof updatesAnswerSchema>['data'];

/** The lifecycle actions an agent takes on a conversation, by their route name. */
type ConversationAction = 'accept' | 'close' | 'end' | 'reopen';

interface ConversationListParams {
  queue: QueueId;
  q: string;
  page: number;
}

const PAGE_SIZE = 25;

const listConversations = async (
  client: FetchClient,
  { queue, q, page }: ConversationListParams,
): Promise<ConversationPage> => {
  // Strapi's fetch client puts params into the URL unencoded: "+1 (425)…" must be encoded here.
  const search = q.trim() === '' ? {} : { q: encodeURIComponent(q.trim()) };
  const { data } = await client.get(CONVERSATIONS_URL, {
    params: { queue, page, pageSize: PAGE_SIZE, ...search },
  });
  return listAnswerSchema.parse(data);
};

const getConversation = async (client: FetchClient, documentId: string): Promise<ConversationDetail> => {
  const { data } = await client.get(conversationUrl(documentId));
  return detailAnswerSchema.parse(data).data;
};

/** What changed since `cursor` (every conversation's id on the first call, `cursor` null). */
const getInboxUpdates = async (client: FetchClient, cursor: string | null): Promise<InboxUpdates> => {
  const { data } = await client.get(`${CONVERSATIONS_URL}/updates`, {
    params: cursor === null ? {} : { since: encodeURIComponent(cursor) },
  });
  return updatesAnswerSchema.parse(data).data;
};

const actOnConversation = async (
  client: FetchClient,
  documentId: string,
  action: ConversationAction,
): Promise<ConversationItem> => {
  const { data } = await client.post(conversationUrl(documentId, action));
  return itemAnswerSchema.parse(data).data;
};

const assignConversation = async (
  client: FetchClient,
  documentId: string,
  userId: number,
): Promise<ConversationItem> => {
  const { data } = await client.post(conversationUrl(documentId, 'assign'), { userId });
  return itemAnswerSchema.parse(data).data;
};

const sendReply = async (
  client: FetchClient,
  documentId: string,
  body: string,
  attachments: number[],
): Promise<void> => {
  await client.post(conversationUrl(documentId, 'messages'), {
    body,
    ...(attachments.length > 0 ? { attachments } : {}),
  });
};

/** An agent texts a customer first; answers the new (or existing) conversation's id. */
const startConversation = async (
  client: FetchClient,
  body: { numberId: string; to: string; body: string },
): Promise<string> => {
  const { data } = await client.post(CONVERSATIONS_URL, body);
  return z.object({ data: z.object({ documentId: z.string() }) }).parse(data).data.documentId;
};

const retryMessage = async (client: FetchClient, messageId: string): Promise<void> => {
  await client.post(`/sms-channel/messages/${encodeURIComponent(messageId)}/retry`);
};

/** The admin users who may reply: whom a conversation can be assigned to. */
const listAgents = async (client: FetchClient): Promise<Agent[]> => {
  const { data } = await client.get('/sms-channel/agents');
  return z.object({ data: z.array(agentSchema) }).parse(data).data;
};

export {
  PAGE_SIZE,
  actOnConversation,
  assignConversation,
  getConversation,
  getInboxUpdates,
  listAgents,
  listConversations,
  retryMessage,
  sendReply,
  startConversation,
  type Agent,
  type ConversationAction,
  type ConversationDetail,
  type ConversationItem,
  type ConversationMessage,
  type ConversationPage,
  type InboxUpdates,
  type QueueCounts,
};
