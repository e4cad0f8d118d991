import type { Core } from '@strapi/strapi';
import type { Page, PageRequest } from '../utils/pagination';
import { UIDS } from '../utils/uids';
import type { WorkstreamRecord } from './workstream.types';

const WITH_NUMBERS = { numbers: { orderBy: { digits: 'asc' } } } as const;

export interface WorkstreamData {
  name: string;
  language: string;
  allowCustomerAttachments: boolean;
  allowAgentAttachments: boolean;
  autoCloseAfterHours: number | null;
  /** Row ids of the numbers; replaces the workstream's whole list. */
  numbers: number[];
}

/** Data access for workstreams, over Strapi's query engine. */
export const createWorkstreamRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.workstream);
  const findWithNumbers = async (where: object): Promise<WorkstreamRecord | null> =>
    (await query().findOne({ where, populate: WITH_NUMBERS })) as WorkstreamRecord | null;

  return {
    /** Workstreams whose waiting conversations close after some hours without a message. */
    async findAutoClosing(): Promise<Array<{ id: number; autoCloseAfterHours: number }>> {
      return (await query().findMany({
        where: { autoCloseAfterHours: { $notNull: true } },
        select: ['id', 'autoCloseAfterHours'],
      })) as Array<{ id: number; autoCloseAfterHours: number }>;
    },
    async findPage(page: PageRequest): Promise<Page<WorkstreamRecord>> {
      return (await query().findPage({
        ...page,
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
        populate: WITH_NUMBERS,
      })) as Page<WorkstreamRecord>;
    },
    async findByDocumentId(documentId: string): Promise<WorkstreamRecord | null> {
      return findWithNumbers({ documentId });
    },
    async create(data: WorkstreamData): Promise<WorkstreamRecord> {
      const row = (await query().create({ data })) as { id: number };
      return (await findWithNumbers({ id: row.id })) as WorkstreamRecord;
    },
    async update(id: number, data: Partial<WorkstreamData>): Promise<WorkstreamRecord> {
      await query().update({ where: { id }, data });
      return (await findWithNumbers({ id })) as WorkstreamRecord;
    },
    /** Deleting the row removes its links: its numbers and conversations stay, without it. */
    async delete(id: number): Promise<void> {
      await query().delete({ where: { id } });
    },
  };
};
