import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../permissions/actions';

/** One section of the plugin's config, as validated at start-up. */
export const pluginConfig = <Key extends keyof PluginConfig>(
  strapi: Core.Strapi,
  key: Key,
): PluginConfig[Key] => strapi.plugin(PLUGIN_ID).config(key) as PluginConfig[Key];
