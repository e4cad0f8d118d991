/**
 * TeleSign's two REST hosts (docs/telesign.md §0). A customer ID works on one of them only
 * (10035 on the other), so the account stores which. Another https URL is allowed for a proxy or a
 * test double, on a public address unless the plugin's `apiHost.allowPrivateNetworks` is set (the
 * server checks the address); plain http only on this machine, since the API key signs every request.
 */
export const TELESIGN_API_HOSTS = {
  standard: 'https://rest-api.telesign.com',
  enterprise: 'https://rest-ww.telesign.com',
} as const;

export const DEFAULT_API_HOST = TELESIGN_API_HOSTS.standard;

/** The database column's length. */
export const API_HOST_MAX_LENGTH = 255;

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
