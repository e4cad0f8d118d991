import type { Core } from '@strapi/strapi';
import { createAccountRepository } from './account.repository';
import { toAccountView } from './account.view';
import { buildCallbackUrl } from './callback-url';
import type { AccountView } from './account.types';

export const accountService = ({ strapi }: { strapi: Core.Strapi }) => {
  const accounts = createAccountRepository(strapi);
  return {
    async list(): Promise<AccountView[]> {
      const rows = await accounts.findMany();
      return rows.map((row) => toAccountView(row, buildCallbackUrl(strapi, row.callbackToken)));
    },
  };
};
