import { errors } from '@strapi/utils';
import { adminUserName } from '../messages/message.view';
import type { ConversationRecord } from './conversation.types';

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
    `This conversation is assigned to ${adminUserName(assignee)}. Only they, or someone whose role grants ` +
      `"Assign and reopen conversations, and work on other agents' conversations", can act on it; ask for it to be assigned to you.`,
  );
};
