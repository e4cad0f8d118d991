import type { Core } from '@strapi/strapi';
import type { AgentService } from '../agents/agent.service';
import type { ConsentService } from '../consent/consent.service';
import { errors } from '@strapi/utils';
import { inTransaction } from '../database/transaction';
import { ConcurrentChangeError } from '../database/transient-conflict';
import { createMessageRepository } from '../messages/message.repository';
import { adminUserName } from '../messages/message.view';
import { createNumberRepository } from '../numbers/number.repository';
import { mapPage, type Page } from '../utils/pagination';
import { pluginConfig } from '../utils/plugin-config';
import { fieldError, validationError } from '../utils/validate';
import { assertMayWorkOn, type Agent } from './conversation-access';
import { ConversationConflictError } from './conversation-conflict.error';
import {
  InvalidTransitionError,
  nextConversationState,
  openPairKey,
  type ConversationEvent,
  type ConversationState,
} from './conversation-lifecycle';
import { createConversationRepository, type ConversationChanges } from './conversation.repository';
import type {
  ConversationListInput,
  Queue,
} from '../../../shared/contracts/conversations/conversation.schemas';
import type {
  ConversationDetail,
  ConversationListItem,
  ConversationRecord,
  ConversationUpdates,
  QueueCounts,
} from './conversation.types';
import { toConversationDetail, toConversationListItem } from './conversation.view';
import { errorArguments } from '../../../shared/contracts/errors/problem';

const notFound = (documentId: string) =>
  new errors.NotFoundError(...errorArguments('conversation.notFound', { id: documentId }));

/** What people type for a phone number: digits with "+", spaces, brackets, dots or dashes. */
const PHONE_LIKE = /^[+\d\s().-]*\d[+\d\s().-]*$/;
/**
 * A search this long that looks like a phone number is one: only numbers are searched, sparing a
 * scan of every message's text. Shorter digit strings (an order number) search both.
 */
const PHONE_NUMBER_DIGITS = 7;

/** The events a lifecycle action applies, in order, and what else it writes. */
interface ActionPlan {
  events: ConversationEvent[];
  closeReason?: string;
}

/** The inbox: queues, search, live updates, and the lifecycle actions agents take. */
export const conversationService = ({
  strapi,
  consent: consentOfPairs,
  agents,
}: {
  strapi: Core.Strapi;
  consent: Pick<ConsentService, 'stateOf'>;
  agents: Pick<AgentService, 'find'>;
}) => {
  const conversations = createConversationRepository(strapi);
  const messages = createMessageRepository(strapi);
  const numbers = createNumberRepository(strapi);

  const queueWhere = (queue: Queue, agentId: number): Record<string, unknown> => {
    switch (queue) {
      case 'open':
        return { status: 'open' };
      case 'mine':
        return { status: { $in: ['active', 'wrap-up'] }, assignee: { id: agentId } };
      case 'waiting':
        return { status: 'waiting' };
      case 'closed':
        return { status: 'closed' };
    }
  };

  const filtersOf = (query: ConversationListInput, agentId: number): Record<string, unknown> => {
    const filters: Record<string, unknown>[] = [];
    if (query.queue) filters.push(queueWhere(query.queue, agentId));
    if (query.status?.length) filters.push({ status: { $in: query.status } });
    if (query.assignee === 'none') filters.push({ assignee: { id: { $null: true } } });
    else if (query.assignee) {
      filters.push({ assignee: { id: query.assignee === 'me' ? agentId : Number(query.assignee) } });
    }
    if (query.q) {
      const digits = PHONE_LIKE.test(query.q) ? query.q.replace(/\D/g, '') : '';
      const byNumber = { customerNumber: { $contains: digits } };
      const byText = { id: { $in: conversations.withMessageText(query.q) } };
      if (digits.length >= PHONE_NUMBER_DIGITS) filters.push(byNumber);
      else filters.push(digits ? { $or: [byNumber, byText] } : byText);
    }
    return filters.length > 0 ? { $and: filters } : {};
  };

  const countQueues = async (
    agentId: number,
    byStatus = conversations.countByStatus(),
  ): Promise<QueueCounts> => {
    const [statuses, mine] = await Promise.all([byStatus, conversations.count(queueWhere('mine', agentId))]);
    return { open: statuses.open, mine, waiting: statuses.waiting, closed: statuses.closed };
  };

  const conflictFor = (error: unknown): unknown =>
    error instanceof InvalidTransitionError
      ? new ConversationConflictError(error.problem.code, error.problem.values)
      : error;

  /**
   * Runs a lifecycle action in one transaction: reads the conversation, lets `plan` check who may
   * do what, applies its events through the state machine and writes the result with a
   * conditional UPDATE on the status read. When another process changed the conversation
   * meanwhile the UPDATE matches nothing, the transaction is run again, and `plan` then sees the
   * new state (and answers, e.g., "already accepted by …").
   */
  const act = (
    documentId: string,
    plan: (conversation: ConversationRecord) => ActionPlan | Promise<ActionPlan>,
  ): Promise<ConversationListItem> =>
    inTransaction(strapi, async () => {
      const conversation = await conversations.findByDocumentId(documentId);
      if (!conversation) throw notFound(documentId);
      const { events, closeReason } = await plan(conversation);
      const currentAssignee = conversation.assignee?.id ?? null;
      let next: ConversationState = { status: conversation.status, assigneeId: currentAssignee };
      try {
        for (const event of events) next = nextConversationState(next, event);
      } catch (error) {
        throw conflictFor(error);
      }
      const changes: ConversationChanges = { status: next.status };
      if (next.assigneeId !== currentAssignee) changes.assignee = next.assigneeId;
      if (next.status === 'closed') {
        changes.closedAt = new Date();
        changes.closeReason = closeReason ?? null;
      } else if (conversation.status === 'closed') {
        Object.assign(changes, {
          closedAt: null,
          closeReason: null,
          openPairKey: openPairKey(conversation.customerNumber, conversation.businessNumber),
        });
      }
      if (!(await conversations.updateIfStatus(conversation.id, conversation.status, changes))) {
        throw new ConcurrentChangeError('The conversation');
      }
      return toConversationListItem((await conversations.findById(conversation.id)) as ConversationRecord);
    });

  return {
    /** One page of a queue or filter, newest activity first, with every queue's count for `agentId`. */
    async list(
      query: ConversationListInput,
      agentId: number,
    ): Promise<Page<ConversationListItem> & { counts: QueueCounts }> {
      const byStatus = conversations.countByStatus();
      const counting = countQueues(agentId, byStatus);
      const { queue } = query;
      // The queue counts already hold the total of a queue alone, or of the whole inbox.
      const onlyQueue = !query.status?.length && !query.assignee && !query.q;
      const knownTotal = !onlyQueue
        ? undefined
        : queue
          ? counting.then((counts) => counts[queue])
          : byStatus.then((counts) => Object.values(counts).reduce((sum, count) => sum + count, 0));
      const [page, counts] = await Promise.all([
        conversations.findPage(
          filtersOf(query, agentId),
          { page: query.page, pageSize: query.pageSize },
          knownTotal,
        ),
        counting,
      ]);
      return { ...mapPage(page, toConversationListItem), counts };
    },

    /**
     * The conversation, its messages oldest first, the consent of its pair of numbers, its
     * workstream's behaviours and the account its business number belongs to.
     */
    async findOne(documentId: string): Promise<ConversationDetail> {
      const conversation = await conversations.findDetailByDocumentId(documentId);
      if (!conversation) throw notFound(documentId);
      const [thread, consent, number] = await Promise.all([
        messages.findForConversation(conversation.id),
        consentOfPairs.stateOf(conversation.customerNumber, conversation.businessNumber),
        numbers.findByDigits(conversation.businessNumber),
      ]);
      const account = number?.account
        ? { documentId: number.account.documentId, name: number.account.name }
        : null;
      return toConversationDetail(conversation, thread, consent, account);
    },

    /**
     * What changed since `since` (a cursor from an earlier answer), read from the database's
     * timestamps so that changes made by any Strapi process on it are seen. A change may be
     * reported twice; without `since`, nothing is reported and the answer is the cursor to start from.
     */
    async updates(since: number | undefined, agentId: number): Promise<ConversationUpdates> {
      const cursor = String(Date.now());
      if (since === undefined) return { cursor, changed: [], counts: await countQueues(agentId) };
      // Looking back before the cursor: see conversations.updatesOverlapMs.
      const after = new Date(since - pluginConfig(strapi, 'conversations').updatesOverlapMs);
      const [written, withMessages] = await Promise.all([
        conversations.findChangedSince(after),
        messages.findConversationsChangedSince(after),
      ]);
      // Counted after the changes were read, so the counts include every change reported (read
      // alongside, a conversation created in between was listed as changed but not yet counted).
      return {
        cursor,
        changed: [...new Set([...written, ...withMessages])],
        counts: await countQueues(agentId),
      };
    },

    /** open or waiting → active with `agent`; 409 naming the agent who was quicker. */
    accept(documentId: string, agent: Agent): Promise<ConversationListItem> {
      return act(documentId, (conversation) => {
        const { assignee, status } = conversation;
        if (assignee && (status === 'active' || status === 'wrap-up')) {
          const name = adminUserName(assignee);
          throw new ConversationConflictError(
            assignee.id === agent.id ? 'conversation.alreadyAcceptedByYou' : 'conversation.alreadyAccepted',
            { assignee: name },
            { assignee: { id: assignee.id, name } },
          );
        }
        assertMayWorkOn(conversation, agent);
        return { events: [{ type: 'accept', agentId: agent.id }] };
      });
    },

    /** "Close session": active → waiting, still the agent's; the customer may come back. */
    closeSession(documentId: string, agent: Agent): Promise<ConversationListItem> {
      return act(documentId, (conversation) => {
        assertMayWorkOn(conversation, agent);
        return { events: [{ type: 'close-session' }] };
      });
    },

    /** Resolves an active or waiting conversation: through wrap-up straight to closed. */
    end(documentId: string, agent: Agent): Promise<ConversationListItem> {
      return act(documentId, (conversation) => {
        assertMayWorkOn(conversation, agent);
        const resolve: ConversationEvent = { type: 'resolve' };
        return {
          events: conversation.status === 'wrap-up' ? [resolve] : [{ type: 'end' }, resolve],
          closeReason: 'resolved',
        };
      });
    },

    /** closed → active with `agent`, unless the pair has another conversation that is not closed. */
    reopen(documentId: string, agent: Agent): Promise<ConversationListItem> {
      return act(documentId, async (conversation) => {
        const other = await conversations.findOpenByPair(
          conversation.customerNumber,
          conversation.businessNumber,
        );
        if (other && other.id !== conversation.id) {
          const pair = {
            customerNumber: conversation.customerNumber,
            businessNumber: conversation.businessNumber,
            conversationId: other.documentId,
            status: other.status,
          };
          throw new ConversationConflictError(
            other.assignee ? 'conversation.otherOpenAssigned' : 'conversation.otherOpen',
            other.assignee ? { ...pair, assignee: adminUserName(other.assignee) } : pair,
            { conversationId: other.documentId },
          );
        }
        return { events: [{ type: 'reopen', agentId: agent.id }] };
      });
    },

    /** Gives the conversation to another agent; 400 when that user may not reply. */
    async assign(documentId: string, userId: number): Promise<ConversationListItem> {
      const found = await agents.find(userId);
      if ('problem' in found) throw validationError([fieldError(['userId'], found.problem)]);
      return act(documentId, () => ({ events: [{ type: 'assign', agentId: found.agent.id }] }));
    },

    /**
     * Applies lifecycle events as the system (no agent checks): for the plugin's own background
     * work and for other Strapi code. 409 when the status does not allow them.
     */
    transition(
      documentId: string,
      event: ConversationEvent,
      closeReason?: string,
    ): Promise<ConversationListItem> {
      return act(documentId, () => ({ events: [event], closeReason }));
    },
  };
};
