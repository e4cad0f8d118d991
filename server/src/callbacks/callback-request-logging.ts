import type { Context } from 'koa';

/**
 * Strapi's access log (`strapi::logger`) prints `ctx.url`, which holds the callback token: a secret
 * that lets anyone post to the account's callback URL. The callback request shows the route
 * instead; Strapi's router and the controller read `ctx.path` and the request, which stay real.
 */
export const hideCallbackToken = (ctx: Context, route: string): void => {
  const { request } = ctx;
  Object.defineProperty(ctx, 'url', {
    configurable: true,
    enumerable: true,
    get: () => route,
    // Koa lets a middleware rewrite the request by setting `ctx.url`; that still works.
    set: (url: string) => {
      request.url = url;
    },
  });
};

/** What a connection the client closed or reset mid-request fails with (Node's parser errors are `HPE_*`). */
const CLIENT_DISCONNECT_CODES = new Set([
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ERR_STREAM_PREMATURE_CLOSE',
]);

const isClientDisconnect = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (CLIENT_DISCONNECT_CODES.has(code) || code.startsWith('HPE_'));
};

/**
 * Koa hands a socket error of the request to `ctx.onerror`, which logs it with its stack trace.
 * A callback sender that hangs up is no server fault: the access log's line for the request
 * (answered 400 when its body was cut off) says all there is to say.
 */
export const quietClientDisconnects = (ctx: Context): void => {
  const onerror = ctx.onerror.bind(ctx);
  ctx.onerror = (error: Error | null) => {
    if (isClientDisconnect(error)) return;
    onerror(error as Error);
  };
};
