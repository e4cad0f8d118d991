/**
 * TeleSign serves standard (self-service) accounts on `rest-api.telesign.com` and enterprise
 * accounts on `rest-ww.telesign.com`, and refuses a customer on the other host with 10035. The
 * simulator has one address, so its enterprise host is the same server under a path prefix:
 * `http://127.0.0.1:4010` plays the standard host and `http://127.0.0.1:4010/enterprise` the
 * enterprise one. Clients sign the path as sent, prefix included, as they would behind any prefix.
 */

export const API_HOSTS = ['standard', 'enterprise'] as const;

export type ApiHost = (typeof API_HOSTS)[number];

export const ENTERPRISE_PATH_PREFIX = '/enterprise';

/** Which host a request arrived at, and the TeleSign resource path without the host's prefix. */
export const splitApiHost = (path: string): { host: ApiHost; resource: string } =>
  path.startsWith(`${ENTERPRISE_PATH_PREFIX}/`)
    ? { host: 'enterprise', resource: path.slice(ENTERPRISE_PATH_PREFIX.length) }
    : { host: 'standard', resource: path };
