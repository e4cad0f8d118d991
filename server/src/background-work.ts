import type { Core } from '@strapi/strapi';
import { pluginServicesOf } from './services';

/** How often a pipeline waiting for the end of Strapi's boot looks again. */
const LOADED_CHECK_MS = 20;

const pendingStarts = new WeakMap<Core.Strapi, ReturnType<typeof setTimeout>>();

/**
 * The background work of one Strapi process: callback processing (whose first sweep resumes
 * events a previous run acknowledged but did not process), the sender loop, the delivery
 * reconciler and the auto-close of idle waiting conversations. Each is safe to run in several
 * processes on one database. It starts once Strapi has finished loading (the bootstraps after
 * this plugin's included): a backlog found after a restart would otherwise be worked off while
 * Strapi is still booting, slowing both.
 */
export const startPipeline = (strapi: Core.Strapi): void => {
  const startWhenLoaded = (): void => {
    if (!strapi.isLoaded) {
      pendingStarts.set(strapi, setTimeout(startWhenLoaded, LOADED_CHECK_MS));
      return;
    }
    pendingStarts.delete(strapi);
    const { callbackProcessing, sender, reconciler, autoClose } = pluginServicesOf(strapi);
    callbackProcessing.start();
    sender.start();
    reconciler.start();
    autoClose.start();
  };
  startWhenLoaded();
};

/** Stops taking work and waits for what is in flight, before Strapi closes the database. */
export const stopPipeline = async (strapi: Core.Strapi): Promise<void> => {
  clearTimeout(pendingStarts.get(strapi));
  pendingStarts.delete(strapi);
  const { callbackProcessing, sender, reconciler, autoClose } = pluginServicesOf(strapi);
  await Promise.all([callbackProcessing.stop(), sender.stop(), reconciler.stop(), autoClose.stop()]);
};
