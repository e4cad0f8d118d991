import { randomBytes } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { signCallbackBody } from '../../server/src/telesign/signing';
import { createAccount, type TestAccount } from '../harness/accounts';
import { inboundBody, signedCallbackHeaders } from '../harness/pipeline';
import { startTestApp, type TestApp } from '../harness/strapi';
import { waitFor } from '../harness/wait';

// Small, and refilled slowly enough that no refusal comes back while one scenario runs.
const LIMIT = { burst: 3, perSecond: 0.05 };
const ISSUED = (token: string) => `/api/sms-channel/telesign/callbacks/${token}`;
/** Strapi's access log line of a callback request, whatever its URL shows. */
const ACCESS_LINE = /POST \S*callbacks\S* \(\d+ ms\) \d{3}/i;
const STACK_FRAME = /\n\s+at /;

interface Answer {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

/** How an answer reads, for comparing the answers of several URLs at once. */
const describeAnswer = ({ status, text }: Answer): string => {
  const { error } = JSON.parse(text) as { error?: { name: string; message: string } };
  return error ? `${status} ${error.name}: ${error.message}` : `${status} ${text}`;
};

describe('the callback route, however its URL is spelled', () => {
  let app: TestApp;
  let account: TestAccount;
  /** Everything Strapi logs (at http level, so the access log too) and Koa prints to the console. */
  const log: string[] = [];
  const tokensSent = new Set<string>();
  let hosts = 0;

  /** Each scenario posts from a loopback address of its own, so that refusal budgets do not mix. */
  const freshAddress = () => {
    hosts += 1;
    return `127.0.${Math.floor(hosts / 250) + 1}.${(hosts % 250) + 1}`;
  };
  const unknownToken = () => {
    const token = randomBytes(32).toString('base64url');
    tokensSent.add(token);
    return token;
  };
  const inbound = () => inboundBody({ from: '15553070001', to: '15557654321', text: 'Hello' });
  const forged = (body: string) => ({
    'content-type': 'application/json',
    authorization: `TSA ${account.customerId}:${signCallbackBody(randomBytes(64).toString('base64'), body)}`,
  });

  const post = (
    path: string,
    {
      headers,
      body,
      from = freshAddress(),
    }: { headers: Record<string, string>; body: string | Buffer; from?: string },
  ): Promise<Answer> =>
    new Promise((resolve, reject) => {
      const { hostname, port } = new URL(app.url as string);
      const request = http.request(
        {
          host: hostname,
          port,
          path,
          method: 'POST',
          localAddress: from,
          agent: false,
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, text, headers: response.headers }),
          );
        },
      );
      request.on('error', reject);
      request.end(body);
    });

  /** Sends the head and part of a body that announces 500 bytes, then hangs up: half-closes or resets. */
  const cutOff = (path: string, hangUp: 'end' | 'reset'): Promise<void> =>
    new Promise((resolve) => {
      const { hostname, port } = new URL(app.url as string);
      const socket = net.connect({ host: hostname, port: Number(port), localAddress: freshAddress() });
      socket.on('error', () => undefined);
      // Whatever the server answers is read and dropped, so that its closing reaches 'close'.
      socket.resume();
      socket.on('close', () => resolve());
      const head = [`POST ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Content-Type: application/json'];
      socket.write(`${[...head, 'Content-Length: 500'].join('\r\n')}\r\n\r\n{"reference_id": "0143`, () => {
        if (hangUp === 'end') socket.end();
        else socket.resetAndDestroy();
      });
    });

  beforeAll(async () => {
    app = await startTestApp({
      listen: true,
      env: { SMS_CHANNEL_PIPELINE_CONFIG: JSON.stringify({ callbackRefusalLimit: LIMIT }) },
    });
    account = await createAccount(app);
    tokensSent.add(account.callbackToken);
    app.strapi.log.level = 'http';
    const message = Symbol.for('message');
    for (const transport of app.strapi.log.transports) {
      jest.spyOn(transport, 'log').mockImplementation((info: Record<symbol, unknown>, logged: () => void) => {
        log.push(String(info[message]));
        logged();
      });
    }
    // Koa prints the errors of a request's socket (a client hanging up) with console.error.
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      log.push(args.map(String).join(' '));
    });
  });

  afterAll(async () => {
    jest.restoreAllMocks();
    await app.stop();
  });

  describe('hostile bodies get their answer and at most one short log line, never a stack trace', () => {
    const SPELLINGS = [ISSUED, (token: string) => `/API/SMS-CHANNEL/telesign/callbacks/${token}`];
    const BROKEN = '{"reference_id": ';

    it.each([
      {
        name: 'signed JSON cut short',
        send: (path: string) => post(path, { headers: signedCallbackHeaders(account, BROKEN), body: BROKEN }),
        answer: /^400 ValidationError: .*not valid JSON/,
      },
      {
        name: 'unsigned JSON cut short',
        send: (path: string) => post(path, { headers: { 'content-type': 'application/json' }, body: BROKEN }),
        answer: /^401 UnauthorizedError: Invalid TeleSign signature/,
      },
      ...['gzip', 'br', 'x-foo'].map((encoding) => ({
        name: `Content-Encoding: ${encoding} on bytes that are not`,
        send: (path: string) => {
          const body = inbound();
          return post(path, {
            headers: { ...signedCallbackHeaders(account, body), 'content-encoding': encoding },
            body,
          });
        },
        answer: new RegExp(`^415 UnsupportedMediaTypeError: .*Content-Encoding: ${encoding}`),
      })),
    ])('$name', async ({ send, answer }) => {
      for (const spelling of SPELLINGS) {
        const from = log.length;
        const response = await send(spelling(account.callbackToken));

        expect(describeAnswer(response)).toMatch(answer);
        const lines = log.slice(from);
        expect(lines.filter((line) => STACK_FRAME.test(line))).toEqual([]);
        expect(lines.length).toBeLessThanOrEqual(1);
      }
    });

    it.each(['end', 'reset'] as const)('a sender that hangs up mid-body (%s)', async (hangUp) => {
      for (const spelling of SPELLINGS) {
        const from = log.length;
        await cutOff(spelling(account.callbackToken), hangUp);

        const access = await waitFor('the access log line of the cut-off request', async () =>
          log.slice(from).find((line) => ACCESS_LINE.test(line)),
        );
        expect(access).toMatch(/ 400$/);
        const lines = log.slice(from);
        expect(lines.filter((line) => STACK_FRAME.test(line))).toEqual([]);
        expect(lines).toEqual([access]);
      }
    });
  });

  describe('every spelling that Strapi routes to the callback controller is guarded alike', () => {
    const ROUTED = [
      { name: 'as issued', path: ISSUED },
      {
        name: 'REST prefix in capitals',
        path: (token: string) => `/API/sms-channel/telesign/callbacks/${token}`,
      },
      {
        name: 'plugin id in capitals',
        path: (token: string) => `/api/SMS-CHANNEL/telesign/callbacks/${token}`,
      },
      {
        name: 'mixed case throughout',
        path: (token: string) => `/Api/Sms-Channel/TeleSign/CallBacks/${token}`,
      },
      { name: 'trailing slash', path: (token: string) => `${ISSUED(token)}/` },
      { name: 'query string', path: (token: string) => `${ISSUED(token)}?source=telesign` },
      {
        name: 'token with a percent-encoded letter',
        path: (token: string) =>
          `/api/sms-channel/telesign/callbacks/%${token.charCodeAt(0).toString(16)}${token.slice(1)}`,
      },
      {
        name: 'absolute-form request target',
        path: (token: string) => `${app.url}/API/sms-channel/telesign/callbacks/${token}`,
      },
    ];
    // Strapi's router sends none of these to the callback controller: the plugin leaves them alone.
    const NOT_ROUTED = [
      {
        name: 'encoded hyphen in the plugin id',
        path: (token: string) => `/api/sms%2Dchannel/telesign/callbacks/${token}`,
      },
      {
        name: 'double slash before the prefix',
        path: (token: string) => `//api/sms-channel/telesign/callbacks/${token}`,
      },
      {
        name: 'double slash after the prefix',
        path: (token: string) => `/api//sms-channel/telesign/callbacks/${token}`,
      },
      {
        name: 'encoded slash before the token',
        path: (token: string) => `/api/sms-channel/telesign/callbacks%2F${token}`,
      },
    ];

    it('claims exactly the spellings that reach the controller (a text/plain body: 415 from the guard, else the router)', async () => {
      const answers: Record<string, number> = {};
      const expected: Record<string, number> = {};
      for (const [spellings, status] of [
        [ROUTED, 415],
        [NOT_ROUTED, 405],
      ] as const) {
        for (const { name, path } of spellings) {
          const body = inbound();
          const headers = { ...signedCallbackHeaders(account, body), 'content-type': 'text/plain' };
          // Not the callback route, so the log shows these URLs as sent: a token of no account's.
          const token = spellings === ROUTED ? account.callbackToken : randomBytes(32).toString('base64url');
          answers[name] = (await post(path(token), { headers, body })).status;
          expected[name] = status;
        }
      }
      expect(answers).toEqual(expected);
    });

    it('answers each spelling as it answers the issued URL', async () => {
      const tooLarge = JSON.stringify({ padding: 'x'.repeat(70 * 1024) });
      const BROKEN = '{"reference_id": ';
      const answersOf = async (path: (token: string) => string): Promise<string[]> => {
        const signed = inbound();
        const unsigned = inbound();
        const gzipped = inbound();
        const plain = inbound();
        const answers = [
          await post(path(account.callbackToken), {
            headers: signedCallbackHeaders(account, signed),
            body: signed,
          }),
          await post(path(account.callbackToken), {
            headers: { 'content-type': 'application/json' },
            body: unsigned,
          }),
          await post(path(unknownToken()), { headers: signedCallbackHeaders(account, signed), body: signed }),
          await post(path(account.callbackToken), {
            headers: { ...signedCallbackHeaders(account, plain), 'content-type': 'text/plain' },
            body: plain,
          }),
          await post(path(account.callbackToken), {
            headers: { ...signedCallbackHeaders(account, gzipped), 'content-encoding': 'gzip' },
            body: gzipped,
          }),
          await post(path(account.callbackToken), {
            headers: signedCallbackHeaders(account, tooLarge),
            body: tooLarge,
          }),
          await post(path(account.callbackToken), {
            headers: signedCallbackHeaders(account, BROKEN),
            body: BROKEN,
          }),
        ];
        return answers.map(describeAnswer);
      };

      const issued = await answersOf(ISSUED);
      expect(issued.map((answer) => answer.slice(0, 3))).toEqual([
        '200',
        '401',
        '404',
        '415',
        '415',
        '413',
        '400',
      ]);
      expect(issued[0]).toBe('200 {"received":true,"duplicate":false}');
      const answers: Record<string, string[]> = {};
      const expected: Record<string, string[]> = {};
      for (const { name, path } of ROUTED.slice(1)) {
        answers[name] = await answersOf(path);
        expected[name] = issued;
      }
      expect(answers).toEqual(expected);
    });

    it('counts the refusals of each spelling against the address, and still accepts a signed callback', async () => {
      const answers: Record<string, number[]> = {};
      const expected: Record<string, number[]> = {};
      for (const { name, path } of ROUTED) {
        const from = freshAddress();
        const statuses: number[] = [];
        for (let refusal = 0; refusal <= LIMIT.burst; refusal += 1) {
          const body = inbound();
          statuses.push(
            (await post(path(account.callbackToken), { headers: forged(body), body, from })).status,
          );
        }
        const unknown = inbound();
        statuses.push(
          (
            await post(path(unknownToken()), {
              headers: signedCallbackHeaders(account, unknown),
              body: unknown,
              from,
            })
          ).status,
        );
        const signed = inbound();
        statuses.push(
          (
            await post(path(account.callbackToken), {
              headers: signedCallbackHeaders(account, signed),
              body: signed,
              from,
            })
          ).status,
        );
        answers[name] = statuses;
        expected[name] = [...Array<number>(LIMIT.burst).fill(401), 429, 429, 200];
      }
      expect(answers).toEqual(expected);
    });
  });

  it('logs the callback route without its token, and no stack trace', () => {
    expect(
      log.filter((line) => line.includes('POST /api/sms-channel/telesign/callbacks/:callbackToken (')),
    ).not.toEqual([]);
    expect(log.filter((line) => [...tokensSent].some((token) => line.includes(token)))).toEqual([]);
    expect(log.filter((line) => STACK_FRAME.test(line))).toEqual([]);
  });
});
