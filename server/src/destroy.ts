import type { Core } from '@strapi/strapi';
import { stopPipeline } from './runtime/pipeline';

export default async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await stopPipeline(strapi);
};
