import type { Permission } from '@strapi/strapi/admin';

import { ACTIONS, ANY_PLUGIN_ACCESS } from '../../shared/contracts/permissions/actions';

type RequiredPermission = Pick<Permission, 'action' | 'subject'>;

const forAction = (action: string): RequiredPermission => ({ action, subject: null });

/**
 * Permission lists in the shape `Page.Protect`, `addMenuLink` and `useRBAC` expect. A list grants
 * access when the user holds any one of its actions.
 */
const PERMISSIONS = {
  pluginAccess: ANY_PLUGIN_ACCESS.map(forAction),
  settingsRead: [forAction(ACTIONS.settingsRead)],
  settingsManage: [forAction(ACTIONS.settingsManage)],
  inboxRead: [forAction(ACTIONS.inboxRead)],
  inboxReply: [forAction(ACTIONS.inboxReply)],
  inboxManage: [forAction(ACTIONS.inboxManage)],
} satisfies Record<string, RequiredPermission[]>;

export { PERMISSIONS, type RequiredPermission };
