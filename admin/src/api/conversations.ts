import { z } from 'zod';

import { CONSENT_SOURCES, CONSENT_STATES } from '../../../shared/contracts/consent/consent.types';
import { CONVERSATION_STATUSES } from '../../../shared/contracts/conversations/conversation.types';
import {
  MESSAGE_AUTOMATIONS,
  MESSAGE_DIRECTIONS,
  MESSAGE_ENCODINGS,
  MESSAGE_STATUSES,
} from '../../../shared/contracts/messages/message.types';

import { LIST, TAGS, smsApi, type QueryError } from './smsApi';

import type { AgentView } from '../../../shared/contracts/agents/agent.types';
import type {
  ConversationDetail as ServerConversationDetail,
  ConversationListItem,
} from '../../../shared/contracts/conversations/conversation.types';
import type { MessageView } from '../../../shared/contracts/messages/message.types';
import type { QueueId } from '../queues';

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

/** Conversations per inbox page. */
const PAGE_SIZE = 25;

/** Reading a conversation again after a change to it also refreshes the queue it may have left. */
const conversationTags = (documentId: string) => [
  { type: TAGS.conversation, id: documentId },
  { type: TAGS.conversation, id: LIST },
];

const conversationsApi = smsApi.injectEndpoints({
  endpoints: (build) => ({
    smsConversations: build.query<ConversationPage, ConversationListParams>({
      query: ({ queue, q, page }) => {
        // Strapi's fetch client puts params into the URL unencoded: "+1 (425)…" must be encoded here.
        const search = q.trim() === '' ? {} : { q: encodeURIComponent(q.trim()) };
        return {
          url: CONVERSATIONS_URL,
          config: { params: { queue, page, pageSize: PAGE_SIZE, ...search } },
        };
      },
      transformResponse: (answer: unknown) => listAnswerSchema.parse(answer),
      providesTags: [{ type: TAGS.conversation, id: LIST }],
      // The list's counts are the newest: the queue tabs and the menu badge show them at once.
      async onQueryStarted(_params, { dispatch, queryFulfilled }): Promise<void> {
        try {
          const { data } = await queryFulfilled;
          dispatch(
            conversationsApi.util.updateQueryData('smsInboxUpdates', undefined, (updates) => {
              updates.counts = data.meta.counts;
            }),
          );
        } catch {
          // The page shows the failed load.
        }
      },
    }),
    smsConversation: build.query<ConversationDetail, string>({
      query: (documentId) => conversationUrl(documentId),
      transformResponse: (answer: unknown) => detailAnswerSchema.parse(answer).data,
      providesTags: (_detail, _error, documentId) => [{ type: TAGS.conversation, id: documentId }],
    }),
    /**
     * What changed since the previous answer (`GET /sms-channel/conversations/updates`). One cache
     * entry is shared by all who watch the inbox (the menu badge, the queues, an open conversation):
     * each answer's cursor is the next call's `since`. The server derives changes from database
     * timestamps, so the answers hold with several Strapi processes behind one database.
     */
    smsInboxUpdates: build.query<InboxUpdates, void>({
      async queryFn(
        _arg,
        { getState },
        _extra,
        baseQuery,
      ): Promise<{ data: InboxUpdates } | { error: QueryError }> {
        const cursor = selectInboxUpdates(getState() as InboxState).data?.cursor;
        const answer = await baseQuery({
          url: `${CONVERSATIONS_URL}/updates`,
          config: { params: cursor === undefined ? {} : { since: encodeURIComponent(cursor) } },
        });
        return answer.error === undefined
          ? { data: updatesAnswerSchema.parse(answer.data).data }
          : { error: answer.error };
      },
      // The changed conversations, and the queues they may have entered or left, are read again.
      async onQueryStarted(_arg, { dispatch, getState, queryFulfilled }): Promise<void> {
        const first = selectInboxUpdates(getState() as InboxState).data === undefined;
        try {
          const { data } = await queryFulfilled;
          if (first) {
            // The first answer only sets the cursor: something may have changed between the
            // pages' own first load and it, so they load once more.
            dispatch(conversationsApi.util.invalidateTags([TAGS.conversation]));
          } else if (data.changed.length > 0) {
            dispatch(
              conversationsApi.util.invalidateTags([
                { type: TAGS.conversation, id: LIST },
                ...data.changed.map((id) => ({ type: TAGS.conversation, id })),
              ]),
            );
          }
        } catch {
          // A failed poll (network, server restart) is tried again on the next turn.
        }
      },
    }),
    smsConversationAction: build.mutation<
      ConversationItem,
      { documentId: string; action: ConversationAction }
    >({
      query: ({ documentId, action }) => ({ url: conversationUrl(documentId, action), method: 'POST' }),
      transformResponse: (answer: unknown) => itemAnswerSchema.parse(answer).data,
      invalidatesTags: (_item, _error, { documentId }) => conversationTags(documentId),
    }),
    smsAssignConversation: build.mutation<ConversationItem, { documentId: string; userId: number }>({
      query: ({ documentId, userId }) => ({
        url: conversationUrl(documentId, 'assign'),
        method: 'POST',
        data: { userId },
      }),
      transformResponse: (answer: unknown) => itemAnswerSchema.parse(answer).data,
      invalidatesTags: (_item, _error, { documentId }) => conversationTags(documentId),
    }),
    smsSendReply: build.mutation<void, { documentId: string; body: string; attachments: number[] }>({
      query: ({ documentId, body, attachments }) => ({
        url: conversationUrl(documentId, 'messages'),
        method: 'POST',
        data: { body, ...(attachments.length > 0 ? { attachments } : {}) },
      }),
      invalidatesTags: (_result, _error, { documentId }) => conversationTags(documentId),
    }),
    /** An agent texts a customer first; answers the new (or existing) conversation's id. */
    smsStartConversation: build.mutation<string, { numberId: string; to: string; body: string }>({
      query: (body) => ({ url: CONVERSATIONS_URL, method: 'POST', data: body }),
      transformResponse: (answer: unknown) =>
        z.object({ data: z.object({ documentId: z.string() }) }).parse(answer).data.documentId,
      invalidatesTags: [{ type: TAGS.conversation, id: LIST }],
    }),
    smsRetryMessage: build.mutation<void, { conversationId: string; messageId: string }>({
      query: ({ messageId }) => ({
        url: `/sms-channel/messages/${encodeURIComponent(messageId)}/retry`,
        method: 'POST',
      }),
      invalidatesTags: (_result, _error, { conversationId }) => [
        { type: TAGS.conversation, id: conversationId },
      ],
    }),
    /** The admin users who may reply: whom a conversation can be assigned to. */
    smsAgents: build.query<Agent[], void>({
      query: () => '/sms-channel/agents',
      transformResponse: (answer: unknown) => z.object({ data: z.array(agentSchema) }).parse(answer).data,
    }),
  }),
});

const selectInboxUpdates = conversationsApi.endpoints.smsInboxUpdates.select();

type InboxState = Parameters<typeof selectInboxUpdates>[0];

export const {
  useSmsAgentsQuery,
  useSmsAssignConversationMutation,
  useSmsConversationActionMutation,
  useSmsConversationQuery,
  useSmsConversationsQuery,
  useSmsInboxUpdatesQuery,
  useSmsRetryMessageMutation,
  useSmsSendReplyMutation,
  useSmsStartConversationMutation,
} = conversationsApi;

export {
  type Agent,
  type ConversationAction,
  type ConversationDetail,
  type ConversationItem,
  type ConversationMessage,
  type QueueCounts,
};
