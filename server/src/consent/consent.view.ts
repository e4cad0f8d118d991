import { problem, type Problem } from '../../../shared/contracts/errors/problem';
import type { ConsentHistoryEntry, ConsentRecord, ConsentView } from './consent.types';

const NO_CONSENT_RECORDED: ConsentView = {
  state: null,
  canSend: true,
  changedAt: null,
  since: null,
  source: null,
  detail: null,
  history: [],
};

export const toConsentView = (record: ConsentRecord | null): ConsentView => {
  if (!record) return NO_CONSENT_RECORDED;
  const history: ConsentHistoryEntry[] = Array.isArray(record.history) ? record.history : [];
  return {
    state: record.state,
    canSend: record.state !== 'opted-out',
    changedAt: record.changedAt,
    since: record.changedAt,
    source: record.source,
    detail: history.at(-1)?.detail ?? null,
    history,
  };
};

/** Why nothing may be sent, and how that can change: for error answers. */
export const optOutProblem = (
  customerNumber: string,
  businessNumber: string,
  consent: ConsentView,
): Problem =>
  problem('consent.optedOut', {
    customerNumber,
    businessNumber,
    changedAt: consent.changedAt ?? 'unknown',
    source: consent.source ?? 'none',
    detail: consent.detail || 'none',
  });

/** The same in English, for a message's `lastError`. */
export const describeOptOut = (
  customerNumber: string,
  businessNumber: string,
  consent: ConsentView,
): string => optOutProblem(customerNumber, businessNumber, consent).message;
