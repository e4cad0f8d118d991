import { hiddenFromContentManager, noDraftAndPublish } from './hidden';

/** Routes conversations of its numbers to agents, with the channel's behaviours. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'sms_channel_workstreams',
    info: {
      singularName: 'workstream',
      pluralName: 'workstreams',
      displayName: 'SMS workstream',
      description: 'Routing and behaviours for the conversations of its SMS numbers.',
    },
    options: noDraftAndPublish,
    pluginOptions: hiddenFromContentManager,
    attributes: {
      name: { type: 'string', required: true, maxLength: 100 },
      numbers: {
        type: 'relation',
        relation: 'oneToMany',
        target: 'plugin::sms-channel.number',
        mappedBy: 'workstream',
      },
      language: { type: 'string', required: true, default: 'en', maxLength: 16 },
      allowCustomerAttachments: { type: 'boolean', default: false },
      allowAgentAttachments: { type: 'boolean', default: false },
      // Null: waiting conversations stay waiting until an agent ends them.
      autoCloseAfterHours: { type: 'integer', min: 1, max: 8760 },
    },
  },
};
