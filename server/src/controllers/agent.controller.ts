import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

export const agentController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Admin users who may reply, for the assign dialog. */
  async list(ctx: Context): Promise<void> {
    ctx.body = { data: await getService(strapi, 'agents').list() };
  },
});
