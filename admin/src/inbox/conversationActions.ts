import type { ConversationItem } from '../api/conversations';
import type { InboxPermissions } from '../hooks/useInboxPermissions';

interface AvailableActions {
  accept: boolean;
  closeSession: boolean;
  end: boolean;
  reopen: boolean;
  assign: boolean;
  /** The composer (and Retry on failed messages). */
  reply: boolean;
}

/**
 * What the user may do with a conversation now, by its status and assignee and the user's
 * permissions, following the server's rules: inbox-reply works unassigned conversations and the
 * user's own; inbox-manage also works everyone else's, assigns and reopens.
 */
const availableActions = (
  conversation: Pick<ConversationItem, 'status'> & { assignee: { id: number } | null },
  userId: number | null,
  { canReply, canManage }: InboxPermissions,
): AvailableActions => {
  const { status, assignee } = conversation;
  const works = canReply && (assignee === null || assignee.id === userId || canManage);

  return {
    accept: works && (status === 'open' || status === 'waiting'),
    closeSession: works && status === 'active',
    end: works && (status === 'active' || status === 'waiting'),
    reopen: canManage && status === 'closed',
    assign: canManage && status !== 'closed',
    reply: works && status !== 'closed',
  };
};

export { availableActions, type AvailableActions };
