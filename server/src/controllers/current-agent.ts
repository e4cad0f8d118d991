import type { Context } from 'koa';
import type { Agent } from '../conversations/conversation-access';
import { ACTIONS } from '../../../shared/contracts/permissions/actions';
import { currentAdminId, currentUserMay } from '../utils/admin-user';

/** The signed-in admin user as the inbox's rules see them: who they are, and whether they may manage. */
export const currentAgent = (ctx: Context): Agent => ({
  id: currentAdminId(ctx),
  mayManage: currentUserMay(ctx, ACTIONS.inboxManage),
});
