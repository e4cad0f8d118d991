/**
 * TeleSign's two REST hosts (docs/telesign.md §0). A customer ID works on one of them only
 * (10035 on the other), so the account stores which. Another https URL is allowed for a proxy or a
 * test double, on a public address unless the plugin's `apiHost.allowPrivateNetworks` is set (the
 * service and the HTTP client check the address); plain http only on this machine, since the API key
 * signs every request. This module is shared with the admin panel, so it needs nothing from Node.
 */
export const TELESIGN_API_HOSTS = {
  standard: 'https://rest-api.telesign.com',
  enterprise: 'https://rest-ww.telesign.com',
} as const;

export const DEFAULT_API_HOST = TELESIGN_API_HOSTS.standard;

/** The database column's length. */
export const API_HOST_MAX_LENGTH = 255;

export const API_HOST_RULE =
  'The API host must be https://rest-api.telesign.com (self-service accounts), https://rest-ww.telesign.com ' +
  '(enterprise accounts) or another https:// URL; http:// is allowed only for localhost or 127.0.0.1 (or any ' +
  '127.x.x.x address, or [::1]), e.g. a local TeleSign simulator. No user name, password, query or fragment.';

/** The loopback range as the URL parser writes it (it turns 0x7f.1 or 2130706433 into 127.0.0.1). */
const LOOPBACK_IPV4 = /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** A host name of this machine: where only a local simulator or test server can be listening. */
export const isLocalHostname = (hostname: string): boolean => {
  const name = hostname.toLowerCase();
  return name === 'localhost' || name === '[::1]' || LOOPBACK_IPV4.test(name);
};

/** The host as stored (no trailing slash), or null when it is not acceptable. */
export const normalizeApiHost = (value: string): string | null => {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocalHostname(url.hostname))) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
};

/** Whether a stored API host is one of TeleSign's own (with or without a path after it). */
export const isTeleSignApiHost = (apiHost: string): boolean => {
  if (!URL.canParse(apiHost)) return false;
  const { origin } = new URL(apiHost);
  return origin === TELESIGN_API_HOSTS.standard || origin === TELESIGN_API_HOSTS.enterprise;
};

/** What to try instead when TeleSign refuses the customer ID on `apiHost` (10035). */
export const otherHostAdvice = (apiHost: string): string => {
  if (apiHost === TELESIGN_API_HOSTS.standard) {
    return `Enterprise accounts use ${TELESIGN_API_HOSTS.enterprise}: choose that API host and verify again.`;
  }
  if (apiHost === TELESIGN_API_HOSTS.enterprise) {
    return `Self-service accounts use ${TELESIGN_API_HOSTS.standard}: choose that API host and verify again.`;
  }
  return (
    `Self-service accounts use ${TELESIGN_API_HOSTS.standard} and enterprise accounts ` +
    `${TELESIGN_API_HOSTS.enterprise}: choose the one for your account and verify again.`
  );
};
