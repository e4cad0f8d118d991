import type { Core } from '@strapi/strapi';
import { createCallbackBodyGuard } from './callbacks/raw-body';
import { createCallbackRouteRecognizer } from './callbacks/callback-route';
import { createCallbackRefusalLimit } from './callbacks/refusal-limit';
import type { RefusalLimit } from './callbacks/refusal-budget';
import { PLUGIN_ID } from '../../shared/contracts/permissions/actions';

export default ({ strapi }: { strapi: Core.Strapi }): void => {
  const plugin = strapi.plugin(PLUGIN_ID);
  // Added before Strapi's configured middlewares (they are mounted in bootstrap), so all three see
  // the callback request ahead of the body parser: the recognizer first, since the others act only
  // on the requests it recognises; then the refusal limit, so that a limited address's request is
  // answered before its body is read.
  strapi.server.use(createCallbackRouteRecognizer(strapi));
  strapi.server.use(
    createCallbackRefusalLimit({ strapi, limit: plugin.config('callbackRefusalLimit') as RefusalLimit }),
  );
  strapi.server.use(
    createCallbackBodyGuard({ limitBytes: plugin.config('callbackBodyLimitBytes') as number }),
  );
};
