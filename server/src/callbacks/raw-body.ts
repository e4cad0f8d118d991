import type { IncomingMessage } from 'node:http';
import { finished } from 'node:stream/promises';
import type { Context, Next } from 'koa';
import { respondWithError } from './http-error';

/**
 * TeleSign signs the exact callback bytes, but Strapi's body parser keeps only the parsed JSON.
 * Rather than change body parsing for the whole app (`includeUnparsed`) or asking users to edit
 * `config/middlewares`, this guard runs ahead of the parser on the callback path only: it refuses
 * bodies the route can never accept, then records the bytes the parser reads as it reads them.
 * If the parser does not read the body (a customised `strapi::body`), the route reads it itself.
 */

const CAPTURE = Symbol('sms-channel.callback-body');

interface BodyCapture {
  chunks: Buffer[];
  bytes: number;
  limit: number;
  overLimit: boolean;
}

export class CallbackBodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`The callback body is larger than the ${limit}-byte limit.`);
  }
}

type CapturedRequest = IncomingMessage & { [CAPTURE]?: BodyCapture };

const record = (capture: BodyCapture, chunk: unknown): void => {
  if (capture.overLimit) return;
  const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk), 'utf8');
  capture.bytes += buffer.length;
  if (capture.bytes > capture.limit) {
    capture.overLimit = true;
    capture.chunks = [];
    return;
  }
  capture.chunks.push(buffer);
};

const teeRequestBody = (req: CapturedRequest, limit: number): void => {
  const capture: BodyCapture = { chunks: [], bytes: 0, limit, overLimit: false };
  req[CAPTURE] = capture;
  const emit = req.emit.bind(req);
  // Every byte a consumer reads from the request passes through a 'data' event.
  req.emit = ((event: string | symbol, ...args: unknown[]): boolean => {
    if (event === 'data') record(capture, args[0]);
    return emit(event, ...args);
  }) as typeof req.emit;
};

export const createCallbackBodyGuard =
  ({ pathPrefix, limitBytes }: { pathPrefix: string; limitBytes: number }) =>
  async (ctx: Context, next: Next): Promise<void> => {
    if (ctx.method !== 'POST' || !ctx.path.startsWith(pathPrefix)) return next();

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
    teeRequestBody(ctx.req, limitBytes);
    return next();
  };

/** Drains what nobody read yet; the tee records it, since reads surface as 'data' events. */
const readRemaining = async (req: IncomingMessage): Promise<void> => {
  req.resume();
  await finished(req);
};

/** The exact bytes of the callback body, as TeleSign signed them. */
export const readRawCallbackBody = async (ctx: Context): Promise<Buffer> => {
  const req = ctx.req as CapturedRequest;
  const capture = req[CAPTURE];
  if (!capture) {
    throw new Error('The callback body guard did not run for this request; the raw body is unavailable.');
  }
  if (!req.readableEnded) await readRemaining(req);
  if (capture.overLimit) throw new CallbackBodyTooLargeError(capture.limit);
  return Buffer.concat(capture.chunks);
};
