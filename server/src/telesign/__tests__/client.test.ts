import http from 'node:http';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import { inspect } from 'node:util';

import { NonPublicAddressError } from '../address-policy';
import { createTeleSignClient, DEFAULT_USER_AGENT, type TeleSignClientOptions } from '../client';
import { TeleSignApiError, TeleSignNetworkError } from '../errors';
import { buildBasicAuthorization, computeTsaSignature, decodeApiKey } from '../signing';
import { TEST_TLS_CERT, TEST_TLS_KEY } from './tls-fixture';
import { OFFICIAL } from './vectors';

/**
 * The client against real sockets on 127.0.0.1: what goes on the wire, how every failure mode is
 * classified, and that credentials never leak into errors. No HTTP mocking.
 */

interface ReceivedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

type Responder = (request: ReceivedRequest, res: http.ServerResponse) => void;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
});

/** Closes a server and any connection still open on it (the hanging tests leave some). */
const track = (server: net.Server): void => {
  const sockets = new Set<net.Socket>();
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  );
};

const listen = async (server: net.Server): Promise<number> => {
  track(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};

const startServer = async (respond: Responder, options: { tls?: boolean } = {}) => {
  const received: ReceivedRequest[] = [];
  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      received.push(request);
      respond(request, res);
    });
  };
  const server = options.tls
    ? https.createServer({ key: TEST_TLS_KEY, cert: TEST_TLS_CERT }, handler)
    : http.createServer(handler);
  const port = await listen(server);
  return { baseUrl: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`, received };
};

const json =
  (status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): Responder =>
  (_request, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

const ACCEPTED = {
  reference_id: 'B56259E45884010488343BAA15FB0002',
  status: { code: 290, description: 'Message in progress', updated_on: '2016-12-14T18:20:12.123456Z' },
  external_id: null,
};

const customerId = OFFICIAL.customerId;
const apiKey = OFFICIAL.docsKey;

const clientFor = (baseUrl: string, overrides: Partial<TeleSignClientOptions> = {}) =>
  createTeleSignClient({
    baseUrl,
    customerId,
    apiKey,
    // Pinned so the wire can be compared with the docs/telesign.md §2.3 C vectors.
    now: () => new Date(OFFICIAL.nodeSdk.date),
    nonce: () => OFFICIAL.nodeSdk.nonce,
    ...overrides,
  });

const HELLO = { phoneNumber: '+15555551234', message: 'Hello world', messageType: 'ARN' } as const;

/** What TeleSign does on its side: recompute the signature from what actually arrived. */
const serverSideSignatureValid = (request: ReceivedRequest): boolean => {
  const match = /^TSA ([^:]+):(.+)$/.exec(request.headers.authorization ?? '');
  if (!match) return false;
  const expected = computeTsaSignature(apiKey, {
    method: request.method,
    contentType: request.headers['content-type'] ?? '',
    date: request.headers.date ?? '',
    nonce: String(request.headers['x-ts-nonce']),
    body: request.body.toString('utf8'),
    resource: new URL(request.url, 'http://placeholder').pathname,
  });
  return match[1] === customerId && match[2] === expected;
};

const rejectionOf = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
};

const networkErrorOf = async (promise: Promise<unknown>): Promise<TeleSignNetworkError> => {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TeleSignNetworkError);
  return error as TeleSignNetworkError;
};

const apiErrorOf = async (promise: Promise<unknown>): Promise<TeleSignApiError> => {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TeleSignApiError);
  return error as TeleSignApiError;
};

const unusedPort = async (): Promise<number> => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
};

describe('createTeleSignClient: requests on the wire', () => {
  it('POSTs /v1/messaging with exactly the signed form body and headers (digest, §2.3 C vector)', async () => {
    const server = await startServer(json(200, ACCEPTED));
    const response = await clientFor(server.baseUrl).sendMessage(HELLO);

    expect(response).toEqual(ACCEPTED);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    if (!request) throw new Error('no request');
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/v1/messaging');
    expect(request.body.toString('utf8')).toBe(
      'phone_number=15555551234&message=Hello+world&message_type=ARN',
    );
    expect(request.headers).toEqual({
      host: server.baseUrl.replace('http://', ''),
      connection: 'close',
      authorization: `TSA ${customerId}:r0J6TnFIeYHUDjsT2nmzcsgdfwBiKuGDIzwdk30OVRM=`,
      date: 'Wed, 14 Dec 2016 18:20:12 GMT',
      'x-ts-auth-method': 'HMAC-SHA256',
      'x-ts-nonce': 'A1592C6F-E384-4CDB-BC42-C3AB970369E9',
      'content-type': 'application/x-www-form-urlencoded',
      'content-length': '61',
      accept: 'application/json',
      'user-agent': DEFAULT_USER_AGENT,
    });
    expect(serverSideSignatureValid(request)).toBe(true);
  });

  it('form-encodes optional fields and non-ASCII text, signing the bytes it sends', async () => {
    const server = await startServer(json(200, { ...ACCEPTED, external_id: 'msg-42&x=1' }));
    const client = createTeleSignClient({ baseUrl: server.baseUrl, customerId, apiKey });
    await client.sendMessage({
      phoneNumber: '33612345678',
      message: 'Votre colis arrive demain à 9h & plus: 100% 🙂',
      messageType: 'OTP',
      senderId: 'ACME',
      externalId: 'msg-42&x=1',
      callbackUrl: 'https://example.com/api/sms-channel/callbacks?tenant=a b',
    });

    const [request] = server.received;
    if (!request) throw new Error('no request');
    const body = request.body.toString('utf8');
    expect(Object.fromEntries(new URLSearchParams(body))).toEqual({
      phone_number: '33612345678',
      message: 'Votre colis arrive demain à 9h & plus: 100% 🙂',
      message_type: 'OTP',
      sender_id: 'ACME',
      external_id: 'msg-42&x=1',
      callback_url: 'https://example.com/api/sms-channel/callbacks?tenant=a b',
    });
    expect(body).toContain('message=Votre+colis+arrive+demain+%C3%A0+9h+%26+plus%3A+100%25+%F0%9F%99%82');
    expect(request.headers['content-length']).toBe(String(request.body.length));
    expect(request.headers['x-ts-nonce']).toMatch(/^[0-9a-f-]{36}$/);
    expect(serverSideSignatureValid(request)).toBe(true);
  });

  it('leaves out empty optional fields', async () => {
    const server = await startServer(json(200, ACCEPTED));
    await clientFor(server.baseUrl).sendMessage({ ...HELLO, senderId: '', externalId: '', callbackUrl: '' });
    expect(server.received[0]?.body.toString('utf8')).toBe(
      'phone_number=15555551234&message=Hello+world&message_type=ARN',
    );
  });

  it('GETs /v1/messaging/:ref without content type or body (§2.3 C vector)', async () => {
    const status = {
      ...ACCEPTED,
      status: { code: 200, description: 'Delivered to handset', updated_on: '2016-12-14T18:21:00Z' },
    };
    const server = await startServer(json(200, status));
    const response = await clientFor(server.baseUrl).getMessageStatus('0123456789ABCDEF0123456789ABCDEF');

    expect(response).toEqual(status);
    const [request] = server.received;
    if (!request) throw new Error('no request');
    expect(request.method).toBe('GET');
    expect(request.url).toBe('/v1/messaging/0123456789ABCDEF0123456789ABCDEF');
    expect(request.body.length).toBe(0);
    expect(request.headers['content-type']).toBeUndefined();
    expect(request.headers['content-length']).toBeUndefined();
    expect(request.headers.authorization).toBe(
      `TSA ${customerId}:+8ysX/WZU0ydBD0SWJT5o/tlYf52C8+JTM5TkxqM5e0=`,
    );
    expect(serverSideSignatureValid(request)).toBe(true);
  });

  it('signs the full request path when the base URL has a path prefix', async () => {
    const server = await startServer(json(200, ACCEPTED));
    await clientFor(`${server.baseUrl}/telesign/`).sendMessage(HELLO);
    await clientFor(`${server.baseUrl}/telesign`).getMessageStatus(ACCEPTED.reference_id);

    expect(server.received.map((request) => request.url)).toEqual([
      '/telesign/v1/messaging',
      `/telesign/v1/messaging/${ACCEPTED.reference_id}`,
    ]);
    expect(server.received.every(serverSideSignatureValid)).toBe(true);
  });

  it('uses Basic auth when asked, with the API key as-is', async () => {
    const server = await startServer(json(200, ACCEPTED));
    await clientFor(server.baseUrl, { auth: 'basic', userAgent: 'acme-support/2.1' }).sendMessage(HELLO);

    const [request] = server.received;
    if (!request) throw new Error('no request');
    expect(request.headers.authorization).toBe(buildBasicAuthorization(customerId, apiKey));
    expect(request.headers.date).toBe('Wed, 14 Dec 2016 18:20:12 GMT');
    expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request.headers['user-agent']).toBe('acme-support/2.1');
    expect(request.headers).not.toHaveProperty('x-ts-nonce');
    expect(request.headers).not.toHaveProperty('x-ts-auth-method');
  });

  it('works over HTTPS', async () => {
    const server = await startServer(json(200, ACCEPTED), { tls: true });
    const response = await clientFor(server.baseUrl, { tlsCa: TEST_TLS_CERT }).sendMessage(HELLO);
    expect(response.reference_id).toBe(ACCEPTED.reference_id);
    expect(server.received[0] && serverSideSignatureValid(server.received[0])).toBe(true);
  });

  it('keeps optional response fields and drops unknown ones', async () => {
    const body = {
      ...ACCEPTED,
      external_id: 'CustomExternalID7349',
      additional_info: {
        message_part_sequence_number: 1,
        message_parts_count: 2,
        message_parts_reference_ids: 'A,B',
      },
      phone_number_modified: 'False',
      cleansed_phone_number: '15555551234',
      something_new: { nested: true },
    };
    const server = await startServer(json(200, body));
    const { something_new: _dropped, ...expected } = body;
    expect(await clientFor(server.baseUrl).sendMessage(HELLO)).toEqual(expected);
  });
});

describe('createTeleSignClient: TeleSign error answers', () => {
  it('401 10008 → TeleSignApiError with the HTTP status, TeleSign code and signature_string', async () => {
    const body = {
      status: { code: 10008, description: 'Invalid Signature.', updated_on: '2019-11-01T00:26:16Z' },
      signature_string: 'POST\napplication/x-www-form-urlencoded\n…',
    };
    const server = await startServer(json(401, body));
    const error = await apiErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error).toMatchObject({
      httpStatus: 401,
      code: 10008,
      description: 'Invalid Signature.',
      body,
      retryable: false,
    });
    expect(error.message).toBe('TeleSign POST /v1/messaging answered HTTP 401: 10008 Invalid Signature.');
  });

  it('429 with Retry-After → retryable with the delay', async () => {
    const server = await startServer(
      json(429, { status: { code: 10019, description: 'Rate Limit Exceeded' } }, { 'Retry-After': '2' }),
    );
    const error = await apiErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error).toMatchObject({ httpStatus: 429, code: 10019, retryAfterSeconds: 2, retryable: true });
  });

  it('503 10000 → retryable', async () => {
    const server = await startServer(
      json(503, { status: { code: 10000, description: 'System Unavailable, Please try again later.' } }),
    );
    const error = await apiErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error).toMatchObject({ httpStatus: 503, code: 10000, retryable: true });
  });

  it('an HTML 502 from a proxy → TeleSignApiError without a TeleSign code', async () => {
    const html = '<html><body><h1>502 Bad Gateway</h1></body></html>';
    const server = await startServer((_request, res) => {
      res.writeHead(502, { 'Content-Type': 'text/html' });
      res.end(html);
    });
    const error = await apiErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error).toMatchObject({ httpStatus: 502, code: undefined, body: html, retryable: true });
  });

  it('404 10036 on an expired reference id', async () => {
    const server = await startServer(
      json(404, { status: { code: 10036, description: 'Reference ID expired' } }),
    );
    const error = await apiErrorOf(clientFor(server.baseUrl).getMessageStatus(ACCEPTED.reference_id));
    expect(error).toMatchObject({ httpStatus: 404, code: 10036, retryable: false });
    expect(error.message).toContain(`GET /v1/messaging/${ACCEPTED.reference_id}`);
  });

  it.each([
    ['not JSON', 'OK'],
    ['JSON without reference_id', JSON.stringify({ status: ACCEPTED.status })],
    ['an empty body', ''],
  ])('a 200 with %s → outcome unknown (requestSent)', async (_name, body) => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(body);
    });
    const error = await networkErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error.requestSent).toBe(true);
    expect(error.message).toMatch(/^TeleSign POST \/v1\/messaging answered HTTP 200 but the body is not/);
  });
});

describe('createTeleSignClient: transport failures', () => {
  it('connection refused → requestSent false', async () => {
    const port = await unusedPort();
    const error = await networkErrorOf(clientFor(`http://127.0.0.1:${port}`).sendMessage(HELLO));
    expect(error.requestSent).toBe(false);
    expect(error.timedOut).toBe(false);
    expect(error.cause).toMatchObject({ code: 'ECONNREFUSED' });
    expect(error.message).toMatch(/failed before the request was sent: .*ECONNREFUSED/);
  });

  it('an unresolvable host → requestSent false', async () => {
    // `.invalid` never resolves (RFC 6761); the short budget bounds a slow resolver too.
    const client = clientFor('http://telesign.invalid', { connectTimeoutMs: 1_000 });
    const error = await networkErrorOf(client.sendMessage(HELLO));
    expect(error.requestSent).toBe(false);
  });

  it('a TLS handshake that never completes → connect timeout, requestSent false', async () => {
    const seen: Buffer[] = [];
    const port = await listen(
      net.createServer((socket) => socket.on('data', (chunk: Buffer) => seen.push(chunk))),
    );
    const started = Date.now();
    const error = await networkErrorOf(
      clientFor(`https://127.0.0.1:${port}`, { connectTimeoutMs: 200 }).sendMessage(HELLO),
    );
    expect(error.requestSent).toBe(false);
    expect(error.timedOut).toBe(true);
    expect(error.message).toMatch(/no connection within 200 ms/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(Buffer.concat(seen).toString('latin1')).not.toContain('phone_number');
  });

  it('an untrusted certificate → requestSent false', async () => {
    const server = await startServer(json(200, ACCEPTED), { tls: true });
    const error = await networkErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error.requestSent).toBe(false);
    expect(error.cause).toMatchObject({ code: 'DEPTH_ZERO_SELF_SIGNED_CERT' });
    expect(server.received).toHaveLength(0);
  });

  it('a server that accepts the request and never answers → requestSent true after the response timeout', async () => {
    const server = await startServer(() => undefined);
    const started = Date.now();
    const error = await networkErrorOf(
      clientFor(server.baseUrl, { responseTimeoutMs: 200 }).sendMessage(HELLO),
    );
    const elapsed = Date.now() - started;
    expect(error.requestSent).toBe(true);
    expect(error.timedOut).toBe(true);
    expect(error.message).toMatch(/failed after the request was sent: no complete response within 200 ms/);
    expect(elapsed).toBeGreaterThanOrEqual(190);
    expect(elapsed).toBeLessThan(2_000);
    // The server did get the whole send: exactly why a blind retry would duplicate it.
    expect(server.received).toHaveLength(1);
  });

  it('the same over HTTPS, once the handshake succeeded', async () => {
    const server = await startServer(() => undefined, { tls: true });
    const client = clientFor(server.baseUrl, { responseTimeoutMs: 200, tlsCa: TEST_TLS_CERT });
    const error = await networkErrorOf(client.sendMessage(HELLO));
    expect(error.requestSent).toBe(true);
    expect(server.received).toHaveLength(1);
  });

  it('a response body that trickles in past the timeout → requestSent true', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.write('{"reference_id":');
    });
    const error = await networkErrorOf(
      clientFor(server.baseUrl, { responseTimeoutMs: 200 }).sendMessage(HELLO),
    );
    expect(error.requestSent).toBe(true);
  });

  it('a connection reset after the request was received → requestSent true', async () => {
    const server = await startServer((_request, res) => res.socket?.destroy());
    const error = await networkErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error.requestSent).toBe(true);
    expect(error.timedOut).toBe(false);
    expect(server.received).toHaveLength(1);
  });

  it('a connection closed in the middle of the response → requestSent true', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '500' });
      res.write('{"reference_id":"B56259E4588401048834');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const error = await networkErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error.requestSent).toBe(true);
  });

  it('an oversized response → requestSent true', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(Buffer.alloc(2 * 1024 * 1024, 0x20));
    });
    const error = await networkErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error.requestSent).toBe(true);
    expect(error.message).toMatch(/larger than/);
  });
});

describe('createTeleSignClient: the addresses it connects to', () => {
  /** A server on every local address, counting connections: 0.0.0.0 reaches it on Linux. */
  const startAnyAddressServer = async () => {
    let connections = 0;
    const server = http.createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(ACCEPTED));
    });
    server.on('connection', () => {
      connections += 1;
    });
    track(server);
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    return { port: (server.address() as AddressInfo).port, connections: () => connections };
  };

  it('refuses a host written as a non-public address before connecting', async () => {
    const server = await startAnyAddressServer();
    const error = await networkErrorOf(clientFor(`http://0.0.0.0:${server.port}`).sendMessage(HELLO));
    expect(error.requestSent).toBe(false);
    expect(error.cause).toBeInstanceOf(NonPublicAddressError);
    expect(error.message).toMatch(/failed before the request was sent: .*apiHost\.allowPrivateNetworks/);
    expect(server.connections()).toBe(0);
  });

  it('connects to it when private networks are allowed', async () => {
    const server = await startAnyAddressServer();
    const client = clientFor(`http://0.0.0.0:${server.port}`, { allowPrivateNetworks: true });
    await expect(client.sendMessage(HELLO)).resolves.toMatchObject({ reference_id: ACCEPTED.reference_id });
    expect(server.connections()).toBe(1);
  });

  it('connects to a name that resolves to loopback (the local simulator)', async () => {
    const server = await startServer(json(200, ACCEPTED));
    const { port } = new URL(server.baseUrl);
    await expect(clientFor(`http://localhost:${port}`).sendMessage(HELLO)).resolves.toMatchObject({
      reference_id: ACCEPTED.reference_id,
    });
  });

  it('stops reading an answer past 64 KiB', async () => {
    const server = await startServer((_request, res) => {
      res.writeHead(401, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ status: { code: 10022, description: 'x'.repeat(64 * 1024) } }));
    });
    const error = await networkErrorOf(clientFor(server.baseUrl).sendMessage(HELLO));
    expect(error.message).toMatch(/larger than 65536 bytes/);
  });
});

describe('createTeleSignClient: credentials never leak', () => {
  const secrets = [
    apiKey,
    decodeApiKey(apiKey).toString('base64url'),
    decodeApiKey(apiKey).toString('hex'),
    buildBasicAuthorization(customerId, apiKey).slice('Basic '.length),
  ];

  const expectNoSecrets = (error: unknown): void => {
    const views = [
      String(error),
      (error as Error).stack ?? '',
      JSON.stringify(error),
      inspect(error, { depth: Infinity, showHidden: true, getters: true }),
    ].join('\n');
    for (const secret of secrets) expect(views).not.toContain(secret);
  };

  const scenarios: Array<[string, () => Promise<string>]> = [
    [
      'an API error',
      async () =>
        (await startServer(json(401, { status: { code: 10022, description: 'Invalid API Key.' } }))).baseUrl,
    ],
    [
      'an HTML error',
      async () =>
        (await startServer((_q, res) => res.writeHead(502).end('<html>bad gateway</html>'))).baseUrl,
    ],
    ['an unusable 200', async () => (await startServer((_q, res) => res.writeHead(200).end('nope'))).baseUrl],
    ['a refused connection', async () => `http://127.0.0.1:${await unusedPort()}`],
    ['a response timeout', async () => (await startServer(() => undefined)).baseUrl],
    ['a reset', async () => (await startServer((_q, res) => res.socket?.destroy())).baseUrl],
  ];

  it.each(scenarios)('in %s (digest and basic)', async (_name, baseUrlFor) => {
    for (const auth of ['digest', 'basic'] as const) {
      const client = clientFor(await baseUrlFor(), { auth, responseTimeoutMs: 200 });
      expectNoSecrets(await rejectionOf(client.sendMessage(HELLO)));
      expectNoSecrets(await rejectionOf(client.getMessageStatus(ACCEPTED.reference_id)));
    }
  });

  it('in configuration errors', () => {
    let error: unknown;
    try {
      createTeleSignClient({ baseUrl: 'http://127.0.0.1:1', customerId, apiKey: `${apiKey.slice(0, -2)}-_` });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TypeError);
    const views = `${String(error)}\n${inspect(error, { showHidden: true })}`;
    expect(views).not.toContain(apiKey.slice(0, 20));
  });
});

describe('createTeleSignClient: configuration and input checks', () => {
  it.each([
    ['an unsupported scheme', { baseUrl: 'ftp://rest-api.telesign.com' }],
    ['credentials in the URL', { baseUrl: 'https://user:pass@rest-api.telesign.com' }],
    ['a query string', { baseUrl: 'https://rest-api.telesign.com?x=1' }],
    ['not a URL', { baseUrl: 'rest-api.telesign.com' }],
    ['a non-base64 key with digest auth', { apiKey: 'not base64!' }],
    ['a zero timeout', { responseTimeoutMs: 0 }],
    ['a non-finite timeout', { connectTimeoutMs: Number.NaN }],
  ])('refuses %s', (_name, overrides) => {
    expect(() => clientFor('https://rest-api.telesign.com', overrides)).toThrow(TypeError);
  });

  it('accepts any key string with Basic auth, which does not decode it', () => {
    expect(() =>
      clientFor('https://rest-api.telesign.com', { auth: 'basic', apiKey: 'not base64!' }),
    ).not.toThrow();
  });

  it.each(['../admin', '', 'ABC/DEF', 'ABC?x=1', '%2e%2e'])(
    'refuses reference id %p without sending anything',
    async (ref) => {
      const server = await startServer(json(200, ACCEPTED));
      await expect(clientFor(server.baseUrl).getMessageStatus(ref)).rejects.toThrow(TypeError);
      expect(server.received).toHaveLength(0);
    },
  );
});
