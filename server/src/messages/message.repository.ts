import type { Core } from '@strapi/strapi';
import { UIDS } from '../utils/uids';
import type {
  MessageAttachment,
  MessageAutomation,
  MessageDirection,
  MessageRecord,
  MessageStatus,
} from './message.types';
import { analyzeSegments } from './segments';

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

/** Messages over Strapi's query engine; encoding and segments are computed for every new row. */
export const createMessageRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.message);
  return {
    async create(message: NewMessage): Promise<MessageRecord> {
      const { encoding, segments } = analyzeSegments(message.body);
      return (await query().create({
        data: {
          conversation: message.conversationId,
          direction: message.direction,
          body: message.body,
          encoding,
          segments,
          status: message.status,
          referenceId: message.referenceId ?? null,
          automation: message.automation ?? null,
          sentBy: message.sentById ?? null,
          providerStatusCode: message.providerStatus?.code ?? null,
          providerStatusDescription: message.providerStatus?.description ?? null,
          providerStatusAt: message.providerStatus?.at ?? null,
          lastError: message.lastError ?? null,
          attachments: message.attachments?.length ? message.attachments : null,
          attempts: 0,
        },
        populate: FULL,
      })) as MessageRecord;
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
