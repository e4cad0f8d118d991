import type { Core } from '@strapi/strapi';
import type { PluginConfig } from '../config';
import { PLUGIN_ID } from '../../../shared/contracts/permissions/actions';

const sections = new WeakMap<Core.Strapi, Map<keyof PluginConfig, unknown>>();

/**
 * One section of the plugin's config, as validated at start-up. Kept per Strapi instance after the
 * first read: the sender asks several times per SMS, and Strapi's config lookup parses its path
 * each time.
 */
export const pluginConfig = <Key extends keyof PluginConfig>(
  strapi: Core.Strapi,
  key: Key,
): PluginConfig[Key] => {
  let read = sections.get(strapi);
  if (!read) {
    read = new Map();
    sections.set(strapi, read);
  }
  if (!read.has(key)) read.set(key, strapi.plugin(PLUGIN_ID).config(key));
  return read.get(key) as PluginConfig[Key];
};
