import { hiddenFromContentManager, noDraftAndPublish } from './hidden';
import { CONSENT_SOURCES, CONSENT_STATES } from '../../../shared/contracts/consent/consent.types';

/** Whether a customer number accepts SMS from a business number, with every change kept. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sms_channel_consents',
    info: {
      singularName: 'consent',
      pluralName: 'consents',
      displayName: 'SMS consent',
      description: 'Opt-in / opt-out of a customer number for a business number.',
    },
    options: noDraftAndPublish,
    pluginOptions: hiddenFromContentManager,
    attributes: {
      customerNumber: { type: 'string', required: true, maxLength: 15 },
      businessNumber: { type: 'string', required: true, maxLength: 15 },
      state: { type: 'enumeration', enum: [...CONSENT_STATES], required: true },
      changedAt: { type: 'datetime', required: true },
      source: { type: 'enumeration', enum: [...CONSENT_SOURCES], required: true },
      // Append-only list of `{ state, source, at, detail }`, oldest first.
      history: { type: 'json' },
    },
    indexes: [
      {
        name: 'sms_channel_consents_pair_uq',
        type: 'unique',
        columns: ['customer_number', 'business_number'],
      },
    ],
  },
};
