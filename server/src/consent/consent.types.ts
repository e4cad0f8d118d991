import type { CONSENT_SOURCES, CONSENT_STATES } from '../content-types/consent';

export type ConsentState = (typeof CONSENT_STATES)[number];
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** One change of consent, kept forever in `consent.history` (oldest first). */
export interface ConsentHistoryEntry {
  state: ConsentState;
  source: ConsentSource;
  /** ISO 8601. */
  at: string;
  /** What happened, e.g. `Customer texted "STOP"`. */
  detail: string;
}

export interface ConsentRecord {
  id: number;
  customerNumber: string;
  businessNumber: string;
  state: ConsentState;
  changedAt: string;
  source: ConsentSource;
  history: ConsentHistoryEntry[] | null;
}

/** Consent of one customer number for one business number, as the admin API returns it. */
export interface ConsentView {
  /** Null: nothing recorded yet, which allows sending (the customer wrote first, or was given the number). */
  state: ConsentState | null;
  /** False when the customer opted out: replies are refused before TeleSign is called. */
  canSend: boolean;
  changedAt: string | null;
  /** Since when the state holds (the same instant as changedAt). */
  since: string | null;
  source: ConsentSource | null;
  /** The latest change's explanation. */
  detail: string | null;
  history: ConsentHistoryEntry[];
}

export interface ConsentChange {
  customerNumber: string;
  businessNumber: string;
  state: ConsentState;
  source: ConsentSource;
  detail: string;
  at: Date;
}
