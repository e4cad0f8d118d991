import { errors } from '@strapi/utils';
import { adminUserName } from '../messages/message.view';
import { ConversationConflictError } from './conversation-conflict.error';
import { nextConversationState, type ConversationState } from './conversation-lifecycle';
import type { ConversationRecord } from './conversation.types';
import { errorArguments } from '../../../shared/contracts/errors/problem';

/** The signed-in admin user acting in the inbox. */
export interface Agent {
  id: number;
  /** The role grants inbox-manage: conversations assigned to someone else may be worked too. */
  mayManage: boolean;
}

/**
 * inbox-reply covers conversations nobody has and the agent's own; someone else's needs
 * inbox-manage. Throws a 403 that names the assignee and what would allow it: a PolicyError,
 * because Strapi replaces the message of any other ForbiddenError with "Forbidden".
 */
export const assertMayWorkOn = (conversation: ConversationRecord, agent: Agent): void => {
  const { assignee } = conversation;
  if (!assignee || assignee.id === agent.id || agent.mayManage) return;
  throw new errors.PolicyError(
    ...errorArguments('conversation.assignedToOther', { assignee: adminUserName(assignee) }),
  );
};

/**
 * The one rule for an agent's message in a conversation that exists: a reply, a conversation
 * started with a customer who already has one, a failed message sent again. Never in a closed
 * conversation (409), in someone else's only with inbox-manage (403 naming them), and one nobody
 * has becomes the agent's, active. Answers the conversation's state once the message is in.
 * Apply it to the conversation as locked by the transaction that writes the message
 * (conversation-threads' claimForAgent): two agents writing at once then cannot both pass it.
 */
export const stateAfterAgentMessage = (conversation: ConversationRecord, agent: Agent): ConversationState => {
  if (conversation.status === 'closed') {
    throw new ConversationConflictError(
      'conversation.closed',
      {},
      { conversationId: conversation.documentId },
    );
  }
  assertMayWorkOn(conversation, agent);
  return nextConversationState(
    { status: conversation.status, assigneeId: conversation.assignee?.id ?? null },
    { type: 'agent-message', agentId: agent.id },
  );
};
