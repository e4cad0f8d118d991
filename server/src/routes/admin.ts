import { ACTIONS } from '../../../shared/contracts/permissions/actions';
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
    {
      method: 'POST',
      path: '/accounts',
      handler: 'account.create',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'GET',
      path: '/accounts/:id',
      handler: 'account.get',
      config: { policies: [requirePermissions(ACTIONS.settingsRead)] },
    },
    {
      method: 'PUT',
      path: '/accounts/:id',
      handler: 'account.update',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'DELETE',
      path: '/accounts/:id',
      handler: 'account.remove',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'POST',
      path: '/accounts/:id/verify',
      handler: 'account.verify',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'POST',
      path: '/accounts/:id/callback-token',
      handler: 'account.regenerateCallbackToken',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'GET',
      path: '/accounts/:id/numbers',
      handler: 'number.listForAccount',
      config: { policies: [requirePermissions(ACTIONS.settingsRead)] },
    },
    {
      method: 'POST',
      path: '/accounts/:id/numbers',
      handler: 'number.create',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'GET',
      path: '/numbers',
      handler: 'number.listForSending',
      config: { policies: [requirePermissions(ACTIONS.inboxReply)] },
    },
    {
      method: 'PUT',
      path: '/numbers/:id',
      handler: 'number.update',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'DELETE',
      path: '/numbers/:id',
      handler: 'number.remove',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    // Before `/workstreams/:id`, which would otherwise take `options` for an id.
    {
      method: 'GET',
      path: '/workstreams/options',
      handler: 'workstream.options',
      config: { policies: [requirePermissions(ACTIONS.settingsRead)] },
    },
    {
      method: 'GET',
      path: '/workstreams',
      handler: 'workstream.list',
      config: { policies: [requirePermissions(ACTIONS.settingsRead)] },
    },
    {
      method: 'POST',
      path: '/workstreams',
      handler: 'workstream.create',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'GET',
      path: '/workstreams/:id',
      handler: 'workstream.get',
      config: { policies: [requirePermissions(ACTIONS.settingsRead)] },
    },
    {
      method: 'PUT',
      path: '/workstreams/:id',
      handler: 'workstream.update',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'DELETE',
      path: '/workstreams/:id',
      handler: 'workstream.remove',
      config: { policies: [requirePermissions(ACTIONS.settingsManage)] },
    },
    {
      method: 'GET',
      path: '/conversations',
      handler: 'conversation.list',
      config: { policies: [requirePermissions(ACTIONS.inboxRead)] },
    },
    // Before `/conversations/:id`, which would otherwise take `updates` for an id.
    {
      method: 'GET',
      path: '/conversations/updates',
      handler: 'conversation.updates',
      config: { policies: [requirePermissions(ACTIONS.inboxRead)] },
    },
    {
      method: 'POST',
      path: '/conversations',
      handler: 'conversation.start',
      config: { policies: [requirePermissions(ACTIONS.inboxReply)] },
    },
    {
      method: 'GET',
      path: '/conversations/:id',
      handler: 'conversation.get',
      config: { policies: [requirePermissions(ACTIONS.inboxRead)] },
    },
    {
      method: 'POST',
      path: '/conversations/:id/messages',
      handler: 'conversation.reply',
      config: { policies: [requirePermissions(ACTIONS.inboxReply)] },
    },
    {
      method: 'POST',
      path: '/conversations/:id/accept',
      handler: 'conversation.accept',
      config: { policies: [requirePermissions(ACTIONS.inboxReply)] },
    },
    {
      method: 'POST',
      path: '/conversations/:id/close',
      handler: 'conversation.close',
      config: { policies: [requirePermissions(ACTIONS.inboxReply)] },
    },
    {
      method: 'POST',
      path: '/conversations/:id/end',
      handler: 'conversation.end',
      config: { policies: [requirePermissions(ACTIONS.inboxReply)] },
    },
    {
      method: 'POST',
      path: '/conversations/:id/reopen',
      handler: 'conversation.reopen',
      config: { policies: [requirePermissions(ACTIONS.inboxManage)] },
    },
    {
      method: 'POST',
      path: '/conversations/:id/assign',
      handler: 'conversation.assign',
      config: { policies: [requirePermissions(ACTIONS.inboxManage)] },
    },
    {
      method: 'GET',
      path: '/agents',
      handler: 'agent.list',
      config: { policies: [requirePermissions(ACTIONS.inboxRead)] },
    },
    {
      method: 'POST',
      path: '/messages/:id/retry',
      handler: 'message.retry',
      config: { policies: [requirePermissions(ACTIONS.inboxReply)] },
    },
    {
      method: 'GET',
      path: '/health',
      handler: 'health.report',
      config: { policies: [requirePermissions(ACTIONS.settingsRead)] },
    },
  ],
};
