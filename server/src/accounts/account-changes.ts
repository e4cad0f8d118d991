import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

/**
 * After an account or a number changed in this process: the callback receiver and the sender
 * keep accounts for a few seconds, and must see the change at once.
 */
export const forgetCachedAccounts = (strapi: Core.Strapi): void => {
  getService(strapi, 'callbacks').forgetAccounts();
  getService(strapi, 'sender').forgetAccounts();
};
