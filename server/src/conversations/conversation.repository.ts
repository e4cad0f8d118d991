import type { Core } from '@strapi/strapi';
import { linkTable } from '../database/link-table';
import { ConcurrentChangeError } from '../database/transient-conflict';
import type { MessageDirection } from '../messages/message.types';
import type { Page, PageRequest } from '../utils/pagination';
import { UIDS } from '../utils/uids';
import { openPairKey, type ConversationStatus } from './conversation-lifecycle';
import type { ConversationRecord } from './conversation.types';

const RELATIONS = {
  workstream: { select: ['id', 'documentId', 'name'] },
  assignee: { select: ['id', 'firstname', 'lastname', 'username', 'email'] },
} as const;

/** RELATIONS with the workstream's behaviours, for a conversation's page and agents' replies. */
const DETAIL_RELATIONS = {
  ...RELATIONS,
  workstream: {
    select: ['id', 'documentId', 'name', 'allowAgentAttachments', 'allowCustomerAttachments'],
  },
} as const;

export interface NewConversation {
  customerNumber: string;
  businessNumber: string;
  status: ConversationStatus;
  workstreamId: number | null;
  assigneeId: number | null;
  openedAt: Date;
  lastInboundAt: Date | null;
  lastMessageAt: Date;
  lastMessagePreview: string;
  lastMessageDirection: MessageDirection;
}

/** Columns a conversation's activity and lifecycle change. */
export interface ConversationChanges {
  status?: ConversationStatus;
  assignee?: number | null;
  workstream?: number | null;
  lastInboundAt?: Date;
  lastMessageAt?: Date;
  lastMessagePreview?: string;
  lastMessageDirection?: MessageDirection;
  needsReview?: boolean;
  reviewReason?: string | null;
  closedAt?: Date | null;
  closeReason?: string | null;
  /** Set again when a closed conversation is reopened; a unique violation if the pair has another. */
  openPairKey?: string | null;
}

/** Conversations over Strapi's query engine. */
export const createConversationRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.conversation);

  /** Closing frees the pair for a new conversation: the unique key is cleared with the status. */
  const withPairKey = (changes: ConversationChanges): ConversationChanges =>
    changes.status === 'closed' ? { ...changes, openPairKey: null } : changes;

  return {
    async findOpenByPair(customerNumber: string, businessNumber: string): Promise<ConversationRecord | null> {
      return (await query().findOne({
        where: { openPairKey: openPairKey(customerNumber, businessNumber) },
        populate: RELATIONS,
      })) as ConversationRecord | null;
    },
    /** Fails with a unique violation when the pair already has a conversation that is not closed. */
    async create(conversation: NewConversation): Promise<ConversationRecord> {
      return (await query().create({
        data: {
          customerNumber: conversation.customerNumber,
          businessNumber: conversation.businessNumber,
          openPairKey:
            conversation.status === 'closed'
              ? null
              : openPairKey(conversation.customerNumber, conversation.businessNumber),
          status: conversation.status,
          workstream: conversation.workstreamId,
          assignee: conversation.assigneeId,
          openedAt: conversation.openedAt,
          lastInboundAt: conversation.lastInboundAt,
          lastMessageAt: conversation.lastMessageAt,
          lastMessagePreview: conversation.lastMessagePreview,
          lastMessageDirection: conversation.lastMessageDirection,
          needsReview: false,
        },
        populate: RELATIONS,
      })) as ConversationRecord;
    },
    async findById(id: number): Promise<ConversationRecord | null> {
      return (await query().findOne({ where: { id }, populate: RELATIONS })) as ConversationRecord | null;
    },
    /**
     * The conversation as committed now (with its workstream's behaviours), its row locked until
     * the transaction ends: every change of a conversation's status or assignee updates its row,
     * so none can come between what is decided on this record and the transaction's writes.
     * (SQLite has no row locks: it lets one transaction write at a time, and one that read before
     * another's write cannot write after it, so it is run again.) Under MySQL's repeatable read a
     * plain read answers from the snapshot of the transaction's first read, which may predate the
     * lock: when that read differs from the locked row, the transaction is run again
     * (ConcurrentChangeError) and then reads after the change.
     */
    async findLockedById(id: number): Promise<ConversationRecord | null> {
      const locked = (await strapi.db.entityManager
        .createQueryBuilder(UIDS.conversation)
        .init({ where: { id }, select: ['id', 'status', 'updatedAt'] })
        .forUpdate()
        .first()
        .execute()) as Pick<ConversationRecord, 'status' | 'updatedAt'> | null;
      if (!locked) return null;
      const conversation = (await query().findOne({
        where: { id },
        populate: DETAIL_RELATIONS,
      })) as ConversationRecord | null;
      if (
        !conversation ||
        conversation.status !== locked.status ||
        new Date(conversation.updatedAt).getTime() !== new Date(locked.updatedAt).getTime()
      ) {
        throw new ConcurrentChangeError('The conversation');
      }
      return conversation;
    },
    async findByDocumentId(documentId: string): Promise<ConversationRecord | null> {
      return (await query().findOne({
        where: { documentId },
        populate: RELATIONS,
      })) as ConversationRecord | null;
    },
    async update(id: number, changes: ConversationChanges): Promise<void> {
      await query().update({ where: { id }, data: withPairKey(changes) });
    },
    /**
     * Changes the row only if its status is still `expectedStatus` (`at` becomes its updatedAt); false when another process
     * moved it first. Relations cannot be part of a conditional UPDATE in the query engine, so
     * they are written after the guarded one, inside the caller's transaction.
     */
    async updateIfStatus(
      id: number,
      expectedStatus: ConversationStatus,
      changes: ConversationChanges,
      at = new Date(),
    ): Promise<boolean> {
      const { assignee, workstream, ...columns } = withPairKey(changes);
      const { count } = (await query().updateMany({
        where: { id, status: expectedStatus },
        data: { ...columns, updatedAt: at },
      })) as { count: number };
      if (count === 0) return false;
      const relations = {
        ...(assignee === undefined ? {} : { assignee }),
        ...(workstream === undefined ? {} : { workstream }),
      };
      if (Object.keys(relations).length > 0) await query().update({ where: { id }, data: relations });
      return true;
    },
    /**
     * One page, newest activity first: the page's rows (by the status + last message index), one
     * query per relation whatever the page size, and a count unless the caller has the total.
     */
    async findPage(
      where: Record<string, unknown>,
      page: PageRequest,
      knownTotal?: Promise<number>,
    ): Promise<Page<ConversationRecord>> {
      const params = { where, orderBy: [{ lastMessageAt: 'desc' }, { id: 'desc' }], populate: RELATIONS };
      if (knownTotal === undefined) {
        return (await query().findPage({ ...params, ...page })) as Page<ConversationRecord>;
      }
      const [results, total] = await Promise.all([
        query().findMany({
          ...params,
          offset: (page.page - 1) * page.pageSize,
          limit: page.pageSize,
        }) as Promise<ConversationRecord[]>,
        knownTotal,
      ]);
      return { results, pagination: { ...page, pageCount: Math.ceil(total / page.pageSize), total } };
    },
    /** Conversations per status, in one pass over the status index. */
    async countByStatus(): Promise<Record<ConversationStatus, number>> {
      const counts: Record<ConversationStatus, number> = {
        open: 0,
        active: 0,
        waiting: 0,
        'wrap-up': 0,
        closed: 0,
      };
      const { tableName } = strapi.db.metadata.get(UIDS.conversation);
      const rows = (await strapi.db
        .getConnection(tableName)
        .select('status')
        .count({ count: '*' })
        .groupBy('status')) as Array<{ status: ConversationStatus; count: number | string }>;
      for (const row of rows) counts[row.status] = Number(row.count);
      return counts;
    },
    async findDetailByDocumentId(documentId: string): Promise<ConversationRecord | null> {
      return (await query().findOne({
        where: { documentId },
        populate: DETAIL_RELATIONS,
      })) as ConversationRecord | null;
    },
    async count(where: Record<string, unknown>): Promise<number> {
      return query().count({ where });
    },
    /**
     * A sub-query of the ids of conversations with a message containing `text` (any case), for
     * `id: { $in: … }`: the database matches it without loading any message.
     */
    withMessageText(text: string): unknown {
      const link = linkTable(strapi, UIDS.message, 'conversation');
      const matching = strapi.db.entityManager
        .createQueryBuilder(UIDS.message)
        .init({ where: { body: { $containsi: text } }, select: ['id'] })
        .getKnexQuery();
      return strapi.db.getConnection(link.name).select(link.targetColumn).whereIn(link.ownerColumn, matching);
    },
    /** documentIds of conversations written after `at` (the updatedAt index). */
    async findChangedSince(at: Date): Promise<string[]> {
      const rows = (await query().findMany({
        where: { updatedAt: { $gt: at } },
        select: ['documentId'],
      })) as Array<{ documentId: string }>;
      return rows.map((row) => row.documentId);
    },
    /** `waiting` conversations of a workstream whose last message is older than `before`. */
    async findIdleWaiting(workstreamId: number, before: Date, limit: number): Promise<number[]> {
      const rows = (await query().findMany({
        where: { status: 'waiting', workstream: { id: workstreamId }, lastMessageAt: { $lt: before } },
        select: ['id'],
        orderBy: { lastMessageAt: 'asc' },
        limit,
      })) as Array<{ id: number }>;
      return rows.map((row) => row.id);
    },
    /**
     * Closes those of `ids` that are still `waiting` and idle since `before` (a customer may have
     * written meanwhile, or another process closed them first); answers how many it closed.
     */
    async closeIdle(ids: number[], before: Date, reason: string, at: Date): Promise<number> {
      if (ids.length === 0) return 0;
      const { count } = (await query().updateMany({
        where: { id: { $in: ids }, status: 'waiting', lastMessageAt: { $lt: before } },
        data: { status: 'closed', openPairKey: null, closedAt: at, closeReason: reason, updatedAt: at },
      })) as { count: number };
      return count;
    },
  };
};

export type ConversationRepository = ReturnType<typeof createConversationRepository>;
