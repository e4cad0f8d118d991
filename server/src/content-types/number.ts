import { hiddenFromContentManager, noDraftAndPublish } from './hidden';
import { NUMBER_TYPES } from '../../../shared/contracts/numbers/number.types';

/** A business SMS number (long code, short code or toll-free) bought from TeleSign. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sms_channel_numbers',
    info: {
      singularName: 'number',
      pluralName: 'numbers',
      displayName: 'SMS number',
      description: 'A business number: digits with country code, no "+".',
    },
    options: noDraftAndPublish,
    pluginOptions: hiddenFromContentManager,
    attributes: {
      // Digits only, with country code, as TeleSign writes them (`14252306549`).
      digits: { type: 'string', required: true, maxLength: 15, column: { unique: true } },
      type: { type: 'enumeration', enum: [...NUMBER_TYPES], default: 'geo', required: true },
      description: { type: 'string', maxLength: 255 },
      account: {
        type: 'relation',
        relation: 'manyToOne',
        target: 'plugin::sms-channel.account',
        inversedBy: 'numbers',
      },
      workstream: {
        type: 'relation',
        relation: 'manyToOne',
        target: 'plugin::sms-channel.workstream',
        inversedBy: 'numbers',
      },
    },
  },
};
