import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../../../shared/contracts/permissions/actions';
import { isLocalHostname } from '../../../shared/contracts/accounts/api-host';

export const CALLBACK_ROUTE_PATH = '/telesign/callbacks';

/** Path of the public callback route under the REST prefix, e.g. `/api/sms-channel/telesign/callbacks`. */
const callbackPathPrefix = (strapi: Core.Strapi): string => {
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

/**
 * What an admin must configure before TeleSign can deliver callbacks, or null. TeleSign posts to
 * https only; http is tolerated on this machine, where only a local simulator can call anyway.
 */
export const callbackUrlWarning = (strapi: Core.Strapi): string | null => {
  const base = publicBaseUrl(strapi);
  if (!base) {
    return (
      'This app does not know its public URL, so there is no callback URL to give TeleSign. Set `publicUrl` ' +
      'in the sms-channel plugin config (config/plugins) or `url` in config/server to the https:// address ' +
      'TeleSign can reach, e.g. https://cms.example.com, then restart Strapi.'
    );
  }
  const url = new URL(base);
  if (url.protocol === 'https:' || isLocalHostname(url.hostname)) return null;
  return (
    `The callback URL starts with http://, but TeleSign sends callbacks over HTTPS only. Serve this app over ` +
    `https and set \`publicUrl\` in the sms-channel plugin config (config/plugins) or \`url\` in config/server ` +
    `to its https:// address (e.g. https://${url.host}), then restart Strapi.`
  );
};
