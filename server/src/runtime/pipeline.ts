import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/**
 * The background work of one Strapi process: callback processing (whose first sweep resumes
 * events a previous run acknowledged but did not process), the sender loop, the delivery
 * reconciler and the auto-close of idle waiting conversations. Each is safe to run in several
 * processes on one database.
 */
export const startPipeline = (strapi: Core.Strapi): void => {
  getService(strapi, 'callbackProcessing').start();
  getService(strapi, 'sender').start();
  getService(strapi, 'reconciler').start();
  getService(strapi, 'autoClose').start();
};

/** Stops taking work and waits for what is in flight, before Strapi closes the database. */
export const stopPipeline = async (strapi: Core.Strapi): Promise<void> => {
  await Promise.all([
    getService(strapi, 'callbackProcessing').stop(),
    getService(strapi, 'sender').stop(),
    getService(strapi, 'reconciler').stop(),
    getService(strapi, 'autoClose').stop(),
  ]);
};
