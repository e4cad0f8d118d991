import type { Core } from '@strapi/strapi';
import { UIDS } from '../utils/uids';
import type { ConsentHistoryEntry, ConsentRecord, ConsentSource, ConsentState } from './consent.types';

export interface ConsentWrite {
  state: ConsentState;
  source: ConsentSource;
  changedAt: Date;
  history: ConsentHistoryEntry[];
}

/** Consent rows over Strapi's query engine; the pair's unique index allows one row per pair. */
export const createConsentRepository = (strapi: Core.Strapi) => {
  const query = () => strapi.db.query(UIDS.consent);
  return {
    async findByPair(customerNumber: string, businessNumber: string): Promise<ConsentRecord | null> {
      return (await query().findOne({ where: { customerNumber, businessNumber } })) as ConsentRecord | null;
    },
    /** The rows of several pairs in one query (pairs without a row have none). */
    async findByPairs(
      pairs: Array<{ customerNumber: string; businessNumber: string }>,
    ): Promise<ConsentRecord[]> {
      if (pairs.length === 0) return [];
      return (await query().findMany({
        where: {
          $or: pairs.map(({ customerNumber, businessNumber }) => ({ customerNumber, businessNumber })),
        },
      })) as ConsentRecord[];
    },
    /** Fails with a unique violation when another process created the pair's row first. */
    async create(customerNumber: string, businessNumber: string, write: ConsentWrite): Promise<void> {
      await query().create({ data: { customerNumber, businessNumber, ...write } });
    },
    /** False when the state is no longer `expectedState` (another process changed it first). */
    async updateIfState(id: number, expectedState: ConsentState, write: ConsentWrite): Promise<boolean> {
      const { count } = (await query().updateMany({ where: { id, state: expectedState }, data: write })) as {
        count: number;
      };
      return count === 1;
    },
  };
};
