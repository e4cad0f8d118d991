import { useAuth } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { isGranted } from '../sections';

interface InboxPermissions {
  /** Reply, start conversations, retry, and accept / close / end unassigned or own conversations. */
  canReply: boolean;
  /** Assign, reopen, and act on conversations assigned to someone else. */
  canManage: boolean;
}

/**
 * What the user may do in the inbox beyond reading. Read from the user's permissions as they stand,
 * like `Page.Protect` does: Strapi 5.54's `useRBAC` checks once per mount, so after a full page load
 * it can settle on "not allowed" before the user's permissions have arrived, and never look again.
 */
const useInboxPermissions = (): InboxPermissions => {
  const permissions = useAuth('useInboxPermissions', (auth) => auth.permissions);

  return {
    canReply: isGranted(PERMISSIONS.inboxReply, permissions),
    canManage: isGranted(PERMISSIONS.inboxManage, permissions),
  };
};

export { useInboxPermissions, type InboxPermissions };
