/** Content-type UIDs of the plugin, in one place. */
export const UIDS = {
  account: 'plugin::sms-channel.account',
  number: 'plugin::sms-channel.number',
  workstream: 'plugin::sms-channel.workstream',
  conversation: 'plugin::sms-channel.conversation',
  message: 'plugin::sms-channel.message',
  consent: 'plugin::sms-channel.consent',
  callbackEvent: 'plugin::sms-channel.callback-event',
} as const;
