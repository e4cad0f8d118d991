import type { LookupAddress } from 'node:dns';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { addressKind, addressRefusal, guardedLookup, NonPublicAddressError } from '../address-policy';

describe('addressKind', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '11.0.0.1',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '169.253.255.255',
    '192.169.0.1',
    '2606:4700:4700::1111',
    '[2a00:1450:4001:80b::200e]',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808', // NAT64 of 8.8.8.8
  ])('%s is public', (address) => {
    expect(addressKind(address)).toBe('public');
  });

  it.each(['127.0.0.1', '127.255.0.9', '::1', '[::1]', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1'])(
    '%s is loopback',
    (address) => {
      expect(addressKind(address)).toBe('loopback');
    },
  );

  it.each([
    ['10.0.0.1', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['169.254.169.254', 'link-local (cloud metadata)'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', '"this network"'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['192.0.2.2', 'documentation'],
    ['::', 'unspecified'],
    ['fd00::1', 'unique local'],
    ['fc00::1', 'unique local'],
    ['[fd00::2]', 'unique local, bracketed'],
    ['fe80::1', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:10.0.0.1', 'IPv4-mapped private'],
    ['::ffff:a9fe:a9fe', 'IPv4-mapped link-local, hex'],
    ['0:0:0:0:0:ffff:c0a8:0101', 'IPv4-mapped private, written out'],
    ['::10.0.0.1', 'IPv4-compatible'],
    ['64:ff9b::a00:1', 'NAT64 of a private address'],
    ['64:ff9b::7f00:1', 'NAT64 of loopback: the gateway’s, not ours'],
  ])('%s is non-public (%s)', (address) => {
    expect(addressKind(address)).toBe('non-public');
  });

  it.each([
    ['https://2852039166/', 'non-public'], // decimal 169.254.169.254
    ['https://0xa9.0xfe.0xa9.0xfe/', 'non-public'],
    ['https://0251.0376.0251.0376/', 'non-public'], // octal
    ['https://10.1/', 'non-public'], // 10.0.0.1
    ['https://[::ffff:10.0.0.1]/', 'non-public'],
    ['http://2130706433/', 'loopback'],
    ['http://0x7f.1/', 'loopback'],
  ])('%s, as the URL parser spells its host, is %s', (url, kind) => {
    expect(addressKind(new URL(url).hostname)).toBe(kind);
  });

  it('is only for IP addresses', () => {
    expect(() => addressKind('rest-api.telesign.com')).toThrow(TypeError);
  });
});

describe('addressRefusal', () => {
  it('refuses non-public addresses unless private networks are allowed', () => {
    expect(addressRefusal('proxy', '10.0.0.1', false)).toBeInstanceOf(NonPublicAddressError);
    expect(addressRefusal('proxy', '10.0.0.1', false)?.code).toBe(NonPublicAddressError.CODE);
    expect(addressRefusal('proxy', '10.0.0.1', true)).toBeNull();
    expect(addressRefusal('simulator', '127.0.0.1', false)).toBeNull();
    expect(addressRefusal('telesign', '8.8.8.8', false)).toBeNull();
  });
});

type LookupResult = {
  error: NodeJS.ErrnoException | null;
  address: string | LookupAddress[];
  family?: number;
};

const lookup = (hostname: string, allowPrivateNetworks: boolean, all: boolean): Promise<LookupResult> =>
  new Promise((resolve) => {
    guardedLookup(allowPrivateNetworks)(hostname, { all }, (error, address, family) =>
      resolve({ error, address, family }),
    );
  });

describe('guardedLookup, with the system resolver', () => {
  // getaddrinfo reads these numeric spellings as addresses: names that "resolve" to private ones.
  it.each(['10.0.0.1', '0x0a000001', '167772161', '169.254.169.254', '0', 'fd00::1'])(
    'refuses %s, which resolves to a non-public address',
    async (hostname) => {
      for (const all of [true, false]) {
        const { error } = await lookup(hostname, false, all);
        expect(error).toBeInstanceOf(NonPublicAddressError);
        expect(error?.message).toMatch(/apiHost\.allowPrivateNetworks/);
      }
    },
  );

  it('answers as dns.lookup does when private networks are allowed', async () => {
    expect(await lookup('0x0a000001', true, true)).toMatchObject({
      error: null,
      address: [{ address: '10.0.0.1', family: 4 }],
    });
    expect(await lookup('0x0a000001', true, false)).toMatchObject({
      error: null,
      address: '10.0.0.1',
      family: 4,
    });
  });

  it('lets localhost through, and passes a DNS failure on as it is', async () => {
    expect(await lookup('localhost', false, false)).toMatchObject({
      error: null,
      family: expect.any(Number),
    });
    const { error } = await lookup('no-such-host.invalid', false, true);
    expect(error?.code).toMatch(/^(ENOTFOUND|EAI_AGAIN)$/);
  });

  it('stops a real connection before it is made', async () => {
    // "0" resolves to 0.0.0.0, which Linux connects to this machine: safe to try for real.
    let connections = 0;
    const server = http.createServer((_req, res) => res.end('reached'));
    server.on('connection', () => {
      connections += 1;
    });
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    const { port } = server.address() as AddressInfo;
    const get = (allowPrivateNetworks: boolean) =>
      new Promise<string>((resolve, reject) => {
        http
          .get({ host: '0', port, agent: false, lookup: guardedLookup(allowPrivateNetworks) }, (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString()));
            res.on('end', () => resolve(body));
          })
          .on('error', reject);
      });
    try {
      await expect(get(false)).rejects.toBeInstanceOf(NonPublicAddressError);
      expect(connections).toBe(0);
      await expect(get(true)).resolves.toBe('reached');
      expect(connections).toBe(1);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
