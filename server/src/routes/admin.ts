import { ACTIONS } from '../permissions/actions';
import { requirePermissions } from './policies';

/** Admin API under `/sms-channel`, behind the admin JWT and the plugin's RBAC actions. */
export default {
  type: 'admin',
  routes: [
    {
      method: 'GET',
      path: '/accounts',
      handler: 'account.list',
      config: { policies: [requirePermissions(ACTIONS.settingsRead)] },
    },
  ],
};
