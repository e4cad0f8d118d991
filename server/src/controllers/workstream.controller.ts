import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { paginationQuerySchema } from '../../../shared/contracts/pagination';
import { parseInput } from '../utils/validate';
import {
  workstreamCreateSchema,
  workstreamUpdateSchema,
} from '../../../shared/contracts/workstreams/workstream.schema';

export const workstreamController = ({ strapi }: { strapi: Core.Strapi }) => {
  const workstreams = () => getService(strapi, 'workstreams');
  return {
    options(ctx: Context): void {
      ctx.body = { data: workstreams().options() };
    },
    async list(ctx: Context): Promise<void> {
      const { results, pagination } = await workstreams().list(parseInput(paginationQuerySchema, ctx.query));
      ctx.body = { data: results, meta: { pagination } };
    },
    async get(ctx: Context): Promise<void> {
      ctx.body = { data: await workstreams().get(ctx.params.id) };
    },
    async create(ctx: Context): Promise<void> {
      const input = parseInput(workstreamCreateSchema, ctx.request.body);
      ctx.status = 201;
      ctx.body = { data: await workstreams().create(input) };
    },
    async update(ctx: Context): Promise<void> {
      const input = parseInput(workstreamUpdateSchema, ctx.request.body);
      ctx.body = { data: await workstreams().update(ctx.params.id, input) };
    },
    async remove(ctx: Context): Promise<void> {
      ctx.body = { data: await workstreams().remove(ctx.params.id) };
    },
  };
};
