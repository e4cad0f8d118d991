import dns from 'node:dns';
import net from 'node:net';

/**
 * Which addresses a TeleSign call may connect to. The API key signs every request, and an admin
 * can point an account at any host, so without a rule the plugin could be made to call (and
 * report on) the cloud metadata service or any machine of the private network. Public addresses
 * and this machine's loopback (a simulator, the tests) are always allowed; private, link-local,
 * shared (CGNAT), unspecified, multicast and reserved ones only with `apiHost.allowPrivateNetworks`.
 * The check is made on the address actually connected to, after DNS, so a name that resolves (or
 * later re-resolves) to a private address is refused too.
 */

export type AddressKind = 'public' | 'loopback' | 'non-public';

interface Range {
  /** The network's first address, as bytes. */
  bytes: number[];
  bits: number;
}

const ipv4Bytes = (address: string): number[] => address.split('.').map(Number);

/** The 16 bytes of a valid IPv6 address (`net.isIPv6`), with `::` and a dotted IPv4 tail expanded. */
const ipv6Bytes = (address: string): number[] => {
  const groupsOf = (part: string): number[] =>
    part === ''
      ? []
      : part.split(':').flatMap((group) => {
          if (!group.includes('.')) return [Number.parseInt(group, 16)];
          const [a, b, c, d] = ipv4Bytes(group);
          return [(a << 8) | b, (c << 8) | d];
        });
  const [head, tail] = address.split('::');
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
};

const range = (cidr: string): Range => {
  const [address, bits] = cidr.split('/');
  return { bytes: net.isIPv4(address) ? ipv4Bytes(address) : ipv6Bytes(address), bits: Number(bits) };
};

const within = (bytes: number[], { bytes: network, bits }: Range): boolean => {
  for (let bit = 0; bit < bits; bit += 8) {
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if ((bytes[bit / 8] & mask) !== (network[bit / 8] & mask)) return false;
  }
  return true;
};

const IPV4_LOOPBACK = range('127.0.0.0/8');

/** IANA special-purpose IPv4 blocks no public API host can be on (RFC 6890 and successors). */
const IPV4_NON_PUBLIC = [
  '0.0.0.0/8', // "this network", including the unspecified 0.0.0.0
  '10.0.0.0/8',
  '100.64.0.0/10', // shared address space (CGNAT)
  '169.254.0.0/16', // link-local, including cloud metadata services
  '172.16.0.0/12',
  '192.0.0.0/24',
  '192.0.2.0/24',
  '192.88.99.0/24',
  '192.168.0.0/16',
  '198.18.0.0/15',
  '198.51.100.0/24',
  '203.0.113.0/24',
  '224.0.0.0/4', // multicast
  '240.0.0.0/4', // reserved, including the broadcast 255.255.255.255
].map(range);

const IPV6_LOOPBACK = range('::1/128');
const IPV4_MAPPED = range('::ffff:0:0/96');
const NAT64 = range('64:ff9b::/96');

const IPV6_NON_PUBLIC = [
  '::/96', // unspecified and the deprecated IPv4-compatible form
  '64:ff9b:1::/48', // local-use NAT64
  '100::/64', // discard-only
  '2001:db8::/32', // documentation
  'fc00::/7', // unique local
  'fe80::/10', // link-local
  'fec0::/10', // site-local (deprecated)
  'ff00::/8', // multicast
].map(range);

const ipv4Kind = (bytes: number[]): AddressKind => {
  if (within(bytes, IPV4_LOOPBACK)) return 'loopback';
  return IPV4_NON_PUBLIC.some((network) => within(bytes, network)) ? 'non-public' : 'public';
};

/**
 * What kind of address an IP address is; IPv4-mapped IPv6 addresses count as the IPv4 address they
 * carry. `address` may be written in brackets, as URLs write IPv6 hosts.
 */
export const addressKind = (address: string): AddressKind => {
  const bare = address.replace(/^\[(.*)\]$/, '$1');
  if (net.isIPv4(bare)) return ipv4Kind(ipv4Bytes(bare));
  if (!net.isIPv6(bare)) throw new TypeError(`${address} is not an IP address.`);
  const bytes = ipv6Bytes(bare);
  if (within(bytes, IPV4_MAPPED)) return ipv4Kind(bytes.slice(12));
  // A NAT64 gateway connects to the IPv4 address inside; its own loopback is not ours.
  if (within(bytes, NAT64)) return ipv4Kind(bytes.slice(12)) === 'public' ? 'public' : 'non-public';
  if (within(bytes, IPV6_LOOPBACK)) return 'loopback';
  return IPV6_NON_PUBLIC.some((network) => within(bytes, network)) ? 'non-public' : 'public';
};

/** A connection refused by this policy; `code` lets callers tell it from network failures. */
export class NonPublicAddressError extends Error {
  static readonly CODE = 'ERR_SMS_CHANNEL_NON_PUBLIC_ADDRESS';
  readonly code = NonPublicAddressError.CODE;

  constructor(hostname: string, address: string) {
    super(
      `${hostname} is, or resolves to, ${address}, an address on a private, link-local or otherwise ` +
        'non-public network; TeleSign calls go there only when the plugin setting ' +
        'apiHost.allowPrivateNetworks is true',
    );
    this.name = 'NonPublicAddressError';
  }
}

/** Null when a connection to `address` is allowed, else the error that refuses it. */
export const addressRefusal = (
  hostname: string,
  address: string,
  allowPrivateNetworks: boolean,
): NonPublicAddressError | null =>
  allowPrivateNetworks || addressKind(address) !== 'non-public'
    ? null
    : new NonPublicAddressError(hostname, address);

/**
 * A `lookup` for `net.connect` (and so `http.request`) that resolves as usual and refuses the
 * connection when any address the name resolves to is not allowed: a name answering with a public
 * and a private address is refused whole rather than trusted to pick the public one.
 */
export const guardedLookup =
  (allowPrivateNetworks: boolean): net.LookupFunction =>
  (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(error, '');
        return;
      }
      for (const { address } of addresses) {
        const refusal = addressRefusal(hostname, address, allowPrivateNetworks);
        if (refusal) {
          callback(refusal, '');
          return;
        }
      }
      // getaddrinfo answers a name without addresses with ENOTFOUND, so there is a first one.
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0].address, addresses[0].family);
    });
  };
