import { TELESIGN_API_HOSTS } from '../../../shared/contracts/accounts/api-host';

// The API host rules the admin shares are in the contract; what only the server says is here.

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
