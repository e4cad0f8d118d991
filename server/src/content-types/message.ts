import { hiddenFromContentManager, noDraftAndPublish } from './hidden';
import {
  MESSAGE_AUTOMATIONS,
  MESSAGE_DIRECTIONS,
  MESSAGE_ENCODINGS,
  MESSAGE_STATUSES,
} from '../../../shared/contracts/messages/message.types';

/** One SMS in a conversation, inbound or outbound, with its delivery state. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sms_channel_messages',
    info: {
      singularName: 'message',
      pluralName: 'messages',
      displayName: 'SMS message',
      description: 'An inbound or outbound SMS and its delivery state.',
    },
    options: noDraftAndPublish,
    pluginOptions: hiddenFromContentManager,
    attributes: {
      conversation: { type: 'relation', relation: 'manyToOne', target: 'plugin::sms-channel.conversation' },
      direction: { type: 'enumeration', enum: [...MESSAGE_DIRECTIONS], required: true },
      body: { type: 'text', required: true },
      encoding: { type: 'enumeration', enum: [...MESSAGE_ENCODINGS] },
      segments: { type: 'integer', min: 1 },
      status: { type: 'enumeration', enum: [...MESSAGE_STATUSES], required: true },
      // TeleSign's reference id: of the inbound mo_sms, or returned by the send call.
      referenceId: { type: 'string', maxLength: 64, column: { unique: true } },
      // Sent to TeleSign as `external_id` and echoed in its delivery reports: the message's
      // documentId, plus a suffix per manual retry so a report of an earlier try never matches.
      externalId: { type: 'string', maxLength: 100, column: { unique: true } },
      automation: { type: 'enumeration', enum: [...MESSAGE_AUTOMATIONS] },
      providerStatusCode: { type: 'integer' },
      providerStatusDescription: { type: 'string', maxLength: 255 },
      providerStatusAt: { type: 'datetime' },
      attempts: { type: 'integer', default: 0, min: 0 },
      // When the latest send request went to TeleSign: status lookups and give-up times count from it.
      submittedAt: { type: 'datetime' },
      nextAttemptAt: { type: 'datetime' },
      // A sender loop's claim on the row; an expired lease may be claimed again.
      leaseUntil: { type: 'datetime', private: true },
      lastError: { type: 'text' },
      sentBy: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
      // Media Library files an agent attached, `[{ id, name, mime, url }]`; their links are in the body.
      attachments: { type: 'json' },
    },
    // The sender loop claims due rows by status and time; the inbox polls for delivery changes.
    indexes: [
      { name: 'sms_channel_messages_outbox_idx', columns: ['status', 'next_attempt_at'] },
      { name: 'sms_channel_messages_updated_idx', columns: ['updated_at'] },
    ],
  },
};
