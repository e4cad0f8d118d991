/**
 * Every error the plugin's API answers with a code, and every verdict of the credential check: the
 * code, stable for clients (the admin translates it as `sms-channel.error.<code>`), and its English
 * text in ICU MessageFormat, which the server renders into the answer's `message` (a verdict's
 * `detail`). Codes never change meaning; a new rule gets a new code.
 */

const PORTALS =
  'portal.telesign.com for self-service accounts, teleportal.telesign.com for enterprise accounts';

/** The two problems a free-text field can have (see text-fields.ts), for the field named `label`. */
const textField = <Field extends string>(field: Field, label: string) =>
  ({
    [`${field}.controlCharacter`]:
      `${label} contains the control character {character} (NUL, tabs, line breaks and other control ` +
      'characters are not allowed). Remove it.',
    [`${field}.directionControl`]:
      `${label} contains the text-direction control character {character} (U+202A–U+202E and ` +
      'U+2066–U+2069 are not allowed: they make text read differently from what it is). Remove it.',
  }) as Record<`${Field}.controlCharacter` | `${Field}.directionControl`, string>;

/** `+82`, or `unknown` when the digits name no country calling code. */
const COUNTRY_CODE = '{countryCode, select, unknown {its country code} other {{countryCode}}}';

export const ERROR_CATALOG = {
  // Any request
  'request.notObject': 'The request body must be a JSON object.',
  'request.unknownField': '"{field}" is not a field of this request; remove it.',
  'request.notBoolean': '{field} must be true or false.',
  /** A rule outside the contract (other Strapi code calling a service): its message as written. */
  'request.invalid': '{message}',
  'request.page.invalid': 'page must be a whole number from 1 up.',
  'request.pageSize.invalid': 'pageSize must be a whole number from 1 to {max}.',
  'auth.signInRequired': 'Sign in to the admin panel first.',

  // Accounts
  'account.name.required': 'Give the account a name, e.g. "Support line".',
  'account.name.tooLong': 'The account name can be at most {max} characters.',
  ...textField('account.name', 'The account name'),
  'account.customerId.format':
    'The customer ID is a GUID like FFFFFFFF-EEEE-DDDD-1234-AB1234567890. ' +
    `Copy it from your TeleSign portal (${PORTALS}).`,
  'account.apiKey.required': 'Enter the API key from your TeleSign portal.',
  'account.apiKey.format':
    'The API key must be copied exactly as TeleSign shows it: standard base64 (letters, digits, + and /, ' +
    'ending in = or == padding where needed), with no spaces or line breaks inside. ' +
    `Copy it again from your TeleSign portal (${PORTALS}).`,
  'account.apiKey.tooShort':
    'This is too short for a TeleSign API key: real keys are 88 characters of base64 (64 bytes), and ' +
    `anything under {minBytes} bytes is refused. Copy the whole key from your TeleSign portal (${PORTALS}).`,
  'account.apiKey.hostChanged':
    'Changing the API host needs the API key: enter it again, copied from your TeleSign portal, ' +
    'together with the new host {apiHost}. The stored key is only used with the host it was entered for.',
  'account.apiHost.format':
    'The API host must be https://rest-api.telesign.com (self-service accounts), https://rest-ww.telesign.com ' +
    '(enterprise accounts) or another https:// URL; http:// is allowed only for localhost or 127.0.0.1 (or any ' +
    '127.x.x.x address, or [::1]), e.g. a local TeleSign simulator. No user name, password, query or fragment.',
  'account.apiHost.tooLong': 'The API host can be at most {max} characters.',
  'account.apiHost.nonPublic':
    '{hostname} is an address on a private, link-local or otherwise non-public network (such as 10.x.x.x, ' +
    "192.168.x.x, 169.254.x.x or fd00::), which the plugin does not call. Use TeleSign's API host; or, if your " +
    'proxy to TeleSign really runs on such a network, set `apiHost.allowPrivateNetworks: true` in the ' +
    'sms-channel plugin config (config/plugins) and restart Strapi.',
  'account.provider.unsupported': 'TeleSign is the only SMS provider: use "telesign".',
  'account.update.empty': 'Send at least one of name, customerId, apiKey or apiHost to change.',
  'account.notFound': 'No SMS account has the id "{id}"; it may have been deleted. Reload the account list.',
  'account.encryptionKeyMissing':
    'TeleSign credentials cannot be stored because this Strapi app has no encryption key. Set ' +
    '`secrets.encryptionKey` in config/admin (for example `encryptionKey: env("ENCRYPTION_KEY")`), put a ' +
    'long random ENCRYPTION_KEY in your environment, restart Strapi and save the account again.',

  // Phone numbers, business or customer
  'phoneNumber.required': 'Enter the number, digits only with the country code, e.g. 14252306549.',
  'phoneNumber.digitsOnly':
    'Enter digits only, with the country code: no "+", spaces or dashes (e.g. 14252306549, not +1 425-230-6549).',
  'phoneNumber.tooShort':
    '{digits} is too short for a phone number: enter it with the country code, e.g. 14252306549. ' +
    'If it is a short code, choose the type short-code.',
  'phoneNumber.tooLong':
    '{digits} has {count} digits; a phone number has at most {max}, country code included (E.164).',
  'phoneNumber.noCountryCode':
    '{digits} does not start with a country code. Put the country code first and leave out the national 0, ' +
    'e.g. 1 for the US and Canada (14252306549), 44 for the UK, 82 for Korea.',
  'phoneNumber.wrongLength': `{digits} has the wrong number of digits for ${COUNTRY_CODE}: check it against the number TeleSign gave you.`,
  'phoneNumber.invalid':
    `{digits} is not a valid phone number for ${COUNTRY_CODE}: check the country code and the digits against ` +
    'the number TeleSign gave you.',
  'phoneNumber.shortCode':
    'A short code has 5 or 6 digits (e.g. 44422); {digits} has {count}. For a long number choose the type ' +
    'geo or toll-free.',
  'customerNumber.noCountryCode':
    '{digits} does not start with a country code. Put the country code first and leave out the national 0, ' +
    'e.g. 15551234567 for the US, 447700900123 for the UK.',
  'customerNumber.wrongLength':
    '{digits} has the wrong number of digits for a phone number' +
    '{countryCode, select, unknown {} other { with country code +{countryCode}}}.',

  // Business numbers
  'number.number.notText': 'Enter the number as text, digits only with the country code, e.g. "14252306549".',
  'number.number.taken':
    '{digits} is already added. A number belongs to one account only: delete it there first.',
  'number.number.takenByAccount':
    '{digits} is already added to the account "{account}". A number belongs to one account only: delete it ' +
    'there first.',
  'number.type.invalid':
    'Choose the number type: geo (a local number), short-code (5–6 digits) or toll-free.',
  'number.description.notText': 'The description must be text (or null for none).',
  'number.description.tooLong': 'The description can be at most {max} characters.',
  ...textField('number.description', 'The description'),
  'number.update.empty': 'Send at least one of number, type or description to change.',
  'number.notFound': 'No SMS number has the id "{id}"; it may have been deleted. Reload the account.',

  // Workstreams
  'workstream.name.required': 'Give the workstream a name, e.g. "Customer support".',
  'workstream.name.tooLong': 'The workstream name can be at most {max} characters.',
  ...textField('workstream.name', 'The workstream name'),
  'workstream.numberIds.notList':
    'numberIds must be a list of number ids (their documentId), e.g. [] for none.',
  'workstream.numberIds.tooMany':
    'numberIds can list at most {max} numbers; put the others in another workstream.',
  'workstream.numberIds.notId': 'Each entry of numberIds must be the id (documentId) of a number.',
  'workstream.numberIds.idTooLong':
    'Each entry of numberIds must be the id (documentId) of a number. Ids are at most {max} characters.',
  'workstream.numberIds.duplicate': 'numberIds lists a number twice; list each number once.',
  'workstream.numberIds.unknown':
    'No number has the id "{id}"; it may have been deleted. Reload the numbers.',
  'workstream.numberIds.inOtherWorkstream':
    'The number {number} is already in the workstream "{workstream}". A number can be in one workstream ' +
    'only: take it out of "{workstream}" first.',
  'workstream.language.unsupported': 'Choose a supported language: {languages}.',
  'workstream.autoCloseAfterHours.range':
    'autoCloseAfterHours must be null (never close waiting conversations automatically) or a whole number ' +
    'of hours from {min} to {max} (one year).',
  'workstream.update.empty':
    'Send at least one of name, numberIds, language, allowCustomerAttachments, allowAgentAttachments ' +
    'or autoCloseAfterHours to change.',
  'workstream.notFound':
    'No workstream has the id "{id}"; it may have been deleted. Reload the workstream list.',

  // The inbox: lists, lifecycle, assignment
  'conversation.query.status.notText': 'status must be one or more of {statuses}, separated by commas.',
  'conversation.query.status.unknown':
    'status "{unknown}" is not one of {statuses} (several may be given, separated by commas).',
  'conversation.query.assignee.invalid': 'assignee must be "me", "none" or the id of an admin user.',
  'conversation.query.queue.invalid': 'queue must be one of {queues}.',
  'conversation.query.search.tooLong': 'q (the search text) can be at most {max} characters.',
  'conversation.query.since.invalid':
    'since must be the cursor of a previous answer (leave it out on the first call).',
  'conversation.notFound': 'No conversation has the id "{id}"; it may have been deleted.',
  'conversation.assignedToOther':
    'This conversation is assigned to {assignee}. Only they, or someone whose role grants "Assign and ' +
    'reopen conversations, and work on other agents\' conversations", can act on it; ask for it to be ' +
    'assigned to you.',
  'conversation.closed':
    'This conversation is closed, so no message can be sent in it. Start a new conversation with the ' +
    'customer instead.',
  'conversation.alreadyAcceptedByYou': 'This conversation was already accepted by you.',
  'conversation.alreadyAccepted': 'This conversation was already accepted by {assignee}.',
  'conversation.otherOpen':
    '{customerNumber} already has a conversation with {businessNumber} that is not closed ' +
    '({conversationId}, {status}); continue there instead.',
  'conversation.otherOpenAssigned':
    '{customerNumber} already has a conversation with {businessNumber} that is not closed ' +
    '({conversationId}, {status}, assigned to {assignee}); continue there instead.',
  'conversation.transitionRefused':
    'A conversation that is {status} cannot be given "{event}"; that is only possible when it is {allowed}.',
  'conversation.assign.userId.invalid':
    'userId must be the id of an admin user who may reply (see GET /sms-channel/agents).',
  'conversation.assign.userId.notWhole': 'userId must be a whole number: the id of an admin user.',
  'conversation.assign.userId.notPositive':
    'userId must be a whole number from 1 up: the id of an admin user.',
  'agent.notAdminUser': 'userId {userId} is not an admin user; pick one of the agents listed.',
  'agent.deactivated': '{name} (userId {userId}) is deactivated; reactivate the user or pick another agent.',
  'agent.mayNotReply':
    '{name} (userId {userId}) may not reply to conversations: none of their roles grants "Reply, start, ' +
    'accept, close and end conversations" (SMS channel → inbox). Grant it, or pick another agent.',

  // Sending
  'message.body.notText': 'body must be the text of the SMS.',
  'message.body.empty': 'The message is empty: write the text to send.',
  'message.body.nul': 'The message contains a NUL character; remove it.',
  'message.body.tooLong':
    'The message is {characters} characters long; an SMS can be at most {max}. ' +
    'Shorten it by {over, plural, one {# character} other {# characters}}.',
  'message.body.tooLongWithLinks':
    'With the links of its {attachments, plural, one {attachment} other {# attachments}} ({linkCharacters} ' +
    'characters), the message is {characters} characters long; an SMS can be at most {max}. Shorten the text ' +
    'by {over, plural, one {# character} other {# characters}} or attach fewer files.',
  'message.to.notText': 'Give the customer number as text: digits with the country code, e.g. "15551234567".',
  'message.from.notText':
    'Give the business number as text: digits with the country code, e.g. "14255550100".',
  'message.from.notBusinessNumber':
    '{from} is not a business number of the SMS channel. Add it under Setup → SMS numbers, or send from one ' +
    'that is.',
  'message.numberId.required': 'numberId must be the id of one of your SMS numbers (as listed under Setup).',
  'message.numberId.unknown': 'No SMS number has the id "{id}". Pick one of the numbers listed under Setup.',
  'message.notFound': 'No message has the id "{id}"; it may have been deleted.',
  'message.retry.inbound': 'This message was received from the customer; only sent messages can be retried.',
  'message.retry.notFailed':
    'Only a failed message can be retried; this one is {status}{status, select, queued { already} ' +
    'sending { already} other {}}.',
  'message.retry.raced': 'This message was queued again a moment ago; it is being sent.',
  'attachments.notList': 'attachments must be a list of Media Library file ids, e.g. [12, 15].',
  'attachments.notFileId': 'Each attachment must be the id of a Media Library file (a whole number).',
  'attachments.notPositive':
    'Each attachment must be the id of a Media Library file (a whole number from 1 up).',
  'attachments.tooMany': 'At most {max} files can be attached to one SMS.',
  'attachments.notAllowed':
    'The workstream "{workstream}" does not let agents send attachments. Send the text alone, or turn on ' +
    '"Agents may send attachments" in the workstream.',
  'attachments.noWorkstream':
    'This conversation is in no workstream, so agents may not send attachments in it. Send the text alone.',
  'attachments.unknownFiles':
    'No Media Library file has the id {ids}; upload the file first or pick another.',
  'attachments.noPublicUrl':
    'Attachments are sent as links, but this app does not know its public URL. Set `publicUrl` in the ' +
    'sms-channel plugin config or `url` in config/server, then restart Strapi.',

  // Consent
  'consent.optedOut':
    '{customerNumber} opted out of messages from {businessNumber} on ' +
    '{changedAt, select, unknown {an unknown date} other {{changedAt}}} {source, select, keyword {by a keyword ' +
    'text} agent {as recorded by an agent} import {as imported} other {as TeleSign reported (status 510, blocked ' +
    'by the subscriber)}}{detail, select, none {} other { ({detail})}}. Nothing is sent ' +
    'to an opted-out customer; they can opt in again by texting START to {businessNumber}.',

  // The credential check's verdicts, stored on the account (accounts/verification-outcome.ts).
  // `said` and `reason` quote what a host or Node said, bounded; TeleSign's status codes are text.
  'verification.valid': 'TeleSign accepted customer ID {customerId} and its API key on {apiHost}.',
  'verification.invalidCustomerId':
    'TeleSign does not know customer ID {customerId} ({teleSignCode}). Copy the Customer ID from your ' +
    `TeleSign portal (${PORTALS}), save the account and verify again.`,
  'verification.invalidApiKey':
    'TeleSign refused the API key ({said}): it is wrong or belongs to another customer ID. Copy the API key ' +
    `of customer ID {customerId} from your TeleSign portal (${PORTALS}), save it and verify again.`,
  'verification.suspended':
    'TeleSign has suspended customer ID {customerId} ({teleSignCode}). Contact TeleSign support ' +
    '(support@telesign.com) to reactivate the account, then verify again.',
  'verification.smsNotEnabled':
    'SMS is not enabled for customer ID {customerId} (10011). Ask TeleSign support (support@telesign.com) ' +
    'to enable the Messaging (SMS) product on the account, then verify again.',
  'verification.wrongHost':
    'TeleSign does not allow customer ID {customerId} on {apiHost} (10035). {suggestedHost, select, ' +
    'enterprise {Enterprise accounts use https://rest-ww.telesign.com: choose that API host and verify again.} ' +
    'standard {Self-service accounts use https://rest-api.telesign.com: choose that API host and verify again.} ' +
    'other {Self-service accounts use https://rest-api.telesign.com and enterprise accounts ' +
    'https://rest-ww.telesign.com: choose the one for your account and verify again.}}',
  'verification.clockOff':
    "TeleSign refused the time of the request ({said}): this server's clock is probably off. " +
    'Synchronise it (NTP) and verify again.',
  'verification.nonceRefused':
    "TeleSign refused the request's nonce ({said}). Verify again; if it persists, report it as a plugin bug.",
  'verification.authorizationUnreadable':
    "TeleSign could not read the request's authorization ({said}). This is a fault in the plugin, not in " +
    'your settings: please report it.',
  'verification.ipRefused':
    "TeleSign refuses requests from this server's IP address (10014). Allow this server's address in the " +
    'IP restrictions of your TeleSign account, then verify again.',
  'verification.rateLimited':
    'TeleSign is rate-limiting this account ({said}). Wait a minute and verify again.',
  'verification.teleSignUnavailable':
    'TeleSign is not available right now ({said}). Verify again in a few minutes.',
  'verification.refused':
    'TeleSign refused the check ({said}). Check the customer ID, API key and API host, then verify again.',
  'verification.noTeleSignStatus':
    '{apiHost} answered HTTP {httpStatus} without a TeleSign status, so it does not look like ' +
    "TeleSign's API. Check the API host and verify again.",
  'verification.noTeleSignAnswer':
    'No TeleSign API answered at {apiHost}: the connection failed, nothing answered within {timeoutMs} ms, ' +
    "or what answered is not TeleSign's API. Check the API host (https://, name, port and path) and that " +
    'this server can reach it, then verify again.',
  'verification.nonPublicAddress':
    '{apiHost} is, or resolves to, an address on a private, link-local or otherwise non-public network, so ' +
    "the plugin did not connect. Use TeleSign's API host; or, if your proxy to TeleSign really runs on such a " +
    'network, set `apiHost.allowPrivateNetworks: true` in the sms-channel plugin config (config/plugins) and ' +
    'restart Strapi.',
  'verification.dnsFailed':
    "The name of {apiHost} does not resolve (DNS). Check the API host for typos and this server's DNS, " +
    'then verify again.',
  'verification.timedOut':
    '{apiHost} did not answer within {timeoutMs} ms: the request timed out. Check the API host and that ' +
    'this server can reach it (firewall, proxy), then verify again.',
  'verification.connectionRefused':
    'Nothing accepts connections at {apiHost} (connection refused). Check the API host, then verify again.',
  'verification.connectFailed':
    'Could not connect to {apiHost}{networkCode, select, none {} other { ({networkCode})}}. Check the API ' +
    "host and this server's network, then verify again.",
  'verification.unusableAnswer':
    "{apiHost} did not give a usable answer ({reason}). Check that the API host is TeleSign's, then verify " +
    'again.',
  'verification.checkFailed': 'The check could not be made: {reason}',
  'verification.apiKeyUndecryptable':
    'The stored API key cannot be decrypted: the app encryption key changed since it was saved. Enter the ' +
    'API key again, save and verify.',
  'verification.noEncryptionKey':
    'The stored API key cannot be decrypted because this Strapi app has no encryption key. Set ' +
    '`secrets.encryptionKey` in config/admin, restart Strapi, enter the API key again and verify.',

  // TeleSign's callbacks (answered to TeleSign, not to the admin)
  'callback.unknownUrl':
    'No SMS account has this callback URL. Copy the current callback URL from the account page into TeleSign.',
  'callback.notJson': 'The callback body is not valid JSON.',
  'callback.notObject': 'The callback body must be a JSON object.',
  'callback.signatureUncheckable': 'The callback signature cannot be checked for this account.',
  'callback.signatureInvalid': 'Invalid TeleSign signature: {reason}',
  'callback.bodyTooLarge': 'The callback body is larger than the {limit}-byte limit.',
  'callback.bodyCutOff':
    'The connection ended after {receivedBytes} bytes of the callback body, before the whole body arrived.',
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOG;

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CATALOG, value);
