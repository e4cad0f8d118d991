import type { Core } from '@strapi/strapi';
import { UIDS } from '../utils/uids';
import type { AccountRecord } from './account.types';

/** Data access for accounts, over Strapi's query engine. */
export const createAccountRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.account);
  return {
    async findMany(): Promise<AccountRecord[]> {
      return (await query().findMany({ orderBy: { name: 'asc' } })) as AccountRecord[];
    },
    async findByCallbackToken(callbackToken: string): Promise<AccountRecord | null> {
      return (await query().findOne({ where: { callbackToken } })) as AccountRecord | null;
    },
    async markCallbackReceived(id: number, at: Date): Promise<void> {
      await query().update({ where: { id }, data: { lastCallbackAt: at } });
    },
  };
};

export type AccountRepository = ReturnType<typeof createAccountRepository>;
