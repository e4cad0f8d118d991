import type { Core } from '@strapi/strapi';
import { inTransaction } from '../database/transaction';
import { ConcurrentChangeError } from '../database/transient-conflict';
import { ConsentBlockedError } from './consent-blocked.error';
import { createConsentRepository } from './consent.repository';
import type { ConsentChange, ConsentHistoryEntry, ConsentView } from './consent.types';
import { describeOptOut, optOutProblem, toConsentView } from './consent.view';

export interface ConsentPair {
  customerNumber: string;
  businessNumber: string;
}

const pairKey = ({ customerNumber, businessNumber }: ConsentPair): string =>
  `${customerNumber}:${businessNumber}`;

export interface ConsentChangeResult {
  /** False when the pair already was in this state: nothing was written. */
  changed: boolean;
  consent: ConsentView;
}

/**
 * Opt-in / opt-out per (customer number, business number). Every change is appended to the row's
 * history with its source and time; a change to the state it already has writes nothing.
 */
export const consentService = ({ strapi }: { strapi: Core.Strapi }) => {
  const consents = createConsentRepository(strapi);

  const stateOf = async (customerNumber: string, businessNumber: string): Promise<ConsentView> =>
    toConsentView(await consents.findByPair(customerNumber, businessNumber));

  return {
    stateOf,

    async record(change: ConsentChange): Promise<ConsentChangeResult> {
      return inTransaction(strapi, async () => {
        const current = await consents.findByPair(change.customerNumber, change.businessNumber);
        if (current?.state === change.state) return { changed: false, consent: toConsentView(current) };

        const entry: ConsentHistoryEntry = {
          state: change.state,
          source: change.source,
          at: change.at.toISOString(),
          detail: change.detail,
        };
        const write = {
          state: change.state,
          source: change.source,
          changedAt: change.at,
          history: [...(current?.history ?? []), entry],
        };
        if (!current) {
          await consents.create(change.customerNumber, change.businessNumber, write);
        } else if (!(await consents.updateIfState(current.id, current.state, write))) {
          throw new ConcurrentChangeError('The consent of this customer');
        }
        return {
          changed: true,
          consent: toConsentView(await consents.findByPair(change.customerNumber, change.businessNumber)),
        };
      });
    },

    /**
     * For each pair, in order: null when sending is allowed, otherwise the sentence that explains
     * since when and why not. One query for all (the sender asks for a batch of messages at once).
     */
    async optOutReasons(pairs: ConsentPair[]): Promise<Array<string | null>> {
      const rows = await consents.findByPairs(pairs);
      const byPair = new Map(rows.map((row) => [pairKey(row), row]));
      return pairs.map(({ customerNumber, businessNumber }) => {
        const consent = toConsentView(byPair.get(pairKey({ customerNumber, businessNumber })) ?? null);
        return consent.canSend ? null : describeOptOut(customerNumber, businessNumber, consent);
      });
    },

    /** Throws a ConsentBlockedError (400) when the customer opted out. */
    async assertCanSend(customerNumber: string, businessNumber: string): Promise<void> {
      const consent = await stateOf(customerNumber, businessNumber);
      if (!consent.canSend) {
        throw new ConsentBlockedError(optOutProblem(customerNumber, businessNumber, consent), consent);
      }
    },
  };
};

export type ConsentService = ReturnType<typeof consentService>;
