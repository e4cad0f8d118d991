import type { Core } from '@strapi/strapi';
import { ACTION_DEFINITIONS } from '../../shared/contracts/permissions/actions';
import { startPipeline } from './background-work';

interface ActionProvider {
  registerMany(actions: readonly object[]): Promise<void>;
}

export default async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  const { actionProvider } = strapi.service('admin::permission') as { actionProvider: ActionProvider };
  await actionProvider.registerMany(ACTION_DEFINITIONS);
  startPipeline(strapi);
};
