import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { TEST_TLS_CERT, TEST_TLS_KEY } from '../../server/src/telesign/__tests__/tls-fixture';
import type { RunningSimulator } from '../../simulator/src/server';
import { createAccount } from '../harness/accounts';
import { createSuperAdmin } from '../harness/admin-users';
import { adminApi, createAccountViaApi, newCredentials, type AdminApi } from '../harness/setup-api';
import { startTestSimulator } from '../harness/simulator';
import { startTestApp, type TestApp } from '../harness/strapi';

/**
 * Which API hosts an account may have, and what verifying one may reveal. Nothing here connects
 * anywhere but this machine: private addresses are only ever refused, or saved without a call.
 */

const TIMEOUT_MS = 1_000;

/** A server on this machine that counts connections; listening on 0.0.0.0 lets 0.0.0.0 reach it. */
const startLocalServer = async (server: net.Server, address = '127.0.0.1') => {
  let connections = 0;
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    connections += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, address, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
};

const unusedPort = async (): Promise<number> => {
  const server = await startLocalServer(net.createServer());
  await server.close();
  return server.port;
};

const tlsServer = () =>
  https.createServer({ key: TEST_TLS_KEY, cert: TEST_TLS_CERT }, (_req, res) => res.end());

const PRIVATE_HOSTS: [string, string][] = [
  ['https://10.0.0.1', 'private'],
  ['https://172.16.5.4', 'private'],
  ['https://192.168.1.1:8443/telesign', 'private'],
  ['https://100.64.0.1', 'shared (CGNAT)'],
  ['https://169.254.169.254', 'link-local: cloud metadata'],
  ['https://[fe80::1]', 'link-local'],
  ['https://[fd00::1]', 'unique local'],
  ['https://0.0.0.0', 'unspecified'],
  ['https://[::]', 'unspecified'],
  ['https://224.0.0.1', 'multicast'],
  ['https://[::ffff:10.0.0.1]', 'IPv4-mapped private'],
  ['https://2852039166', '169.254.169.254 in decimal'],
  ['https://0xa9fea9fe', '169.254.169.254 in hex'],
  ['https://012.0.0.1', '10.0.0.1 in octal'],
];

const HOW_TO_ALLOW =
  /non-public network.*set `apiHost\.allowPrivateNetworks: true` in the sms-channel plugin config/;

describe('setup API: the API host', () => {
  describe('with the default settings', () => {
    let app: TestApp;
    let api: AdminApi;
    let simulator: RunningSimulator;

    const rawRow = async (documentId: string): Promise<Record<string, unknown>> =>
      app.strapi.db.getConnection('sms_channel_accounts').where({ document_id: documentId }).first();

    const verify = async (documentId: string) => {
      const response = await api.post(`/sms-channel/accounts/${documentId}/verify`);
      expect(response.status).toBe(200);
      return response.body.data.verification as { status: string; detail: string };
    };

    beforeAll(async () => {
      simulator = await startTestSimulator();
      app = await startTestApp({
        env: { SMS_CHANNEL_TELESIGN_TIMEOUT_MS: String(TIMEOUT_MS), SMS_CHANNEL_PIPELINE_CONFIG: undefined },
      });
      api = adminApi(app, await createSuperAdmin(app));
    });

    afterAll(async () => {
      await app.stop();
      await simulator.close();
    });

    it.each([
      ['https://rest-api.telesign.com', 'https://rest-api.telesign.com'],
      ['https://rest-ww.telesign.com/', 'https://rest-ww.telesign.com'],
      ['https://telesign-proxy.example.com/v1proxy', 'https://telesign-proxy.example.com/v1proxy'],
      ['https://8.8.8.8', 'https://8.8.8.8'],
      ['https://[2606:4700:4700::1111]', 'https://[2606:4700:4700::1111]'],
      ['http://127.0.0.1:4010', 'http://127.0.0.1:4010'],
      ['http://127.1.2.3:4010', 'http://127.1.2.3:4010'],
      ['http://2130706433:4010', 'http://127.0.0.1:4010'],
      ['http://localhost:4010', 'http://localhost:4010'],
      ['http://[::1]:4010', 'http://[::1]:4010'],
      ['https://127.0.0.1:4010', 'https://127.0.0.1:4010'],
    ])('accepts %s', async (apiHost, stored) => {
      expect(await createAccountViaApi(api, { apiHost })).toMatchObject({ apiHost: stored });
    });

    it.each(PRIVATE_HOSTS)('refuses %s (%s) with a 400 that says how to allow it', async (apiHost) => {
      const before = await app.strapi.db.query('plugin::sms-channel.account').count({});
      const created = await api.post('/sms-channel/accounts', {
        name: 'Proxy',
        ...newCredentials(),
        apiHost,
      });
      expect(created.status).toBe(400);
      expect(created.body.error.details.errors).toEqual([
        {
          path: ['apiHost'],
          message: expect.stringMatching(HOW_TO_ALLOW),
          name: 'ValidationError',
          code: 'account.apiHost.nonPublic',
          values: { hostname: expect.any(String) },
        },
      ]);
      expect(await app.strapi.db.query('plugin::sms-channel.account').count({})).toBe(before);

      const account = await createAccountViaApi(api);
      const row = await rawRow(account.documentId);
      const moved = await api.put(`/sms-channel/accounts/${account.documentId}`, {
        apiHost,
        apiKey: newCredentials().apiKey,
      });
      expect(moved.status).toBe(400);
      expect(moved.body.error.details.errors).toEqual([
        {
          path: ['apiHost'],
          message: expect.stringMatching(HOW_TO_ALLOW),
          name: 'ValidationError',
          code: 'account.apiHost.nonPublic',
          values: { hostname: expect.any(String) },
        },
      ]);
      expect(await rawRow(account.documentId)).toEqual(row);
    });

    it('does not connect to a stored host on a non-public address when verifying it', async () => {
      // Saved before this rule, or while the setting allowed it.
      const server = await startLocalServer(tlsServer(), '0.0.0.0');
      try {
        const account = await createAccount(app);
        // The rule refuses to save such a host, so it is written the way an older version stored it.
        await app.strapi.db
          .query('plugin::sms-channel.account')
          .update({ where: { id: account.id }, data: { apiHost: `https://0.0.0.0:${server.port}` } });
        expect(await verify(account.documentId)).toEqual({
          status: 'error',
          checkedAt: expect.any(String),
          detail: expect.stringMatching(HOW_TO_ALLOW),
          code: 'verification.nonPublicAddress',
          values: { apiHost: `https://0.0.0.0:${server.port}` },
        });
        expect(server.connections()).toBe(0);
      } finally {
        await server.close();
      }
    });

    it('gives a closed, an open, a TLS and a silent port the same verdict', async () => {
      const servers = {
        closing: await startLocalServer(net.createServer((socket) => socket.destroy())),
        silent: await startLocalServer(net.createServer(() => undefined)),
        html: await startLocalServer(
          http.createServer((_req, res) => {
            res.writeHead(404, { 'Content-Type': 'text/html' });
            res.end('<html><body>Not Found</body></html>');
          }),
        ),
        text: await startLocalServer(http.createServer((_req, res) => res.end('OK'))),
        tls: await startLocalServer(tlsServer()),
      };
      const hosts = [
        `http://127.0.0.1:${await unusedPort()}`,
        `https://127.0.0.1:${await unusedPort()}`,
        `http://127.0.0.1:${servers.closing.port}`,
        `http://127.0.0.1:${servers.silent.port}`,
        `https://127.0.0.1:${servers.silent.port}`,
        `http://127.0.0.1:${servers.html.port}`,
        `http://127.0.0.1:${servers.text.port}`,
        `https://127.0.0.1:${servers.html.port}`, // TLS spoken to plain HTTP
        `https://127.0.0.1:${servers.tls.port}`, // a certificate nobody vouches for
        `http://127.0.0.1:${servers.tls.port}`, // plain HTTP spoken to TLS
      ];
      try {
        const verdicts = [];
        for (const apiHost of hosts) {
          const account = await createAccountViaApi(api, { apiHost });
          const { status, detail } = await verify(account.documentId);
          verdicts.push({ status, detail: detail.replace(apiHost, '<host>') });
        }
        expect(verdicts).toEqual(
          hosts.map(() => ({
            status: 'unreachable',
            detail:
              `No TeleSign API answered at <host>: the connection failed, nothing answered within ${TIMEOUT_MS} ms, ` +
              "or what answered is not TeleSign's API. Check the API host (https://, name, port and path) and that " +
              'this server can reach it, then verify again.',
          })),
        );
      } finally {
        await Promise.all(Object.values(servers).map((server) => server.close()));
      }
      // TeleSign's own answers still name what is wrong.
      const unknown = await createAccountViaApi(api, { apiHost: simulator.url });
      expect((await verify(unknown.documentId)).status).toBe('invalid-customer-id');
    });

    describe('changing the host of an account', () => {
      it('needs the API key again, and changes nothing without it', async () => {
        const account = await createAccountViaApi(api, { apiHost: simulator.url });
        const row = await rawRow(account.documentId);
        for (const body of [
          { apiHost: 'https://rest-ww.telesign.com' },
          { apiHost: 'https://rest-ww.telesign.com', apiKey: '' },
          { name: 'Renamed', apiHost: `${simulator.url}/enterprise` },
        ]) {
          const response = await api.put(`/sms-channel/accounts/${account.documentId}`, body);
          expect(response.status).toBe(400);
          expect(response.body.error.details.errors).toEqual([
            {
              path: ['apiKey'],
              message: expect.stringMatching(/^Changing the API host needs the API key: enter it again/),
              name: 'ValidationError',
              code: 'account.apiKey.hostChanged',
              values: { apiHost: expect.any(String) },
            },
          ]);
        }
        expect(await rawRow(account.documentId)).toEqual(row);
      });

      it('keeps the key when the host sent is the one stored', async () => {
        const account = await createAccountViaApi(api, { apiHost: simulator.url });
        const response = await api.put(`/sms-channel/accounts/${account.documentId}`, {
          name: 'Renamed',
          apiHost: `${simulator.url}/`,
        });
        expect(response.status).toBe(200);
        expect(response.body.data).toMatchObject({
          name: 'Renamed',
          apiHost: simulator.url,
          apiKeySet: true,
        });
      });

      it('moves it when the key comes along, and asks for a new verification', async () => {
        const account = await createAccountViaApi(api, { apiHost: simulator.url });
        await app.strapi.db
          .query('plugin::sms-channel.account')
          .update({ where: { documentId: account.documentId }, data: { verificationStatus: 'valid' } });
        const { apiKey } = newCredentials();
        const response = await api.put(`/sms-channel/accounts/${account.documentId}`, {
          apiHost: 'https://rest-ww.telesign.com',
          apiKey,
        });
        expect(response.status).toBe(200);
        expect(response.body.data).toMatchObject({
          apiHost: 'https://rest-ww.telesign.com',
          apiKeyLast4: apiKey.slice(-4),
          verification: { status: 'unverified' },
        });
      });
    });
  });

  describe('with apiHost.allowPrivateNetworks', () => {
    let app: TestApp;
    let api: AdminApi;

    beforeAll(async () => {
      app = await startTestApp({
        env: {
          SMS_CHANNEL_TELESIGN_TIMEOUT_MS: String(TIMEOUT_MS),
          SMS_CHANNEL_PIPELINE_CONFIG: JSON.stringify({ apiHost: { allowPrivateNetworks: true } }),
        },
      });
      api = adminApi(app, await createSuperAdmin(app));
    });

    afterAll(async () => {
      await app.stop();
      delete process.env.SMS_CHANNEL_PIPELINE_CONFIG;
    });

    it('accepts hosts on private and link-local addresses', async () => {
      for (const [apiHost] of PRIVATE_HOSTS) {
        const response = await api.post('/sms-channel/accounts', {
          name: 'Proxy',
          ...newCredentials(),
          apiHost,
        });
        expect(response.status).toBe(201);
      }
    });

    it('connects to them when verifying', async () => {
      const server = await startLocalServer(tlsServer(), '0.0.0.0');
      try {
        const account = await createAccountViaApi(api, { apiHost: `https://0.0.0.0:${server.port}` });
        const response = await api.post(`/sms-channel/accounts/${account.documentId}/verify`);
        // Its certificate is the test's own, so the check fails after connecting.
        expect(response.body.data.verification.status).toBe('unreachable');
        expect(server.connections()).toBe(1);
      } finally {
        await server.close();
      }
    });
  });
});
