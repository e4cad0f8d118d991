import type { Core } from '@strapi/strapi';
import { ConcurrentChangeError } from '../database/transient-conflict';
import type { MessageDirection } from '../messages/message.types';
import { stateAfterAgentMessage, type Agent } from './conversation-access';
import { nextConversationState } from './conversation-lifecycle';
import { createConversationRepository, type ConversationChanges } from './conversation.repository';
import type { ConversationRecord } from './conversation.types';

export interface ThreadTarget {
  customerNumber: string;
  businessNumber: string;
  /** The business number's workstream; null when it has none (or is not set up). */
  workstreamId: number | null;
}

/**
 * Who writes to a customer first: a signed-in agent, held to the rule of stateAfterAgentMessage in
 * the pair's conversation, or other Strapi code, naming the admin user it sends for (or nobody).
 */
export type FirstMessageSender = { agent: Agent } | { sentById: number | null };

/** The admin user a first message is sent by (its `sentBy`), if any. */
export const sentByOf = (sender: FirstMessageSender): number | null =>
  'agent' in sender ? sender.agent.id : sender.sentById;

/** What the inbox list shows of a conversation's newest message. */
export interface LastMessage {
  preview: string;
  direction: MessageDirection;
}

const later = (known: string | null, at: Date): boolean =>
  !known || at.getTime() >= new Date(known).getTime();

/** The record after an update of its own columns, as the query engine would read it (ISO times). */
const withColumns = (
  conversation: ConversationRecord,
  changes: ConversationChanges,
  updatedAt: Date,
): ConversationRecord => {
  const record: Record<string, unknown> = { ...conversation, updatedAt: updatedAt.toISOString() };
  for (const [name, value] of Object.entries(changes)) {
    record[name] = value instanceof Date ? value.toISOString() : value;
  }
  return record as unknown as ConversationRecord;
};

/**
 * Which conversation a message belongs to: the pair's conversation that is not closed, or a new
 * one. Call these inside `inTransaction`: when two messages of a new pair arrive at once, both try
 * to create the conversation, the unique open-pair key lets one win, and the other transaction is
 * run again and joins the winner's conversation.
 */
export const createConversationThreads = (strapi: Core.Strapi) => {
  const conversations = createConversationRepository(strapi);

  const touch = async (
    conversation: ConversationRecord,
    changes: ConversationChanges,
    at: Date,
    last: LastMessage,
    target: ThreadTarget,
  ): Promise<ConversationRecord> => {
    const all: ConversationChanges = { ...changes };
    // Reports may be processed out of order (after a restart): activity times only move forward.
    if (later(conversation.lastMessageAt, at)) {
      Object.assign(all, {
        lastMessageAt: at,
        lastMessagePreview: last.preview,
        lastMessageDirection: last.direction,
      });
    }
    if (!conversation.workstream && target.workstreamId !== null) all.workstream = target.workstreamId;
    const updatedAt = new Date();
    if (!(await conversations.updateIfStatus(conversation.id, conversation.status, all, updatedAt))) {
      throw new ConcurrentChangeError('The conversation');
    }
    // Not read back: callers use the record for its ids, pair, status and activity, which are
    // what was read plus what this update wrote. A changed relation is read, for its names.
    if (all.workstream !== undefined || all.assignee !== undefined) {
      return (await conversations.findById(conversation.id)) as ConversationRecord;
    }
    return withColumns(conversation, all, updatedAt);
  };

  /**
   * Holds `agent`'s message in `conversation` (as locked by findLockedById) to
   * stateAfterAgentMessage, and makes one that nobody has theirs in this transaction: a second
   * agent writing at the same moment waits for the lock, then meets the first one's assignment.
   */
  const claim = async (conversation: ConversationRecord, agent: Agent): Promise<ConversationRecord> => {
    const next = stateAfterAgentMessage(conversation, agent);
    const assigneeId = conversation.assignee?.id ?? null;
    if (next.status === conversation.status && next.assigneeId === assigneeId) return conversation;
    const changes: ConversationChanges = { status: next.status };
    if (next.assigneeId !== assigneeId) changes.assignee = next.assigneeId;
    if (!(await conversations.updateIfStatus(conversation.id, conversation.status, changes))) {
      throw new ConcurrentChangeError('The conversation');
    }
    return (await conversations.findDetailByDocumentId(conversation.documentId)) as ConversationRecord;
  };

  return {
    /**
     * The conversation (by id) that `agent` is about to write in, locked until the transaction
     * ends and claimed for them (see `claim`): for replies and retried messages.
     */
    async claimForAgent(conversationId: number, agent: Agent): Promise<ConversationRecord> {
      const conversation = await conversations.findLockedById(conversationId);
      // Deleted since the caller found it: run again, and the caller's look-up answers 404.
      if (!conversation) throw new ConcurrentChangeError('The conversation');
      return claim(conversation, agent);
    },

    /** A customer's message: joins (waiting → active, same agent) or opens a conversation. */
    async forCustomerMessage(target: ThreadTarget, at: Date, preview: string): Promise<ConversationRecord> {
      const last: LastMessage = { preview, direction: 'inbound' };
      const existing = await conversations.findOpenByPair(target.customerNumber, target.businessNumber);
      if (!existing) {
        return conversations.create({
          ...target,
          status: 'open',
          assigneeId: null,
          openedAt: at,
          lastInboundAt: at,
          lastMessageAt: at,
          lastMessagePreview: preview,
          lastMessageDirection: last.direction,
        });
      }
      const next = nextConversationState(
        { status: existing.status, assigneeId: existing.assignee?.id ?? null },
        { type: 'customer-message' },
      );
      const changes: ConversationChanges = { status: next.status };
      if (later(existing.lastInboundAt, at)) changes.lastInboundAt = at;
      return touch(existing, changes, at, last, target);
    },

    /**
     * A message the business sends first: joins the pair's conversation (claimed for the agent who
     * sends it), or opens one that is `active` with the sending agent or user, or `waiting` when
     * nobody sent it (an integration), so it reaches the queue only once the customer answers.
     */
    async forBusinessMessage(
      target: ThreadTarget,
      sender: FirstMessageSender,
      at: Date,
      preview: string,
    ): Promise<ConversationRecord> {
      const agentId = sentByOf(sender);
      let existing = await conversations.findOpenByPair(target.customerNumber, target.businessNumber);
      if (existing && 'agent' in sender) {
        const locked = await conversations.findLockedById(existing.id);
        // Closed (or deleted) since it was found: run again, to open the pair's next conversation.
        if (!locked || locked.status === 'closed') throw new ConcurrentChangeError('The conversation');
        existing = await claim(locked, sender.agent);
      }
      if (!existing) {
        return conversations.create({
          ...target,
          status: agentId === null ? 'waiting' : 'active',
          assigneeId: agentId,
          openedAt: at,
          lastInboundAt: null,
          lastMessageAt: at,
          lastMessagePreview: preview,
          lastMessageDirection: 'outbound',
        });
      }
      return touch(existing, {}, at, { preview, direction: 'outbound' }, target);
    },

    /** Another message in a known conversation (a reply, an automated answer). */
    async append(conversation: ConversationRecord, at: Date, last: LastMessage): Promise<ConversationRecord> {
      return touch(conversation, {}, at, last, {
        customerNumber: conversation.customerNumber,
        businessNumber: conversation.businessNumber,
        workstreamId: null,
      });
    },

    /** Marks the conversation for an agent to read: the customer may have asked to opt out. */
    async flagForReview(conversation: ConversationRecord, reason: string): Promise<void> {
      await conversations.update(conversation.id, { needsReview: true, reviewReason: reason.slice(0, 255) });
    },
  };
};

export type ConversationThreads = ReturnType<typeof createConversationThreads>;
