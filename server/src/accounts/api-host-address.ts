import net from 'node:net';
import { problem, type Problem } from '../../../shared/contracts/errors/problem';
import { addressKind } from '../telesign/address-policy';

/**
 * Why an API host written as an IP address cannot be saved, or null. The URL parser has already
 * turned decimal, octal and hex spellings (https://2852039166/) into dotted form. Host names are
 * checked on the addresses they resolve to, each time the plugin connects (address-policy.ts).
 */
export const apiHostAddressProblem = (apiHost: string, allowPrivateNetworks: boolean): Problem | null => {
  const { hostname } = new URL(apiHost);
  const literal = hostname.replace(/^\[(.*)\]$/, '$1');
  if (allowPrivateNetworks || net.isIP(literal) === 0) return null;
  if (addressKind(literal) !== 'non-public') return null;
  return problem('account.apiHost.nonPublic', { hostname });
};
