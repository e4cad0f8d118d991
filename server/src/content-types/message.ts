import { hiddenFromContentManager, noDraftAndPublish } from './hidden';

export const MESSAGE_DIRECTIONS = ['inbound', 'outbound', 'automated'] as const;
export const MESSAGE_STATUSES = [
  'received',
  'queued',
  'sending',
  'sent',
  'delivered',
  'failed',
  'unknown',
  'blocked',
] as const;
export const MESSAGE_ENCODINGS = ['gsm-7', 'ucs-2'] as const;

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
      providerStatusCode: { type: 'integer' },
      providerStatusDescription: { type: 'string', maxLength: 255 },
      providerStatusAt: { type: 'datetime' },
      attempts: { type: 'integer', default: 0, min: 0 },
      nextAttemptAt: { type: 'datetime' },
      // A sender loop's claim on the row; an expired lease may be claimed again.
      leaseUntil: { type: 'datetime', private: true },
      lastError: { type: 'text' },
      sentBy: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
    },
    // The sender loop claims due rows by status and time.
    indexes: [{ name: 'sms_channel_messages_outbox_idx', columns: ['status', 'next_attempt_at'] }],
  },
};
