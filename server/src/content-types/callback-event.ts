import { hiddenFromContentManager, noDraftAndPublish } from './hidden';

/**
 * How processing ended: `applied`; `unroutable` (kept, but its number has no workstream);
 * `unsupported` (a payload this version cannot interpret); `unmatched` (a delivery report for no
 * message of ours); `other-account` (set aside: it names a number or message that is not the
 * account's whose URL and key it came with); `invalid` (set aside: a phone number that is not one).
 */
export const CALLBACK_EVENT_OUTCOMES = [
  'applied',
  'unroutable',
  'unsupported',
  'unmatched',
  'other-account',
  'invalid',
] as const;

/**
 * Every accepted TeleSign callback, stored raw before it is acknowledged. The unique dedupe key
 * makes TeleSign's retries and duplicates a no-op at the database level.
 */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sms_channel_callback_events',
    info: {
      singularName: 'callback-event',
      pluralName: 'callback-events',
      displayName: 'SMS callback event',
      description: 'A TeleSign callback as received, before processing.',
    },
    options: noDraftAndPublish,
    pluginOptions: hiddenFromContentManager,
    attributes: {
      account: { type: 'relation', relation: 'manyToOne', target: 'plugin::sms-channel.account' },
      // Per account (another account's callbacks can never pre-empt this one's):
      // inbound `mo:<account id>:<reference_id>`; delivery report
      // `dlr:<account id>:<reference_id>:<code>:<updated_on>`; other event types
      // `raw:<account id>:<sha256 of the body>`.
      dedupeKey: { type: 'string', required: true, maxLength: 191, column: { unique: true } },
      // TeleSign's reference id (none for payloads this version cannot read): what TeleSign support
      // names when asked about a callback, so an event can be found without reading raw bodies.
      referenceId: { type: 'string', maxLength: 64 },
      rawBody: { type: 'text', required: true },
      receivedAt: { type: 'datetime', required: true },
      processedAt: { type: 'datetime' },
      processingAttempts: { type: 'integer', default: 0 },
      processingError: { type: 'text' },
      outcome: { type: 'enumeration', enum: [...CALLBACK_EVENT_OUTCOMES] },
      // A processor's claim on the event; an expired lease (crashed process) may be claimed again.
      leaseUntil: { type: 'datetime', private: true },
      // Not processed again before this (backoff after an error or an unmatched delivery report).
      nextAttemptAt: { type: 'datetime' },
    },
    // Start-up recovery looks for events that were acknowledged but not processed.
    indexes: [{ name: 'sms_channel_callback_events_pending_idx', columns: ['processed_at', 'received_at'] }],
  },
};
