import { PLUGIN_ID } from '../pluginId';

/** Prefixes a translation key with the plugin id, as `registerTrads` registers it. */
const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;

export { getTranslation };
