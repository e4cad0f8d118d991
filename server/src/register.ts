import type { Core } from '@strapi/strapi';
import { callbackPathPrefix } from './accounts/callback-url';
import { createCallbackBodyGuard } from './callbacks/raw-body';
import { PLUGIN_ID } from './permissions/actions';

export default ({ strapi }: { strapi: Core.Strapi }): void => {
  // Added before Strapi's configured middlewares (they are mounted in bootstrap), so the guard
  // sees the callback request ahead of the body parser.
  strapi.server.use(
    createCallbackBodyGuard({
      pathPrefix: callbackPathPrefix(strapi),
      limitBytes: strapi.plugin(PLUGIN_ID).config('callbackBodyLimitBytes') as number,
    }),
  );
};
