import type { Core } from '@strapi/strapi';
import type { Page, PageRequest } from '../utils/pagination';
import { UIDS } from '../utils/uids';
import type { NumberRecord, NumberType } from './number.types';

const WITH_WORKSTREAM = { workstream: { select: ['id', 'documentId', 'name'] } } as const;
const WITH_RELATIONS = { ...WITH_WORKSTREAM, account: { select: ['id', 'documentId', 'name'] } } as const;

export interface NumberData {
  digits: string;
  type: NumberType;
  description: string | null;
}

/** Data access for business numbers, over Strapi's query engine. */
export const createNumberRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.number);
  return {
    async findPageForAccount(accountId: number, page: PageRequest): Promise<Page<NumberRecord>> {
      return (await query().findPage({
        ...page,
        where: { account: { id: accountId } },
        orderBy: { digits: 'asc' },
        populate: WITH_WORKSTREAM,
      })) as Page<NumberRecord>;
    },
    async findAll(): Promise<NumberRecord[]> {
      return (await query().findMany({
        orderBy: { digits: 'asc' },
        populate: WITH_RELATIONS,
      })) as NumberRecord[];
    },
    async findByDocumentId(documentId: string): Promise<NumberRecord | null> {
      return (await query().findOne({
        where: { documentId },
        populate: WITH_RELATIONS,
      })) as NumberRecord | null;
    },
    async findByDigits(digits: string): Promise<NumberRecord | null> {
      return (await query().findOne({ where: { digits }, populate: WITH_RELATIONS })) as NumberRecord | null;
    },
    /** Whether `digits` is one of the account's business numbers. */
    async isOfAccount(digits: string, accountId: number): Promise<boolean> {
      return (await query().count({ where: { digits, account: { id: accountId } } })) > 0;
    },
    async findByDocumentIds(documentIds: string[]): Promise<NumberRecord[]> {
      if (documentIds.length === 0) return [];
      return (await query().findMany({
        where: { documentId: { $in: documentIds } },
        populate: WITH_RELATIONS,
      })) as NumberRecord[];
    },
    async findForAccount(accountId: number): Promise<NumberRecord[]> {
      return (await query().findMany({
        where: { account: { id: accountId } },
        orderBy: { digits: 'asc' },
      })) as NumberRecord[];
    },
    async create(accountId: number, data: NumberData): Promise<NumberRecord> {
      // One transaction, so the number never exists (after a crash, for good) without its account.
      const row = (await strapi.db.transaction(() =>
        query().create({ data: { ...data, account: accountId } }),
      )) as { id: number };
      return (await query().findOne({ where: { id: row.id }, populate: WITH_RELATIONS })) as NumberRecord;
    },
    async update(id: number, data: Partial<NumberData>): Promise<NumberRecord> {
      await query().update({ where: { id }, data });
      return (await query().findOne({ where: { id }, populate: WITH_RELATIONS })) as NumberRecord;
    },
    /** One by one: the query engine removes relation rows (workstream, account) only per-row deletes. */
    async delete(id: number): Promise<void> {
      await query().delete({ where: { id } });
    },
  };
};

export type NumberRepository = ReturnType<typeof createNumberRepository>;
