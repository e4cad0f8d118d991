import type { Core } from '@strapi/strapi';
import type { Page, PageRequest } from '../utils/pagination';
import { UIDS } from '../utils/uids';
import type { MessageValues } from '../../../shared/contracts/errors/problem';
import type { AccountRecord, AccountWithNumbers, VerificationStatus } from './account.types';
import type { VerificationCode } from './verification-outcome';

const WITH_NUMBERS = {
  numbers: {
    orderBy: { digits: 'asc' },
    populate: { workstream: { select: ['id', 'documentId', 'name'] } },
  },
} as const;

/** The columns the setup API writes; the rest are set by the callback receiver or the database. */
export interface AccountData {
  name: string;
  customerId: string;
  apiKeyEncrypted: string;
  apiKeyLast4: string;
  apiHost: string;
  callbackToken: string;
  verificationStatus: VerificationStatus;
  verificationCheckedAt: Date | null;
  verificationDetail: string | null;
  verificationCode: VerificationCode | null;
  verificationValues: MessageValues | null;
}

/** Data access for accounts, over Strapi's query engine. */
export const createAccountRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.account);
  const findWithNumbers = async (where: object): Promise<AccountWithNumbers | null> =>
    (await query().findOne({ where, populate: WITH_NUMBERS })) as AccountWithNumbers | null;

  return {
    async findPage(page: PageRequest): Promise<Page<AccountWithNumbers>> {
      return (await query().findPage({
        ...page,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        populate: WITH_NUMBERS,
      })) as Page<AccountWithNumbers>;
    },
    async findByDocumentId(documentId: string): Promise<AccountWithNumbers | null> {
      return findWithNumbers({ documentId });
    },
    async findByCallbackToken(callbackToken: string): Promise<AccountRecord | null> {
      return (await query().findOne({ where: { callbackToken } })) as AccountRecord | null;
    },
    async create(data: AccountData): Promise<AccountWithNumbers> {
      const row = (await query().create({ data: { ...data, provider: 'telesign' } })) as { id: number };
      return (await findWithNumbers({ id: row.id })) as AccountWithNumbers;
    },
    async update(id: number, data: Partial<AccountData>): Promise<AccountWithNumbers> {
      await query().update({ where: { id }, data });
      return (await findWithNumbers({ id })) as AccountWithNumbers;
    },
    async delete(id: number): Promise<void> {
      await query().delete({ where: { id } });
    },
    async markCallbackReceived(id: number, at: Date): Promise<void> {
      await query().update({ where: { id }, data: { lastCallbackAt: at } });
    },
  };
};

export type AccountRepository = ReturnType<typeof createAccountRepository>;
