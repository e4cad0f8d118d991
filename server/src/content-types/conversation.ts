import { hiddenFromContentManager, noDraftAndPublish } from './hidden';
import { CONVERSATION_STATUSES } from '../../../shared/contracts/conversations/conversation.types';
import { MESSAGE_DIRECTIONS } from '../../../shared/contracts/messages/message.types';

/** The SMS thread between one customer number and one business number. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sms_channel_conversations',
    info: {
      singularName: 'conversation',
      pluralName: 'conversations',
      displayName: 'SMS conversation',
      description: 'An SMS thread between a customer number and a business number.',
    },
    options: noDraftAndPublish,
    pluginOptions: hiddenFromContentManager,
    attributes: {
      customerNumber: { type: 'string', required: true, maxLength: 15 },
      businessNumber: { type: 'string', required: true, maxLength: 15 },
      /**
       * `<customer>:<business>` while the conversation is not closed, null once closed. The unique
       * index on it lets the database itself guarantee one non-closed conversation per pair
       * (every supported database allows many NULLs in a unique index).
       */
      openPairKey: { type: 'string', maxLength: 40, private: true, column: { unique: true } },
      status: { type: 'enumeration', enum: [...CONVERSATION_STATUSES], default: 'open', required: true },
      workstream: { type: 'relation', relation: 'manyToOne', target: 'plugin::sms-channel.workstream' },
      assignee: { type: 'relation', relation: 'manyToOne', target: 'admin::user' },
      openedAt: { type: 'datetime', required: true },
      lastInboundAt: { type: 'datetime' },
      lastMessageAt: { type: 'datetime' },
      lastMessagePreview: { type: 'string', maxLength: 160 },
      lastMessageDirection: { type: 'enumeration', enum: [...MESSAGE_DIRECTIONS] },
      closedAt: { type: 'datetime' },
      closeReason: { type: 'string', maxLength: 255 },
      // Set when the customer may have asked to opt out in words no keyword rule acts on alone.
      needsReview: { type: 'boolean', default: false },
      reviewReason: { type: 'string', maxLength: 255 },
    },
    // The inbox lists conversations by queue, newest activity first, looks threads up by pair,
    // and polls for what changed since its last look.
    indexes: [
      { name: 'sms_channel_conversations_queue_idx', columns: ['status', 'last_message_at'] },
      { name: 'sms_channel_conversations_pair_idx', columns: ['customer_number', 'business_number'] },
      { name: 'sms_channel_conversations_activity_idx', columns: ['last_message_at'] },
      { name: 'sms_channel_conversations_updated_idx', columns: ['updated_at'] },
    ],
  },
};
