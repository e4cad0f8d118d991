import { hiddenFromContentManager, noDraftAndPublish } from './hidden';
import { VERIFICATION_STATES } from '../../../shared/contracts/accounts/account.types';

/** A TeleSign messaging account: credentials, API host and the callback URL token. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sms_channel_accounts',
    info: {
      singularName: 'account',
      pluralName: 'accounts',
      displayName: 'SMS account',
      description: 'A TeleSign messaging account and its credentials.',
    },
    options: noDraftAndPublish,
    pluginOptions: hiddenFromContentManager,
    attributes: {
      name: { type: 'string', required: true, maxLength: 100 },
      provider: { type: 'enumeration', enum: ['telesign'], default: 'telesign', required: true },
      customerId: { type: 'string', required: true, maxLength: 64 },
      // AES-256-GCM ciphertext from Strapi's encryption service; the plaintext key is never stored.
      apiKeyEncrypted: { type: 'text', private: true },
      apiKeyLast4: { type: 'string', maxLength: 4 },
      apiHost: { type: 'string', required: true, maxLength: 255 },
      callbackToken: { type: 'string', required: true, private: true, column: { unique: true } },
      verificationStatus: { type: 'enumeration', enum: [...VERIFICATION_STATES], default: 'unverified' },
      verificationCheckedAt: { type: 'datetime' },
      verificationDetail: { type: 'text' },
      // The verdict's code in the error catalog and its values, which the admin translates.
      verificationCode: { type: 'string', maxLength: 100 },
      verificationValues: { type: 'json' },
      lastCallbackAt: { type: 'datetime' },
      numbers: {
        type: 'relation',
        relation: 'oneToMany',
        target: 'plugin::sms-channel.number',
        mappedBy: 'account',
      },
    },
  },
};
