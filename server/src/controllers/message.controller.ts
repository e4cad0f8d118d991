import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { answeringConflicts } from './conflict-answer';
import { currentAgent } from './current-agent';

export const messageController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Queues a failed message again (`:id` is its documentId); answers the message, now queued, or
   * 409 when its conversation is closed.
   */
  retry: (ctx: Context): Promise<void> =>
    answeringConflicts(ctx, async () => {
      const { message } = await getService(strapi, 'outbound').retry(ctx.params.id, currentAgent(ctx));
      ctx.body = { data: message };
    }),
});
