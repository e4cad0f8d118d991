import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { numberCreateSchema, numberUpdateSchema } from '../../../shared/contracts/numbers/number.schema';
import { getService } from '../utils/get-service';
import { paginationQuerySchema } from '../../../shared/contracts/pagination';
import { parseInput } from '../utils/validate';

export const numberController = ({ strapi }: { strapi: Core.Strapi }) => {
  const numbers = () => getService(strapi, 'numbers');
  return {
    /** The numbers agents may text from: readable with inbox-reply, without the settings. */
    async listForSending(ctx: Context): Promise<void> {
      ctx.body = { data: await numbers().listForSending() };
    },
    /** `:id` is the account's documentId. */
    async listForAccount(ctx: Context): Promise<void> {
      const page = parseInput(paginationQuerySchema, ctx.query);
      const { results, pagination } = await numbers().listForAccount(ctx.params.id, page);
      ctx.body = { data: results, meta: { pagination } };
    },
    /** `:id` is the account's documentId. */
    async create(ctx: Context): Promise<void> {
      const input = parseInput(numberCreateSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await numbers().create(ctx.params.id, input) };
    },
    async update(ctx: Context): Promise<void> {
      const input = parseInput(numberUpdateSchema, ctx.request.body);
      ctx.body = { data: await numbers().update(ctx.params.id, input) };
    },
    async remove(ctx: Context): Promise<void> {
      ctx.body = { data: await numbers().remove(ctx.params.id) };
    },
  };
};
