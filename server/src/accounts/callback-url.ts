import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../permissions/actions';

export const CALLBACK_ROUTE_PATH = '/telesign/callbacks';

/** Path of the public callback route under the REST prefix, e.g. `/api/sms-channel/telesign/callbacks`. */
export const callbackPathPrefix = (strapi: Core.Strapi): string => {
  const restPrefix = String(strapi.config.get('api.rest.prefix', '/api')).replace(/\/+$/, '');
  return `${restPrefix}/${PLUGIN_ID}${CALLBACK_ROUTE_PATH}/`;
};

/** The public base URL: plugin `publicUrl`, else Strapi's `server.url`; null when neither is absolute. */
export const publicBaseUrl = (strapi: Core.Strapi): string | null => {
  const candidates = [strapi.plugin(PLUGIN_ID).config('publicUrl'), strapi.config.get('server.url')];
  const absolute = candidates.find(
    (value): value is string => typeof value === 'string' && /^https?:\/\//i.test(value),
  );
  return absolute ? absolute.replace(/\/+$/, '') : null;
};

export const buildCallbackUrl = (strapi: Core.Strapi, callbackToken: string): string | null => {
  const base = publicBaseUrl(strapi);
  return base ? `${base}${callbackPathPrefix(strapi)}${encodeURIComponent(callbackToken)}` : null;
};
