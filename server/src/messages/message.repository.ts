import type { Core } from '@strapi/strapi';
import { linkTable } from '../database/link-table';
import type { DatabaseTransaction } from '../database/transaction';
import { UIDS } from '../utils/uids';
import type {
  MessageAttachment,
  MessageAutomation,
  MessageDirection,
  MessageRecord,
  MessageStatus,
} from './message.types';
import { analyzeSegments } from '../../../shared/contracts/messages/segments';

const SENT_BY = { select: ['id', 'firstname', 'lastname', 'username', 'email'] } as const;
const CONVERSATION = { select: ['id', 'documentId', 'customerNumber', 'businessNumber'] } as const;
const FULL = { conversation: CONVERSATION, sentBy: SENT_BY } as const;

export interface NewMessage {
  conversationId: number;
  direction: MessageDirection;
  body: string;
  status: MessageStatus;
  referenceId?: string;
  automation?: MessageAutomation;
  sentById?: number | null;
  providerStatus?: { code: number; description: string; at: Date };
  lastError?: string;
  attachments?: MessageAttachment[];
}

/** The row's own columns; encoding and segments are computed from the body. */
const columnsOf = (message: Omit<NewMessage, 'conversationId' | 'sentById'>) => {
  const { encoding, segments } = analyzeSegments(message.body);
  return {
    direction: message.direction,
    body: message.body,
    encoding,
    segments,
    status: message.status,
    referenceId: message.referenceId ?? null,
    automation: message.automation ?? null,
    providerStatusCode: message.providerStatus?.code ?? null,
    providerStatusDescription: message.providerStatus?.description ?? null,
    providerStatusAt: message.providerStatus?.at ?? null,
    lastError: message.lastError ?? null,
    attachments: message.attachments?.length ? message.attachments : null,
    attempts: 0,
  };
};

/** Messages over Strapi's query engine. */
export const createMessageRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.message);
  return {
    async create(message: NewMessage): Promise<MessageRecord> {
      return (await query().create({
        data: {
          ...columnsOf(message),
          conversation: message.conversationId,
          sentBy: message.sentById ?? null,
        },
        populate: FULL,
      })) as MessageRecord;
    },
    /**
     * Stores a message without an agent and without reading it back: two statements where
     * `create` takes five, for the busiest path (every customer SMS).
     */
    async insert(message: Omit<NewMessage, 'sentById'>): Promise<void> {
      const link = linkTable(strapi, UIDS.message, 'conversation');
      await strapi.db.transaction(async ({ trx }: { trx: DatabaseTransaction }) => {
        const { ids } = (await query().createMany({ data: [columnsOf(message)] })) as { ids: number[] };
        await strapi.db
          .getConnection(link.name)
          .transacting(trx)
          .insert({ [link.ownerColumn]: ids[0], [link.targetColumn]: message.conversationId });
      });
    },
    async findById(id: number): Promise<MessageRecord | null> {
      return (await query().findOne({ where: { id }, populate: FULL })) as MessageRecord | null;
    },
    async findByDocumentId(documentId: string): Promise<MessageRecord | null> {
      return (await query().findOne({ where: { documentId }, populate: FULL })) as MessageRecord | null;
    },
    async findByReferenceId(referenceId: string): Promise<MessageRecord | null> {
      return (await query().findOne({ where: { referenceId }, populate: FULL })) as MessageRecord | null;
    },
    async findByExternalId(externalId: string): Promise<MessageRecord | null> {
      return (await query().findOne({ where: { externalId }, populate: FULL })) as MessageRecord | null;
    },
    /** documentIds of the conversations of messages written after `at` (the updatedAt index). */
    async findConversationsChangedSince(at: Date): Promise<string[]> {
      const rows = (await query().findMany({
        where: { updatedAt: { $gt: at } },
        select: ['id'],
        populate: { conversation: { select: ['documentId'] } },
      })) as Array<{ conversation: { documentId: string } | null }>;
      return rows.flatMap((row) => (row.conversation ? [row.conversation.documentId] : []));
    },
    /** The thread, oldest first (insertion order, which is the order the plugin learnt of them). */
    async findForConversation(conversationId: number): Promise<MessageRecord[]> {
      return (await query().findMany({
        where: { conversation: { id: conversationId } },
        orderBy: { id: 'asc' },
        populate: { sentBy: SENT_BY },
      })) as MessageRecord[];
    },
  };
};

export type MessageRepository = ReturnType<typeof createMessageRepository>;
