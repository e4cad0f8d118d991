import { useAuth } from '@strapi/strapi/admin';

import { PERMISSIONS } from '../permissions';
import { isGranted } from '../sections';

/**
 * Whether the user may create, change, verify and delete accounts, numbers and workstreams. Users
 * who may only read see the same pages without any of those actions. Read from the user's
 * permissions as they stand (see useInboxPermissions for why not `useRBAC`).
 */
const useCanManageSettings = (): boolean => {
  const permissions = useAuth('useCanManageSettings', (auth) => auth.permissions);

  return isGranted(PERMISSIONS.settingsManage, permissions);
};

export { useCanManageSettings };
