/**
 * TeleSign's two REST hosts (TELESIGN-API.md §0). A customer ID works on one of them only
 * (10035 on the other), so the account stores which. Any other https URL is allowed for a proxy or
 * a test double; plain http only on this machine, since the API key signs every request.
 */
export const TELESIGN_API_HOSTS = {
  standard: 'https://rest-api.telesign.com',
  enterprise: 'https://rest-ww.telesign.com',
} as const;

export const DEFAULT_API_HOST = TELESIGN_API_HOSTS.standard;

export const API_HOST_RULE =
  'The API host must be https://rest-api.telesign.com (self-service accounts), https://rest-ww.telesign.com ' +
  '(enterprise accounts) or another https:// URL; http:// is allowed only for localhost or 127.0.0.1, ' +
  'e.g. a local TeleSign simulator.';

const LOCAL_HOSTNAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

export const isLocalHostname = (hostname: string): boolean => LOCAL_HOSTNAMES.has(hostname.toLowerCase());

/** The host as stored (no trailing slash), or null when it is not acceptable. */
export const normalizeApiHost = (value: string): string | null => {
  if (!URL.canParse(value)) return null;
  const url = new URL(value);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocalHostname(url.hostname))) return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
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
