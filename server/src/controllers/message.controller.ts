import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

export const messageController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Queues a failed message again (`:id` is its documentId); answers the message, now queued. */
  async retry(ctx: Context): Promise<void> {
    const { message } = await getService(strapi, 'outbound').retry(ctx.params.id);
    ctx.body = { data: message };
  },
});
