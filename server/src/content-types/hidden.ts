/** Operational tables of the plugin: edited only through the plugin's own screens and services. */
export const hiddenFromContentManager = {
  'content-manager': { visible: false },
  'content-type-builder': { visible: false },
} as const;

export const noDraftAndPublish = { draftAndPublish: false } as const;
