import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';

export const healthController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async report(ctx: Context): Promise<void> {
    ctx.body = { data: await getService(strapi, 'health').report() };
  },
});
