import { CALLBACK_ROUTE_PATH } from '../accounts/callback-url';

/** Public routes under `/api/sms-channel`. TeleSign's signature stands in for Strapi auth. */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: `${CALLBACK_ROUTE_PATH}/:callbackToken`,
      handler: 'callback.receive',
      config: { auth: false, policies: [], middlewares: [] },
    },
  ],
};
