import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { accountCreateSchema, accountUpdateSchema } from '../../../shared/contracts/accounts/account.schema';
import { getService } from '../utils/get-service';
import { paginationQuerySchema } from '../../../shared/contracts/pagination';
import { parseInput } from '../utils/validate';

export const accountController = ({ strapi }: { strapi: Core.Strapi }) => {
  const accounts = () => getService(strapi, 'accounts');
  return {
    async list(ctx: Context): Promise<void> {
      const { results, pagination } = await accounts().list(parseInput(paginationQuerySchema, ctx.query));
      ctx.body = { data: results, meta: { pagination } };
    },
    async get(ctx: Context): Promise<void> {
      ctx.body = { data: await accounts().get(ctx.params.id) };
    },
    async create(ctx: Context): Promise<void> {
      const input = parseInput(accountCreateSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await accounts().create(input) };
    },
    async update(ctx: Context): Promise<void> {
      const input = parseInput(accountUpdateSchema, ctx.request.body);
      ctx.body = { data: await accounts().update(ctx.params.id, input) };
    },
    async remove(ctx: Context): Promise<void> {
      ctx.body = { data: await accounts().remove(ctx.params.id) };
    },
    async verify(ctx: Context): Promise<void> {
      ctx.body = { data: await accounts().verify(ctx.params.id) };
    },
    async regenerateCallbackToken(ctx: Context): Promise<void> {
      ctx.body = { data: await accounts().regenerateCallbackToken(ctx.params.id) };
    },
  };
};
