/**
 * The plugin's RBAC actions, declared once. Server routes, bootstrap registration and admin pages
 * all read this list, so a permission cannot exist on one side and be missing on the other.
 *
 * UIDs are hyphenated and unique in their last segment because Strapi's `useRBAC` derives its
 * `can*` keys from the last dot-segment only (`settings-read` → `canSettingsRead`).
 */
export const PLUGIN_ID = 'sms-channel';

const ACTION_UIDS = {
  settingsRead: 'settings-read',
  settingsManage: 'settings-manage',
  inboxRead: 'inbox-read',
  inboxReply: 'inbox-reply',
  inboxManage: 'inbox-manage',
} as const;

export type ActionKey = keyof typeof ACTION_UIDS;

/** Fully qualified action id as Strapi's permission engine knows it. */
const actionId = (key: ActionKey): string => `plugin::${PLUGIN_ID}.${ACTION_UIDS[key]}`;

export const ACTIONS = {
  settingsRead: actionId('settingsRead'),
  settingsManage: actionId('settingsManage'),
  inboxRead: actionId('inboxRead'),
  inboxReply: actionId('inboxReply'),
  inboxManage: actionId('inboxManage'),
} as const satisfies Record<ActionKey, string>;

export interface ActionDefinition {
  section: 'plugins';
  displayName: string;
  uid: string;
  subCategory: string;
  pluginName: typeof PLUGIN_ID;
}

export const ACTION_DEFINITIONS: readonly ActionDefinition[] = [
  {
    uid: ACTION_UIDS.settingsRead,
    displayName: 'View accounts, numbers and workstreams',
    subCategory: 'setup',
  },
  {
    uid: ACTION_UIDS.settingsManage,
    displayName: 'Manage accounts, numbers and workstreams',
    subCategory: 'setup',
  },
  { uid: ACTION_UIDS.inboxRead, displayName: 'Read conversations', subCategory: 'inbox' },
  {
    uid: ACTION_UIDS.inboxReply,
    displayName: 'Reply, start, accept, close and end conversations (unassigned or their own)',
    subCategory: 'inbox',
  },
  {
    uid: ACTION_UIDS.inboxManage,
    displayName: "Assign and reopen conversations, and work on other agents' conversations",
    subCategory: 'inbox',
  },
].map((action) => ({ ...action, section: 'plugins' as const, pluginName: PLUGIN_ID }));

/** Any of these lets a user open the plugin at all (the menu entry). */
export const ANY_PLUGIN_ACCESS = [ACTIONS.settingsRead, ACTIONS.inboxRead] as const;
