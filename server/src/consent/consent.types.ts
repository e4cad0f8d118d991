import type {
  ConsentHistoryEntry,
  ConsentSource,
  ConsentState,
} from '../../../shared/contracts/consent/consent.types';

export type {
  ConsentHistoryEntry,
  ConsentSource,
  ConsentState,
  ConsentView,
} from '../../../shared/contracts/consent/consent.types';

export interface ConsentRecord {
  id: number;
  customerNumber: string;
  businessNumber: string;
  state: ConsentState;
  changedAt: string;
  source: ConsentSource;
  history: ConsentHistoryEntry[] | null;
}

export interface ConsentChange {
  customerNumber: string;
  businessNumber: string;
  state: ConsentState;
  source: ConsentSource;
  detail: string;
  at: Date;
}
