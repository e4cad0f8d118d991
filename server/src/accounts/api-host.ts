import { TELESIGN_API_HOSTS } from '../../../shared/contracts/accounts/api-host';

// The API host rules the admin shares are in the contract; what only the server says is here.

/** Whether a stored API host is one of TeleSign's own (with or without a path after it). */
export const isTeleSignApiHost = (apiHost: string): boolean => {
  if (!URL.canParse(apiHost)) return false;
  const { origin } = new URL(apiHost);
  return origin === TELESIGN_API_HOSTS.standard || origin === TELESIGN_API_HOSTS.enterprise;
};

/**
 * Which API host to suggest when TeleSign refuses the customer ID on `apiHost` (10035): the other
 * of TeleSign's two, or `either` for a host of the site's own (the verdict names both).
 */
export const suggestedApiHost = (apiHost: string): 'standard' | 'enterprise' | 'either' => {
  if (apiHost === TELESIGN_API_HOSTS.standard) return 'enterprise';
  if (apiHost === TELESIGN_API_HOSTS.enterprise) return 'standard';
  return 'either';
};
