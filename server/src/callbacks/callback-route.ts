import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { CALLBACK_ROUTE_PATH } from '../accounts/callback-url';
import { PLUGIN_ID } from '../../../shared/contracts/permissions/actions';
import { hideCallbackToken, quietClientDisconnects } from './callback-request-logging';

/** The callback route, relative to the plugin's content-API prefix (routes/content-api.ts). */
export const CALLBACK_ROUTE = `${CALLBACK_ROUTE_PATH}/:callbackToken`;

/** The part of a route of Strapi's router (a @koa/router layer) that decides whether it serves a path. */
interface RouteLayer {
  path: string;
  methods: string[];
  match(path: string): boolean;
  captures(path: string): string[];
  params(path: string, captures: string[]): Record<string, string | undefined>;
}

export interface CallbackRequest {
  /** The token as the callback controller receives it (decoded, like every route parameter). */
  callbackToken: string;
  /** The route with its parameter, e.g. `/api/sms-channel/telesign/callbacks/:callbackToken`. */
  route: string;
}

const callbackRequests = new WeakMap<Context, CallbackRequest>();

/** The callback request `ctx` is, or undefined when Strapi's router will not send it to the callback controller. */
export const callbackRequestOf = (ctx: Context): CallbackRequest | undefined => callbackRequests.get(ctx);

/**
 * Runs first and tells the callback guards which requests Strapi's router will send to the callback
 * controller. Strapi's router matches paths case-insensitively, with an optional trailing slash and
 * a decoded token, so no prefix comparison of ours can agree with it on every spelling: the route's
 * own layer decides, on the path the router will read.
 */
export const createCallbackRouteRecognizer = (strapi: Core.Strapi) => {
  // Strapi mounts a plugin's content-API routes under `<REST prefix>/<plugin id>`, concatenated.
  const layerPath = `${String(strapi.config.get('api.rest.prefix', '/api'))}/${PLUGIN_ID}${CALLBACK_ROUTE}`;
  let layer: RouteLayer | undefined;
  // The router holds its routes once Strapi has mounted them, after this middleware is registered.
  const callbackLayer = (): RouteLayer | undefined =>
    (layer ??= (strapi.server.listRoutes() as RouteLayer[]).find(
      (candidate) => candidate.path === layerPath && candidate.methods.includes('POST'),
    ));

  return async (ctx: Context, next: Next): Promise<void> => {
    const route = ctx.method === 'POST' ? callbackLayer() : undefined;
    if (!route?.match(ctx.path)) return next();
    const { callbackToken = '' } = route.params(ctx.path, route.captures(ctx.path));
    callbackRequests.set(ctx, { callbackToken, route: route.path });
    hideCallbackToken(ctx, route.path);
    quietClientDisconnects(ctx);
    return next();
  };
};
