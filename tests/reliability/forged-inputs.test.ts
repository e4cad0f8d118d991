import { createHmac, randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { signCallbackBody } from '../../server/src/telesign/signing';
import type { RunningSimulator } from '../../simulator/src/server';
import { createAccount, type TestAccount } from '../harness/accounts';
import {
  DEMO_BUSINESS_NUMBER,
  inboundBody,
  pipelineEnv,
  UNLIMITED_REFUSALS,
  postSignedCallback,
  referenceId,
  setUpChannel,
  type TestChannel,
} from '../harness/pipeline';
import { rawHttpExchange, type HttpAnswer } from '../harness/raw-http';
import { seededRandom } from '../harness/shuffle';
import { startTestSimulator } from '../harness/simulator';
import { countRows, listTables } from '../harness/sql';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

// docs/reliability.md §7 D1, D2, D4: every forged or malformed callback is refused and stores nothing.
const MUTATIONS = 200;
const MUTATION_SEED = 20_261_124;
const CUSTOMER = '15553020001';

interface ForgedCase {
  name: string;
  attempt: () => Promise<HttpAnswer>;
  status: number;
  /** What the error must tell the sender; absent where Node or Strapi's router answer first. */
  message?: RegExp;
}

const MUTATION_KINDS = ['replace', 'insert', 'delete'] as const;

/** `original` with one byte replaced (by a different one), inserted or deleted, where `random` picks. */
const mutateOneByte = (
  original: Buffer,
  random: () => number,
  kind: (typeof MUTATION_KINDS)[number],
): Buffer => {
  const at = Math.floor(random() * original.length);
  const byte = Math.floor(random() * 256);
  const [before, after] = [original.subarray(0, at), original.subarray(at)];
  switch (kind) {
    case 'replace':
      return Buffer.concat([before, Buffer.from([byte === after[0] ? byte ^ 1 : byte]), after.subarray(1)]);
    case 'insert':
      return Buffer.concat([before, Buffer.from([byte]), after]);
    case 'delete':
      return Buffer.concat([before, after.subarray(1)]);
  }
};

/** The `error` of a Strapi error answer, or undefined when the answer is not one. */
const strapiError = (text: string): { status?: unknown; message?: unknown } | undefined => {
  try {
    return (JSON.parse(text) as { error?: { status?: unknown; message?: unknown } }).error;
  } catch {
    return undefined;
  }
};

describe('D1–D4 forged and malformed callbacks: each refused, nothing stored', () => {
  let simulator: RunningSimulator;
  let app: TestApp;
  let channel: TestChannel;
  let account: TestAccount;
  /** A second account of the same app: its key and URL must not vouch for the first. */
  let other: TestAccount;
  let tables: string[];
  let baseline: Record<string, number>;
  let limitBytes: number;
  let refusals = 0;
  const answers = new Map<string, HttpAnswer>();

  const snapshot = () => countRows(app.database, tables);
  const callbackPath = (token = account.callbackToken) => `/api/sms-channel/telesign/callbacks/${token}`;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    app = await startTestApp({
      listen: true,
      env: pipelineEnv({ sender: { enabled: false }, callbackRefusalLimit: UNLIMITED_REFUSALS }),
    });
    channel = await setUpChannel(app, simulator);
    account = channel.account;
    other = await createAccount(app, { customerId: '0B0B0B0B-0000-4000-8000-00000000B0B0' });
    limitBytes = app.strapi.plugin('sms-channel').config('callbackBodyLimitBytes') as number;
    tables = await listTables(app.database, 'sms_channel_');
    baseline = await snapshot();
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.close();
  });

  // One genuine inbound SMS; every case below forges or breaks some part of its delivery.
  const VALID = inboundBody({
    referenceId: referenceId(),
    from: CUSTOMER,
    to: DEMO_BUSINESS_NUMBER,
    text: 'Where is my parcel?',
  });
  const PRETTY = JSON.stringify(JSON.parse(VALID), null, 2);
  const JSON_TYPE = { 'Content-Type': 'application/json' };

  const signature = (body: string | Buffer = VALID, apiKey = account.apiKey) =>
    signCallbackBody(apiKey, body);
  const signed = (
    body: string | Buffer = VALID,
    apiKey = account.apiKey,
    customerId = account.customerId,
  ) => ({
    ...JSON_TYPE,
    Authorization: `TSA ${customerId}:${signature(body, apiKey)}`,
  });
  const withAuthorization = (value: string) => ({ ...JSON_TYPE, Authorization: value });

  /** fetch sends a Buffer byte for byte (supertest would JSON-encode it under a JSON Content-Type). */
  const send = async ({
    method = 'POST',
    path = callbackPath(),
    headers,
    body = VALID,
  }: {
    method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    path?: string;
    headers: Record<string, string>;
    body?: string | Buffer | FormData;
  }): Promise<HttpAnswer> => {
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers,
      body: method === 'GET' ? undefined : body,
    });
    return { status: response.status, text: await response.text() };
  };

  /** Bytes written as they are, for framing no HTTP client would produce. */
  const raw = (head: string[], body = '', options?: { halfClose?: boolean }) =>
    rawHttpExchange(
      app.url as string,
      `${[`POST ${callbackPath()} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...head].join('\r\n')}\r\n\r\n${body}`,
      options,
    );

  const badSignature = (reason: string) => new RegExp(`^Invalid TeleSign signature: .*${reason}`);
  const DOES_NOT_MATCH = badSignature('signature does not match the body');
  const WRONG_CUSTOMER = badSignature('customer ID does not match');
  const NOT_TSA = badSignature('expected "TSA <customer ID>:<signature>"');
  const UNKNOWN_URL = /Copy the current callback URL from the account page into TeleSign/;
  const NOT_JSON = /JSON/;
  const TOO_LARGE = /limit/;
  const NOT_APPLICATION_JSON = /Content-Type: application\/json/;
  const COMPRESSED = /must not be compressed/;

  const CASES: ForgedCase[] = [
    // Who signed it (D1).
    {
      name: 'no Authorization and no X-TS-Authorization',
      attempt: () => send({ headers: JSON_TYPE }),
      status: 401,
      message: badSignature('no signature header'),
    },
    {
      name: 'empty Authorization header',
      attempt: () => send({ headers: withAuthorization('') }),
      status: 401,
      message: badSignature('no signature header'),
    },
    {
      name: 'signature of random bytes',
      attempt: () =>
        send({
          headers: withAuthorization(`TSA ${account.customerId}:${randomBytes(32).toString('base64')}`),
        }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'signed with a key TeleSign never issued',
      attempt: () => send({ headers: signed(VALID, randomBytes(64).toString('base64')) }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: "signed with the other account's key",
      attempt: () => send({ headers: signed(VALID, other.apiKey) }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'signed with the key text instead of its base64-decoded bytes',
      attempt: () =>
        send({
          headers: withAuthorization(
            `TSA ${account.customerId}:${createHmac('sha256', account.apiKey).update(VALID).digest('base64')}`,
          ),
        }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'signature of another callback',
      attempt: () =>
        send({
          headers: signed(inboundBody({ from: CUSTOMER, to: channel.businessNumber, text: 'Another text' })),
        }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'another customer ID',
      attempt: () => send({ headers: signed(VALID, account.apiKey, 'FFFFFFFF-EEEE-DDDD-1234-AB1234567890') }),
      status: 401,
      message: WRONG_CUSTOMER,
    },
    {
      name: "the other account's customer ID",
      attempt: () => send({ headers: signed(VALID, account.apiKey, other.customerId) }),
      status: 401,
      message: WRONG_CUSTOMER,
    },
    {
      name: "validly signed, but posted to the other account's callback URL",
      attempt: () => send({ path: callbackPath(other.callbackToken), headers: signed() }),
      status: 401,
      message: WRONG_CUSTOMER,
    },
    {
      name: 'X-TS-Authorization with another customer ID',
      attempt: () =>
        send({
          headers: {
            ...JSON_TYPE,
            'X-TS-Authorization': `TSA FFFFFFFF-EEEE-DDDD-1234-AB1234567890:${signature()}`,
          },
        }),
      status: 401,
      message: WRONG_CUSTOMER,
    },
    {
      name: 'Basic customerId:apiKey (the REST scheme) instead of a signature',
      attempt: () =>
        send({
          headers: withAuthorization(
            `Basic ${Buffer.from(`${account.customerId}:${account.apiKey}`).toString('base64')}`,
          ),
        }),
      status: 401,
      message: NOT_TSA,
    },
    {
      name: 'Bearer scheme carrying the right signature',
      attempt: () => send({ headers: withAuthorization(`Bearer ${signature()}`) }),
      status: 401,
      message: NOT_TSA,
    },
    {
      name: 'bare signature in Authorization (allowed only in X-TS-Authorization)',
      attempt: () => send({ headers: withAuthorization(signature()) }),
      status: 401,
      message: NOT_TSA,
    },
    {
      name: 'TSA without the customer ID',
      attempt: () => send({ headers: withAuthorization(`TSA ${signature()}`) }),
      status: 401,
      message: badSignature('malformed TSA credentials'),
    },
    {
      name: 'TSA followed by two spaces',
      attempt: () => send({ headers: withAuthorization(`TSA  ${account.customerId}:${signature()}`) }),
      status: 401,
      message: badSignature('malformed TSA credentials'),
    },
    {
      name: 'a space inside the signature',
      attempt: () =>
        send({
          headers: withAuthorization(`TSA ${account.customerId}:${signature().replace(/^(.{20})/, '$1 ')}`),
        }),
      status: 401,
      message: badSignature('malformed TSA credentials'),
    },
    {
      name: 'signature cut short by four characters',
      attempt: () =>
        send({ headers: withAuthorization(`TSA ${account.customerId}:${signature().slice(0, -4)}`) }),
      status: 401,
      message: badSignature('signature has the wrong length'),
    },
    {
      name: 'signature as hex instead of base64',
      attempt: () =>
        send({
          headers: withAuthorization(
            `TSA ${account.customerId}:${Buffer.from(signature(), 'base64').toString('hex')}`,
          ),
        }),
      status: 401,
      message: badSignature('signature has the wrong length'),
    },
    {
      name: 'signature in unpadded base64url',
      attempt: () =>
        send({
          headers: withAuthorization(
            `TSA ${account.customerId}:${Buffer.from(signature(), 'base64').toString('base64url')}`,
          ),
        }),
      status: 401,
      message: badSignature('signature is not valid base64'),
    },
    {
      name: 'a character outside the base64 alphabet in the signature',
      attempt: () =>
        send({ headers: withAuthorization(`TSA ${account.customerId}:*${signature().slice(1)}`) }),
      status: 401,
      message: badSignature('signature is not valid base64'),
    },
    {
      name: 'an 8 KiB signature',
      attempt: () => send({ headers: withAuthorization(`TSA ${account.customerId}:${'A'.repeat(8192)}`) }),
      status: 401,
      message: badSignature('signature has the wrong length'),
    },
    {
      name: 'X-TS-Authorization sent twice',
      attempt: () =>
        raw(
          [
            'Content-Type: application/json',
            `X-TS-Authorization: ${signature()}`,
            `X-TS-Authorization: ${signature()}`,
            `Content-Length: ${Buffer.byteLength(VALID)}`,
          ],
          VALID,
        ),
      status: 401,
      // Node joins repeated headers with ", ", which no signature contains.
      message: badSignature('X-TS-Authorization: signature is not valid base64'),
    },

    // What was signed (D2): the HMAC covers the exact bytes, not the JSON value.
    {
      name: 'one byte of the body changed after signing',
      attempt: () => send({ headers: signed(), body: VALID.replace('parcel', 'parcek') }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      // The signature is checked before the JSON is read.
      name: 'last byte of the body cut off',
      attempt: () => send({ headers: signed(), body: VALID.slice(0, -1) }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'a newline appended to the body',
      attempt: () => send({ headers: signed(), body: `${VALID}\n` }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'a space before the body',
      attempt: () => send({ headers: signed(), body: ` ${VALID}` }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'body re-serialised with indentation (same JSON value)',
      attempt: () => send({ headers: signed(), body: PRETTY }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'body keys in another order (same JSON value)',
      attempt: () => {
        const value = JSON.parse(VALID) as Record<string, unknown>;
        const reordered = Object.fromEntries(Object.entries(value).reverse());
        return send({ headers: signed(), body: JSON.stringify(reordered) });
      },
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'a character written as a \\u escape (same JSON value)',
      attempt: () => send({ headers: signed(), body: VALID.replace('Where', '\\u0057here') }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'UTF-8 byte order mark before the body',
      attempt: () =>
        send({
          headers: signed(),
          body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]),
        }),
      status: 401,
      message: DOES_NOT_MATCH,
    },
    {
      name: 'line endings LF turned into CRLF after signing',
      attempt: () => send({ headers: signed(PRETTY), body: PRETTY.replace(/\n/g, '\r\n') }),
      status: 401,
      message: DOES_NOT_MATCH,
    },

    // Where it was sent.
    {
      name: 'unknown callback token of the right shape',
      attempt: () => send({ path: callbackPath(randomBytes(32).toString('base64url')), headers: signed() }),
      status: 404,
      message: UNKNOWN_URL,
    },
    {
      name: 'callback token too short to be one',
      attempt: () => send({ path: callbackPath('abc'), headers: signed() }),
      status: 404,
      message: UNKNOWN_URL,
    },
    {
      name: 'callback token longer than any issued',
      attempt: () => send({ path: callbackPath('a'.repeat(129)), headers: signed() }),
      status: 404,
      message: UNKNOWN_URL,
    },
    {
      name: 'callback token with an encoded path traversal',
      attempt: () =>
        send({ path: callbackPath(encodeURIComponent('../../../admin/users')), headers: signed() }),
      status: 404,
      message: UNKNOWN_URL,
    },
    // Strapi's router answers these before the plugin runs.
    { name: 'GET', attempt: () => send({ method: 'GET', headers: signed() }), status: 404 },
    { name: 'PUT', attempt: () => send({ method: 'PUT', headers: signed() }), status: 405 },
    { name: 'PATCH', attempt: () => send({ method: 'PATCH', headers: signed() }), status: 405 },
    { name: 'DELETE', attempt: () => send({ method: 'DELETE', headers: signed() }), status: 405 },

    // Signed, but not a JSON object.
    ...[
      ['text that is not JSON', 'reference_id=0143D53D86A2030BE20025B600000002'],
      ['JSON cut off mid-string', '{"reference_id": "0143D53D'],
      ['a JSON array', `[${VALID}]`],
      ['a JSON number', '1500'],
      ['a JSON string', '"mo_sms"'],
      ['JSON null', 'null'],
      ['an empty body', ''],
    ].map(([name, body]): ForgedCase => ({
      name: `signed, but ${name}`,
      attempt: () => send({ headers: signed(body), body }),
      status: 400,
      message: NOT_JSON,
    })),

    // Size and type (D4).
    {
      name: 'one byte over the body limit, with Content-Length',
      attempt: () => {
        const body = JSON.stringify({ padding: 'x'.repeat(limitBytes - 13) });
        return send({ headers: signed(body), body });
      },
      status: 413,
      message: TOO_LARGE,
    },
    {
      name: 'one byte over the body limit, chunked (no Content-Length)',
      attempt: () => {
        const body = JSON.stringify({ padding: 'x'.repeat(limitBytes - 13) });
        const size = Buffer.byteLength(body).toString(16);
        return raw(
          [
            'Content-Type: application/json',
            `Authorization: ${signed(body).Authorization}`,
            'Transfer-Encoding: chunked',
          ],
          `${size}\r\n${body}\r\n0\r\n\r\n`,
        );
      },
      status: 413,
      message: TOO_LARGE,
    },
    {
      name: '10 MiB announced, refused before the body is sent',
      attempt: () =>
        raw([
          'Content-Type: application/json',
          `Authorization: ${signed().Authorization}`,
          `Content-Length: ${10 * 1024 * 1024}`,
        ]),
      status: 413,
      message: TOO_LARGE,
    },
    {
      name: 'gzip-compressed body (Content-Encoding: gzip)',
      attempt: () => {
        const body = gzipSync(VALID);
        return send({ headers: { ...signed(body), 'Content-Encoding': 'gzip' }, body });
      },
      status: 415,
      message: COMPRESSED,
    },
    {
      name: 'Content-Encoding: br on a plain body',
      attempt: () => send({ headers: { ...signed(), 'Content-Encoding': 'br' } }),
      status: 415,
      message: COMPRESSED,
    },
    {
      name: 'Content-Type: text/plain',
      attempt: () => send({ headers: { ...signed(), 'Content-Type': 'text/plain' } }),
      status: 415,
      message: NOT_APPLICATION_JSON,
    },
    {
      name: 'form-encoded body',
      attempt: () => {
        const body = `payload=${encodeURIComponent(VALID)}`;
        return send({
          headers: { ...signed(body), 'Content-Type': 'application/x-www-form-urlencoded' },
          body,
        });
      },
      status: 415,
      message: NOT_APPLICATION_JSON,
    },
    {
      name: 'multipart upload',
      attempt: () => {
        const form = new FormData();
        form.append('file', new Blob([VALID], { type: 'application/json' }), 'callback.json');
        return send({ headers: { Authorization: signed().Authorization }, body: form });
      },
      status: 415,
      message: NOT_APPLICATION_JSON,
    },
    {
      name: 'no Content-Type',
      attempt: () => send({ headers: { Authorization: signed().Authorization }, body: Buffer.from(VALID) }),
      status: 415,
      message: NOT_APPLICATION_JSON,
    },

    // HTTP framing: Node or the body reader refuses before the plugin sees a body.
    {
      name: 'Content-Length larger than the body, sender gives up',
      attempt: () =>
        raw(
          [
            'Content-Type: application/json',
            `Authorization: ${signed().Authorization}`,
            `Content-Length: ${Buffer.byteLength(VALID) + 100}`,
          ],
          VALID,
          { halfClose: true },
        ),
      status: 400,
    },
    {
      name: 'Transfer-Encoding and Content-Length together (request smuggling)',
      attempt: () => {
        const size = Buffer.byteLength(VALID).toString(16);
        return raw(
          [
            'Content-Type: application/json',
            `Authorization: ${signed().Authorization}`,
            `Content-Length: ${Buffer.byteLength(VALID)}`,
            'Transfer-Encoding: chunked',
          ],
          `${size}\r\n${VALID}\r\n0\r\n\r\n`,
        );
      },
      status: 400,
    },
    {
      name: 'header section larger than 16 KiB',
      attempt: () =>
        raw(
          [
            'Content-Type: application/json',
            `Authorization: ${signed().Authorization}`,
            `X-Padding: ${'x'.repeat(20 * 1024)}`,
            `Content-Length: ${Buffer.byteLength(VALID)}`,
          ],
          VALID,
        ),
      status: 431,
    },
  ];

  it.each(CASES)('refuses $name with $status and stores nothing', async ({ name, attempt, status }) => {
    const before = await snapshot();
    const answer = await attempt();
    answers.set(name, answer);

    expect(answer.status).toBe(status);
    // Nothing about the server's insides, whoever answered.
    expect(answer.text).not.toMatch(/\n\s+at |node_modules|\.[jt]s:\d+/);
    expect(await snapshot()).toEqual(before);
    refusals += 1;
  });

  it("answers each refusal the plugin makes in Strapi's error shape, saying what to fix", () => {
    const pluginCases = CASES.filter((forged) => forged.message);
    expect(pluginCases.length).toBeGreaterThanOrEqual(40);
    const unhelpful = pluginCases.flatMap(({ name, status, message }) => {
      const text = answers.get(name)?.text ?? '';
      const error = strapiError(text);
      return error?.status === status && message?.test(String(error.message)) ? [] : [`${name} → ${text}`];
    });
    expect(unhelpful).toEqual([]);
  });

  it(`refuses ${MUTATIONS} random byte mutations of a signed body (seed ${MUTATION_SEED})`, async () => {
    const random = seededRandom(MUTATION_SEED);
    const original = Buffer.from(VALID);
    const headers = signed(original);
    const before = await snapshot();
    const statuses = new Map<number | null, number>();

    for (let i = 0; i < MUTATIONS; i += 1) {
      const { status } = await send({
        headers,
        body: mutateOneByte(original, random, MUTATION_KINDS[i % MUTATION_KINDS.length]),
      });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
    const refused = (statuses.get(400) ?? 0) + (statuses.get(401) ?? 0);
    refusals += refused;

    // On failure the message shows the whole tally of statuses.
    expect({ refused, statuses: Object.fromEntries(statuses) }).toMatchObject({ refused: MUTATIONS });
    expect(await snapshot()).toEqual(before);
  });

  it('after every refusal, no plugin table gained a row, and a valid signed callback is stored', async () => {
    // The counts covered every content type of the plugin (and the link tables beside them).
    const contentTypeTables = Object.values(app.strapi.contentTypes)
      .filter(({ uid }) => uid.startsWith('plugin::sms-channel.'))
      .map(({ collectionName }) => collectionName);
    expect(contentTypeTables).toHaveLength(7);
    expect(tables).toEqual(expect.arrayContaining(contentTypeTables));
    expect(refusals).toBe(CASES.length + MUTATIONS);
    expect(await snapshot()).toEqual(baseline);

    const response = await postSignedCallback(app, account, VALID);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ received: true, duplicate: false });
    const message = await waitFor('the valid callback to be threaded into a conversation', () =>
      app.strapi.db.query('plugin::sms-channel.message').findOne({ where: { body: 'Where is my parcel?' } }),
    );
    expect(message).toMatchObject({ direction: 'inbound', status: 'received' });
    const after = await snapshot();
    expect(after.sms_channel_callback_events).toBe(baseline.sms_channel_callback_events + 1);
    expect(after.sms_channel_messages).toBe(baseline.sms_channel_messages + 1);
  });
});
