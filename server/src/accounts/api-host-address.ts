import net from 'node:net';
import { addressKind } from '../telesign/address-policy';

/**
 * Why an API host written as an IP address cannot be saved, or null. The URL parser has already
 * turned decimal, octal and hex spellings (https://2852039166/) into dotted form. Host names are
 * checked on the addresses they resolve to, each time the plugin connects (address-policy.ts).
 */
export const apiHostAddressProblem = (apiHost: string, allowPrivateNetworks: boolean): string | null => {
  const { hostname } = new URL(apiHost);
  const literal = hostname.replace(/^\[(.*)\]$/, '$1');
  if (allowPrivateNetworks || net.isIP(literal) === 0) return null;
  if (addressKind(literal) !== 'non-public') return null;
  return (
    `${hostname} is an address on a private, link-local or otherwise non-public network (such as 10.x.x.x, ` +
    "192.168.x.x, 169.254.x.x or fd00::), which the plugin does not call. Use TeleSign's API host; or, if your " +
    'proxy to TeleSign really runs on such a network, set `apiHost.allowPrivateNetworks: true` in the ' +
    'sms-channel plugin config (config/plugins) and restart Strapi.'
  );
};
