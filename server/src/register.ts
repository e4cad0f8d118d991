import type { Core } from '@strapi/strapi';
import { callbackPathPrefix } from './accounts/callback-url';
import { createCallbackBodyGuard } from './callbacks/raw-body';
import { createCallbackRefusalLimit } from './callbacks/refusal-limit';
import type { RefusalLimit } from './callbacks/refusal-budget';
import { PLUGIN_ID } from './permissions/actions';

export default ({ strapi }: { strapi: Core.Strapi }): void => {
  const pathPrefix = callbackPathPrefix(strapi);
  const plugin = strapi.plugin(PLUGIN_ID);
  // Added before Strapi's configured middlewares (they are mounted in bootstrap), so both see the
  // callback request ahead of the body parser: the refusal limit first, so that a limited
  // address's request is answered before its body is read.
  strapi.server.use(
    createCallbackRefusalLimit({
      strapi,
      pathPrefix,
      limit: plugin.config('callbackRefusalLimit') as RefusalLimit,
    }),
  );
  strapi.server.use(
    createCallbackBodyGuard({ pathPrefix, limitBytes: plugin.config('callbackBodyLimitBytes') as number }),
  );
};
