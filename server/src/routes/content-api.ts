import { CALLBACK_ROUTE } from '../callbacks/callback-route';

/** Public routes under `/api/sms-channel`. TeleSign's signature stands in for Strapi auth. */
export default {
  type: 'content-api',
  routes: [
    {
      method: 'POST',
      path: CALLBACK_ROUTE,
      handler: 'callback.receive',
      config: { auth: false, policies: [], middlewares: [] },
    },
  ],
};
