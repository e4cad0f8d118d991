import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/contracts/permissions/actions';
import type { PluginServices } from '../services';

export const getService = <Name extends keyof PluginServices>(
  strapi: Core.Strapi,
  name: Name,
): PluginServices[Name] => strapi.plugin(PLUGIN_ID).service(name) as PluginServices[Name];
