export const CONSENT_STATES = ['opted-in', 'opted-out'] as const;
export const CONSENT_SOURCES = ['keyword', 'agent', 'provider-status', 'import'] as const;

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
