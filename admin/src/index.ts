import { InboxMenuIcon } from './components/InboxMenuIcon';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';
import { getTranslation } from './utils/getTranslation';
import { loadTranslations } from './utils/loadTranslations';

import type { PluginDefinition } from '@strapi/strapi/admin';

const plugin: PluginDefinition = {
  register(app) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: InboxMenuIcon,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'SMS channel' },
      Component: () => import('./pages/App'),
      permissions: PERMISSIONS.pluginAccess,
    });

    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  registerTrads({ locales }) {
    return Promise.all(locales.map(async (locale) => ({ locale, data: await loadTranslations(locale) })));
  },
};

export default plugin;
