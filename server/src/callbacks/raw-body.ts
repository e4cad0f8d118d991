import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { Context, Next } from 'koa';
import { callbackRequestOf } from './callback-route';
import { respondWithError } from './http-error';

/**
 * TeleSign signs the exact callback bytes, but Strapi's body parser keeps only the parsed JSON, and
 * answers a body it cannot parse (broken JSON, a bad Content-Encoding, a sender that hangs up) with
 * an error that Strapi logs with its stack trace. Rather than change body parsing for the whole app
 * or asking users to edit `config/middlewares`, this guard runs ahead of the parser on the callback
 * route only: it refuses bodies the route can never accept, and hands the parser an empty body
 * instead of the request, whose bytes the route reads itself. Whether they are JSON is the
 * receiver's to judge, once it has checked the signature.
 */

/** The body limit of each request the guard let through, so that the route knows it ran. */
const guardedLimits = new WeakMap<Context, number>();

export class CallbackBodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The callback body is larger than the ${limit}-byte limit.`);
  }
}

export class CallbackBodyCutOffError extends Error {
  constructor(readonly receivedBytes: number) {
    super(
      `The connection ended after ${receivedBytes} bytes of the callback body, before the whole body arrived.`,
    );
  }
}

/**
 * What Strapi's body parser reads in place of the callback request: the same headers without the
 * body's framing, and no body. Middlewares that read the request's socket still find it.
 */
const emptyBodyStandIn = (req: IncomingMessage): IncomingMessage => {
  const { 'content-length': _length, 'transfer-encoding': _framing, ...headers } = req.headers;
  return Object.assign(Readable.from([]), {
    headers,
    method: req.method,
    url: req.url,
    socket: req.socket,
  }) as unknown as IncomingMessage;
};

export const createCallbackBodyGuard =
  ({ limitBytes }: { limitBytes: number }) =>
  async (ctx: Context, next: Next): Promise<void> => {
    if (!callbackRequestOf(ctx)) return next();

    const encoding = (ctx.get('content-encoding') || 'identity').trim().toLowerCase();
    if (encoding !== 'identity') {
      return respondWithError(
        ctx,
        415,
        'UnsupportedMediaTypeError',
        `Callbacks must not be compressed (Content-Encoding: ${encoding}); send the JSON body as is.`,
      );
    }
    if (!ctx.is('application/json')) {
      return respondWithError(
        ctx,
        415,
        'UnsupportedMediaTypeError',
        'TeleSign callbacks must be sent with Content-Type: application/json.',
      );
    }
    const declaredLength = Number(ctx.get('content-length'));
    if (Number.isFinite(declaredLength) && declaredLength > limitBytes) {
      return respondWithError(
        ctx,
        413,
        'PayloadTooLargeError',
        `The callback body is ${declaredLength} bytes; the limit is ${limitBytes} bytes.`,
      );
    }
    guardedLimits.set(ctx, limitBytes);
    // `ctx.request.req` stays the real request, for the route to read.
    ctx.req = emptyBodyStandIn(ctx.req);
    return next();
  };

const readBody = async (req: IncomingMessage, limitBytes: number): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let bytes = 0;
  const tooLarge = new AbortController();
  const onData = (chunk: Buffer): void => {
    bytes += chunk.length;
    // The rest of an oversized body is not kept: Node discards it once the 413 is sent.
    if (bytes > limitBytes) tooLarge.abort();
    else chunks.push(chunk);
  };
  req.on('data', onData);
  try {
    await finished(req, { signal: tooLarge.signal });
  } catch {
    if (tooLarge.signal.aborted) throw new CallbackBodyTooLargeError(limitBytes);
    // The request closed or failed before its end: the sender hung up mid-body.
    throw new CallbackBodyCutOffError(bytes);
  } finally {
    req.off('data', onData);
  }
  return Buffer.concat(chunks);
};

/** The exact bytes of the callback body, as TeleSign signed them. */
export const readRawCallbackBody = async (ctx: Context): Promise<Buffer> => {
  const limitBytes = guardedLimits.get(ctx);
  if (limitBytes === undefined) {
    throw new Error('The callback body guard did not run for this request; the raw body is unavailable.');
  }
  return readBody(ctx.request.req, limitBytes);
};
