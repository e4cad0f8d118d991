import type { Core } from '@strapi/strapi';
import { ConcurrentChangeError } from '../database/transient-conflict';
import type { MessageDirection } from '../messages/message.types';
import { nextConversationState } from './conversation-lifecycle';
import { createConversationRepository, type ConversationChanges } from './conversation.repository';
import type { ConversationRecord } from './conversation.types';

export interface ThreadTarget {
  customerNumber: string;
  businessNumber: string;
  /** The business number's workstream; null when it has none (or is not set up). */
  workstreamId: number | null;
}

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

  return {
    /** A customer's message: joins (waiting → active, same agent) or opens a conversation. */
    async receive(target: ThreadTarget, at: Date, preview: string): Promise<ConversationRecord> {
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
     * A message the business sends first: joins the pair's conversation, or opens one that is
     * `active` with the sending agent, or `waiting` when no agent sent it (an integration), so it
     * reaches the queue only once the customer answers.
     */
    async send(
      target: ThreadTarget,
      agentId: number | null,
      at: Date,
      preview: string,
    ): Promise<ConversationRecord> {
      const existing = await conversations.findOpenByPair(target.customerNumber, target.businessNumber);
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
