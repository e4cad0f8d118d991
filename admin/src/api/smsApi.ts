import { adminApi, type BaseQueryError } from '@strapi/strapi/admin';

import type { SerializedError } from '@reduxjs/toolkit';

/**
 * The admin's own RTK Query API with this plugin's cache tags. Every plugin shares `adminApi`, so
 * tag types and endpoint names carry the plugin's name (`SmsChannel…`, `sms…`): an endpoint name
 * another plugin had injected first would silently answer in place of ours.
 */
const TAGS = {
  account: 'SmsChannelAccount',
  workstream: 'SmsChannelWorkstream',
  sendingNumber: 'SmsChannelSendingNumber',
  conversation: 'SmsChannelConversation',
} as const;

/** The id of a list's tag: a list is fetched again when anything of its kind is created or deleted. */
const LIST = 'LIST';

const smsApi = adminApi.enhanceEndpoints({ addTagTypes: Object.values(TAGS) });

/** What a request through the admin's base query fails with. */
type QueryError = BaseQueryError | SerializedError;

export { LIST, TAGS, smsApi, type QueryError };
