import type { Core } from '@strapi/strapi';
import { stopPipeline } from './background-work';

export default async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await stopPipeline(strapi);
};
